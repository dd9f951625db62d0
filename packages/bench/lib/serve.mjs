// The bench's web server: serves the built pages (then a fallback folder) and the video
// explainer's media as a CDN would: brotli for text, Range requests for media, HTTP/2 over TLS
// with a throwaway local certificate. Split from runtime.mjs (building and measuring pages).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { root } from './size.mjs';

const mediaDir = join(root, 'packages/video-explainer/media');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.vtt']);

/**
 * A self-signed certificate for 127.0.0.1 (openssl), so the bench server can speak HTTP/2 as
 * CDNs do: browsers use HTTP/2 only over TLS. The browsers are told to accept it.
 */
function localCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  try {
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves `dir` (then `fallback`) with brotli and Range requests. `secure`: HTTP/2 over TLS, as
 * a CDN serves (the default; HTTP/1.1 when openssl is missing); otherwise HTTP/1.1, where
 * Chromium opens at most 6 connections per host and a page of many small files waits in line.
 * `server.origin` is its address, `server.protocol` what it speaks.
 */
export function serve(dir, fallback, { secure = true } = {}) {
  const cache = new Map();
  const handle = (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    let file = path.startsWith('/media/')
      ? join(mediaDir, normalize(path.slice(7)))
      : join(dir, normalize(path === '/' ? '/index.html' : path));
    if (fallback && !existsSync(file)) file = join(fallback, normalize(path));
    if (![dir, mediaDir, fallback].some((d) => d && file.startsWith(d)))
      return void res.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    const ext = extname(file);
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      // Every run starts a fresh browser, so nothing is cached between runs anyway; `no-store`
      // would also keep the page out of the back/forward cache, which Lighthouse reports.
      'cache-control': 'no-cache',
    };
    if (compressible.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!cache.has(file)) {
        cache.set(
          file,
          brotliCompressSync(readFileSync(file), {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
          }),
        );
      }
      const body = cache.get(file);
      return void res
        .writeHead(200, { ...headers, 'content-encoding': 'br', 'content-length': body.length })
        .end(body);
    }
    const body = readFileSync(file);
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : body.length - Number(range[2]);
      const end =
        range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
      return void res
        .writeHead(206, {
          ...headers,
          'accept-ranges': 'bytes',
          'content-range': `bytes ${start}-${end}/${body.length}`,
          'content-length': end - start + 1,
        })
        .end(body.subarray(start, end + 1));
    }
    res
      .writeHead(200, { ...headers, 'accept-ranges': 'bytes', 'content-length': body.length })
      .end(body);
  };
  let certificate;
  if (secure) {
    try {
      certificate = localCertificate();
    } catch {
      console.warn('[bench] openssl is missing: serving over HTTP/1.1, not HTTP/2');
    }
  }
  const server = certificate
    ? createSecureServer({ ...certificate, allowHTTP1: true }, handle)
    : createServer(handle);
  server.protocol = certificate ? 'HTTP/2' : 'HTTP/1.1';
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      server.origin = `${certificate ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
      resolve(server);
    }),
  );
}
