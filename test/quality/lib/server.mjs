// A tiny static server for the quality gates, on 127.0.0.1 and a random port.
//   /                       storybook-static (the built Storybook)
//   /__hosts/<file>         test/quality/hosts (hostile host pages, with per-file headers)
//   /__bundle/<name>/<file> esbuild bundles made by the runner (see bundle.mjs)
//   /__page/<key>           pages the checks generate at run time (registered with addPage)
//   /__file/<key>           content files the checks generate (registered with addFile)
//   /__pkg/<package>/<path> files of packages/<package>/ (examples/*.json, *.csv …)
//   /__fault/…              faults: status/<code>, slow/<ms>, hang, empty, big/<MB>, text?body=&type=
//   /__csp-report           POST target of the CSP report-uri (violations are recorded)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
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

/** The strict policy of the hostile hosts (brief §7: no inline script/style, Trusted Types). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html wegwijs; report-uri /__csp-report";

export async function startServer({ root, hostsDir, packagesDir }) {
  const pages = new Map();
  const files = new Map();
  const bundles = new Map();
  const cspReports = [];
  const hostHeaders = new Map();
  const hanging = new Set();

  async function sendFile(res, base, rel, headers = {}) {
    const path = normalize(join(base, rel));
    if (!path.startsWith(resolve(base) + sep) && path !== resolve(base)) return notFound(res);
    try {
      let target = path;
      const info = await stat(target);
      if (info.isDirectory()) target = join(target, 'index.html');
      const body = await readFile(target);
      res.writeHead(200, {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      notFound(res);
    }
  }
  function notFound(res) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    try {
      if (path === '/__csp-report') {
        let body = '';
        for await (const chunk of req) body += chunk;
        try {
          cspReports.push(JSON.parse(body));
        } catch {
          cspReports.push({ raw: body });
        }
        res.writeHead(204);
        return res.end();
      }
      if (path.startsWith('/__fault/')) return fault(url, path, req, res);
      if (path === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      if (path.startsWith('/__page/')) {
        const page = pages.get(path.slice('/__page/'.length));
        if (!page) return notFound(res);
        res.writeHead(200, {
          'content-type': TYPES['.html'],
          'cache-control': 'no-store',
          ...page.headers,
        });
        return res.end(page.html);
      }
      if (path.startsWith('/__file/')) {
        const file = files.get(path.slice('/__file/'.length));
        if (!file) return notFound(res);
        res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
        return res.end(file.body);
      }
      if (path.startsWith('/__bundle/')) {
        const [, , name, ...rest] = path.split('/');
        const dir = bundles.get(name);
        if (!dir) return notFound(res);
        return sendFile(res, dir, rest.join('/'));
      }
      if (path.startsWith('/__hosts/')) {
        const rel = path.slice('/__hosts/'.length);
        return sendFile(res, hostsDir, rel, hostHeaders.get(rel) ?? {});
      }
      if (path.startsWith('/__pkg/'))
        return sendFile(res, packagesDir, path.slice('/__pkg/'.length));
      // Storybook's files may be cached (each worker reuses one page across many stories).
      return sendFile(res, root, path === '/' ? 'index.html' : path.slice(1), {
        'cache-control': 'max-age=600',
      });
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });

  async function fault(url, path, req, res) {
    const [, , kind, arg] = path.split('/');
    const type = url.searchParams.get('type') ?? 'application/json';
    const body = url.searchParams.get('body');
    if (kind === 'status') {
      res.writeHead(Number(arg) || 500, { 'content-type': 'text/plain' });
      return res.end('fault');
    }
    if (kind === 'hang') {
      // Never answers; closed when the client gives up or the server stops.
      hanging.add(res);
      req.on('close', () => hanging.delete(res));
      return;
    }
    if (kind === 'slow') {
      await new Promise((r) => setTimeout(r, Number(arg) || 1000));
      if (res.destroyed) return;
      // ?pkg=<package>/examples/<file>: that file, late.
      const pkg = url.searchParams.get('pkg');
      const content = pkg
        ? await readFile(join(packagesDir, normalize(pkg).replace(/^(\.\.[/\\])+/, '')))
        : (body ?? '{}');
      res.writeHead(200, { 'content-type': pkg ? (TYPES[extname(pkg)] ?? type) : type });
      return res.end(content);
    }
    if (kind === 'empty') {
      res.writeHead(200, { 'content-type': type });
      return res.end('');
    }
    if (kind === 'big') {
      const mb = Number(arg) || 10;
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(`{"padding":"${'x'.repeat(mb * 1024 * 1024)}"}`);
    }
    if (kind === 'text') {
      res.writeHead(200, { 'content-type': type });
      return res.end(body ?? '');
    }
    notFound(res);
  }

  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  let pageCounter = 0;
  return {
    origin,
    cspReports,
    /** Register a generated page; returns its URL. */
    addPage(html, headers = {}) {
      const key = `p${++pageCounter}.html`;
      pages.set(key, { html, headers });
      return `${origin}/__page/${key}`;
    },
    addFile(name, body, type = TYPES['.json']) {
      const key = `${++pageCounter}-${name}`;
      files.set(key, { body, type });
      return `${origin}/__file/${key}`;
    },
    addBundle(name, dir) {
      bundles.set(name, dir);
    },
    setHostHeaders(file, headers) {
      hostHeaders.set(file, headers);
    },
    close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      return new Promise((r) => server.close(r));
    },
  };
}
