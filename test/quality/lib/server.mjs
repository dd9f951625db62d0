// The quality gates' routes on the one test server (packages/tools/lib/test-server.mjs):
//   /                       storybook-static (the built Storybook)
//   /__hosts/<file>         test/quality/hosts (hostile host pages, with per-file headers)
//   /__bundle/<name>/<file> esbuild bundles made by the runner (see bundle.mjs)
//   /__page/<key>           pages the checks generate at run time (registered with addPage)
//   /__file/<key>           content files the checks generate (registered with addFile)
//   /__pkg/<package>/<path> files of packages/<package>/ (examples/*.json, *.csv …)
//   /__axe/axe.min.js       axe-core, cached like Storybook's files
//   /__fault/…              faults: status/<code>, slow/<ms>, hang, empty, big/<MB>, text?body=&type=
//   /__csp-report           POST target of the CSP report-uri (violations are recorded)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import {
  CONTENT_TYPES as TYPES,
  startTestServer,
} from '../../../packages/tools/lib/test-server.mjs';

/** The strict policy of the hostile hosts (brief §7: no inline script/style, Trusted Types). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html wegwijs; report-uri /__csp-report";

/**
 * axe-core as a file the story pages load (`addScriptTag({ url })`) and Chromium caches with its
 * compiled code: injected as inline text, every story load compiled its 550 kB again.
 */
export const AXE_URL = '/__axe/axe.min.js';
const axeDir = dirname(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

export async function startServer({ root, hostsDir, packagesDir }) {
  /** Generated pages and files (`/__page/<key>`, `/__file/<key>`) by URL path. */
  const generated = new Map();
  /** `/__hosts/`, `/__pkg/` and each bundle's `/__bundle/<name>/`: prefix → directory. */
  const mounts = { '/__hosts/': hostsDir, '/__pkg/': packagesDir, '/__axe/': axeDir };
  const cspReports = [];
  const hostHeaders = new Map();
  const hanging = new Set();

  function notFound(res) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }

  /** What the static part of the server does not answer: CSP reports and faults. */
  async function handle(req, res, url) {
    const path = decodeURIComponent(url.pathname);
    if (path === '/__csp-report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      try {
        cspReports.push(JSON.parse(body));
      } catch {
        cspReports.push({ raw: body });
      }
      res.writeHead(204);
      res.end();
      return true;
    }
    if (path.startsWith('/__fault/')) {
      await fault(url, path, req, res);
      return true;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return true;
    }
    // Nothing generated or mounted under /__: not Storybook's either.
    const known = generated.has(path) || Object.keys(mounts).some((p) => path.startsWith(p));
    if (path.startsWith('/__') && !known) {
      notFound(res);
      return true;
    }
    return false;
  }

  const server = await startTestServer({
    root,
    mounts,
    files: generated,
    handle,
    cacheControl: 'no-store',
    // Per-file headers of the hostile hosts (their CSP); Storybook's files may be cached (each
    // worker reuses one page across many stories).
    headers: (path) =>
      path.startsWith('/__hosts/')
        ? (hostHeaders.get(path.slice('/__hosts/'.length)) ?? {})
        : path.startsWith('/__') && !path.startsWith('/__axe/')
          ? {}
          : { 'cache-control': 'max-age=600' },
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

  const { origin } = server;
  let pageCounter = 0;
  return {
    origin,
    cspReports,
    /** Register a generated page; returns its URL. */
    addPage(html, headers = {}) {
      const key = `p${++pageCounter}.html`;
      generated.set(`/__page/${key}`, { body: html, type: TYPES['.html'], headers });
      return `${origin}/__page/${key}`;
    },
    addFile(name, body, type = TYPES['.json']) {
      const key = `${++pageCounter}-${name}`;
      generated.set(`/__file/${key}`, { body, type });
      return `${origin}/__file/${key}`;
    },
    addBundle(name, dir) {
      mounts[`/__bundle/${name}/`] = dir;
    },
    setHostHeaders(file, headers) {
      hostHeaders.set(file, headers);
    },
    close() {
      for (const res of hanging) res.destroy();
      return server.close();
    },
  };
}
