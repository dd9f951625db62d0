// The one static test server of the repository's Node scripts: the benches, the quality gates
// (and the e2e journeys through them), the consumer apps, the theming screenshots and the
// release dry run's stand-in registry all listen here, on 127.0.0.1 and a free port.
//
// It answers, in order: `handle` (generated pages, faults, a registry: whatever the user
// answers itself), `files` (in-memory files by URL path), `mounts` (a URL prefix served from a
// directory), then `root` (one directory, or several tried in order). Options for what the
// users need: headers on every file (a host page's CSP), cache-control, brotli as a CDN sends
// it, Range requests for video, and HTTP/2 over TLS as a CDN speaks it. Network throttling is
// not the server's job: the benches emulate a slow network in the browser (CDP), the gates'
// faults (`/__fault/slow/…`) delay single answers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Content types by file extension (text as UTF-8). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The type of a file by its name. */
export const contentType = (path) => CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';

/** What a CDN compresses: text. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.vtt', '.csv']);

/**
 * A file of `base` by its path relative to `base` (a directory → its index.html), or null when
 * it is missing or outside `base`.
 */
export async function findFile(base, rel) {
  const root = resolve(base);
  const path = normalize(join(root, rel));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // missing
  }
  return null;
}

/**
 * Sends `body` as `type` with `headers`; brotli-compressed (quality 11, as a CDN precompresses)
 * when `brotli` holds a cache and the client accepts it; the requested byte range when `ranges`.
 */
export function sendBody(req, res, body, { type, headers = {}, brotli, ranges = false, key }) {
  const base = { 'content-type': type, ...headers };
  const ext = extname(key ?? '') || extname(new URL(req.url ?? '/', 'http://x').pathname);
  if (brotli && COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
    const cacheKey = key ?? req.url;
    if (!brotli.has(cacheKey))
      brotli.set(
        cacheKey,
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    const compressed = brotli.get(cacheKey);
    return void res
      .writeHead(200, { ...base, 'content-encoding': 'br', 'content-length': compressed.length })
      .end(compressed);
  }
  const range = ranges && /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range) {
    const start = range[1] ? Number(range[1]) : body.length - Number(range[2]);
    const end =
      range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    return void res
      .writeHead(206, {
        ...base,
        'accept-ranges': 'bytes',
        'content-range': `bytes ${start}-${end}/${body.length}`,
        'content-length': end - start + 1,
      })
      .end(body.subarray(start, end + 1));
  }
  res
    .writeHead(200, {
      ...base,
      ...(ranges ? { 'accept-ranges': 'bytes' } : {}),
      'content-length': body.length,
    })
    .end(body);
}

/**
 * A self-signed certificate for 127.0.0.1 (openssl), so the server can speak HTTP/2 as CDNs
 * do: browsers use HTTP/2 only over TLS. The browser contexts must accept it
 * (`ignoreHTTPSErrors`). Null when openssl is missing.
 */
function localCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
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
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @typedef {object} TestServerOptions
 * @property {string | string[]} [root] directory served at /, or several tried in order
 * @property {Record<string, string>} [mounts] URL prefix (ending in /) → directory
 * @property {Map<string, string | Uint8Array | { body: string | Uint8Array, type?: string, headers?: object }>} [files]
 *   in-memory files by URL path (looked up at request time: the map may grow)
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => boolean | void | Promise<boolean | void>} [handle]
 *   answers first; returns true when it answered
 * @property {object | ((urlPath: string) => object)} [headers] added to every file's answer
 * @property {string | null} [cacheControl] default 'no-store'; null: no header
 * @property {boolean} [brotli] brotli for text when the client accepts it (compressed once)
 * @property {boolean} [ranges] answer Range requests (video, audio)
 * @property {boolean} [secure] HTTP/2 over TLS with a throwaway certificate (HTTP/1.1 when
 *   openssl is missing; `protocol` says which)
 */

/**
 * Starts the server. Returns `origin` (http(s)://127.0.0.1:port), `port`, `protocol`
 * ('HTTP/1.1' or 'HTTP/2'), the node `server` and `close()`, which also ends open connections.
 * @param {TestServerOptions} [options]
 */
export async function startTestServer({
  root,
  mounts = {},
  files,
  handle,
  headers = {},
  cacheControl = 'no-store',
  brotli = false,
  ranges = false,
  secure = false,
} = {}) {
  const roots = root === undefined ? [] : [root].flat();
  const compressed = brotli ? new Map() : null;
  const headersOf = (path) => ({
    ...(cacheControl ? { 'cache-control': cacheControl } : {}),
    ...(typeof headers === 'function' ? headers(path) : headers),
  });

  async function answer(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (handle && (await handle(req, res, url))) return;
    const path = decodeURIComponent(url.pathname);
    const file = files?.get(path);
    if (file !== undefined) {
      const {
        body,
        type,
        headers: own = {},
      } = typeof file === 'string' || file instanceof Uint8Array ? { body: file } : file;
      return sendBody(req, res, Buffer.from(body), {
        type: type ?? contentType(path),
        headers: { ...headersOf(path), ...own },
        brotli: compressed,
        ranges,
        key: `files:${path}`,
      });
    }
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const bases = prefix
      ? [[mounts[prefix], path.slice(prefix.length)]]
      : roots.map((d) => [d, path]);
    for (const [base, rel] of bases) {
      const found = await findFile(base, rel);
      if (!found) continue;
      return sendBody(req, res, await readFile(found), {
        type: contentType(found),
        headers: headersOf(path),
        brotli: compressed,
        ranges,
        key: found,
      });
    }
    res.writeHead(404).end();
  }

  const onRequest = (req, res) =>
    answer(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  const certificate = secure ? localCertificate() : null;
  if (secure && !certificate)
    console.warn('[test-server] openssl is missing: serving over HTTP/1.1, not HTTP/2');
  const server = certificate
    ? createSecureServer({ ...certificate, allowHTTP1: true }, onRequest)
    : createServer(onRequest);
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    server,
    port,
    origin: `${certificate ? 'https' : 'http'}://127.0.0.1:${port}`,
    protocol: certificate ? 'HTTP/2' : 'HTTP/1.1',
    close() {
      for (const session of sessions) session.destroy();
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
