// The one static test server (lib/test-server.mjs): what its users rely on. The benches need
// brotli and Range requests as a CDN sends them, the gates per-file headers (a host's CSP),
// generated pages and mounted folders; nothing outside a served folder may be read.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { startTestServer } from '../lib/test-server.mjs';

/** A raw GET (fetch would decompress brotli and hide the encoding). */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('test server', () => {
  let dir;
  let server;
  const text = 'wegwijs-step-guide :focus-visible { outline: 2px solid; }\n'.repeat(50);
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijs-test-server-'));
    mkdirSync(join(dir, 'site', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'site', 'style.css'), text);
    writeFileSync(join(dir, 'site', 'sub', 'index.html'), '<p>index</p>');
    writeFileSync(join(dir, 'media', 'clip.mp4'), Buffer.from('0123456789'));
    writeFileSync(join(dir, 'secret.txt'), 'outside the root');
    server = await startTestServer({
      root: join(dir, 'site'),
      mounts: { '/media/': join(dir, 'media') },
      files: new Map([['/made.js', 'export {};']]),
      handle(req, res, url) {
        if (url.pathname !== '/page') return false;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>made</p>');
        return true;
      },
      headers: (path) => (path.endsWith('.html') ? { 'content-security-policy': 'x' } : {}),
      brotli: true,
      ranges: true,
    });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the root with its type, cache-control and per-path headers', async () => {
    const css = await get(`${server.origin}/style.css`);
    assert.equal(css.status, 200);
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    assert.equal(css.headers['cache-control'], 'no-store');
    assert.equal(css.body.toString(), text);
    const index = await get(`${server.origin}/sub/`);
    assert.equal(index.body.toString(), '<p>index</p>');
    assert.equal(index.headers['content-security-policy'], undefined, 'the path is /sub/');
    const html = await get(`${server.origin}/sub/index.html`);
    assert.equal(html.headers['content-security-policy'], 'x');
  });

  it('answers from handle first, then in-memory files, then mounts', async () => {
    assert.equal((await get(`${server.origin}/page`)).body.toString(), '<p>made</p>');
    const made = await get(`${server.origin}/made.js`);
    assert.equal(made.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(made.body.toString(), 'export {};');
    assert.equal((await get(`${server.origin}/media/clip.mp4`)).body.toString(), '0123456789');
  });

  it('sends text brotli-compressed to a client that accepts it, as a CDN does', async () => {
    const css = await get(`${server.origin}/style.css`, { 'accept-encoding': 'gzip, br' });
    assert.equal(css.headers['content-encoding'], 'br');
    assert.ok(css.body.length < text.length / 5, `${css.body.length} bytes`);
    assert.equal(brotliDecompressSync(css.body).toString(), text);
    const video = await get(`${server.origin}/media/clip.mp4`, { 'accept-encoding': 'br' });
    assert.equal(video.headers['content-encoding'], undefined, 'video is not compressed');
  });

  it('answers a Range request with the bytes asked for', async () => {
    const part = await get(`${server.origin}/media/clip.mp4`, { range: 'bytes=2-5' });
    assert.equal(part.status, 206);
    assert.equal(part.headers['content-range'], 'bytes 2-5/10');
    assert.equal(part.body.toString(), '2345');
  });

  it('reads nothing outside its folders', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/media/..%2fsecret.txt'])
      assert.equal((await get(`${server.origin}${path}`)).status, 404, path);
  });
});
