// Dev-server middleware that serves the faults content loading must survive:
//   /__fault/status/<code>      an HTTP error
//   /__fault/slow/<ms>?body=…   a response after <ms> milliseconds (JSON body, default {})
//   /__fault/empty              200 with an empty body
//   /__fault/big/<MB>           a JSON file of about <MB> megabytes
//   /__fault/text?body=…        200 with the given body (malformed JSON, CSV…)
//   /__raw/<path>               a repository file as it is on disk (no transform)
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};

// /__raw/<path>: a repository file exactly as on disk (no dev-server transform), for
// Subresource Integrity and built-file tests.
async function serveRaw(ctx, path) {
  const file = normalize(join(repoRoot, decodeURIComponent(path)));
  if (!file.startsWith(repoRoot)) {
    ctx.status = 403;
    return;
  }
  try {
    ctx.body = await readFile(file);
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.set('Access-Control-Allow-Origin', '*');
  } catch {
    ctx.status = 404;
  }
}

export async function faultServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/__raw/'))
    return serveRaw(ctx, url.pathname.slice('/__raw/'.length));
  if (!url.pathname.startsWith('/__fault/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  const body = url.searchParams.get('body');
  const type = url.searchParams.get('type') ?? 'application/json';
  if (kind === 'status') {
    ctx.status = Number(arg) || 500;
    ctx.body = 'fault';
    return;
  }
  if (kind === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(arg) || 1000));
    ctx.type = type;
    ctx.body = body ?? '{}';
    return;
  }
  if (kind === 'empty') {
    ctx.type = type;
    ctx.body = '';
    return;
  }
  if (kind === 'big') {
    const megabytes = Number(arg) || 10;
    ctx.type = 'application/json';
    ctx.body = `{"padding":"${'x'.repeat(megabytes * 1024 * 1024)}"}`;
    return;
  }
  if (kind === 'text') {
    ctx.type = type;
    ctx.body = body ?? '';
    return;
  }
  return next();
}
