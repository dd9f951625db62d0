// A local stand-in for the npm registry that accepts `npm publish` and keeps what it was sent:
// per package the version document (the metadata the registry would show, `npm view`) and the
// tarball. It knows no package (every GET answers 404), so nothing counts as published before.
// For the release dry run: it shows what `npm publish` registers without publishing anything.
import { startTestServer } from './test-server.mjs';

/** Starts the registry on 127.0.0.1; `published` maps name → { version, manifest, tarball }. */
export async function startCaptureRegistry() {
  const published = new Map();
  // The one test server, with every request answered here (there is no file to serve).
  const server = await startTestServer({
    handle: (request, response) =>
      new Promise((answered) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
          const name = decodeURIComponent(request.url.slice(1).split('?')[0]);
          if (request.method === 'PUT' && name.startsWith('@')) {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            const [version, manifest] = Object.entries(body.versions)[0];
            const [attachment] = Object.values(body._attachments ?? {});
            published.set(body.name, {
              version,
              manifest,
              tarball: attachment ? Buffer.from(attachment.data, 'base64') : undefined,
            });
            response.writeHead(201, { 'content-type': 'application/json' });
            response.end('{"ok":true}');
          } else {
            response.writeHead(404, { 'content-type': 'application/json' });
            response.end('{"error":"not_found"}');
          }
          answered(true);
        });
      }),
  });
  const url = `${server.origin}/`;
  return {
    url,
    published,
    /** npm options that send to this registry with a dummy token. */
    npmArgs: ['--registry', url, `--//127.0.0.1:${server.port}/:_authToken=dry-run`],
    close: () => server.close(),
  };
}
