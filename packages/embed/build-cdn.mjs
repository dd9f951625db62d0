#!/usr/bin/env node
// Builds the files editors load from a CDN (dist/cdn/): the loader `wegwijs.js`, one lazy
// chunk per widget, the shared chunk (core + Lit) downloaded once, the iframe page
// (`embed.html` + `embed.js`), the parent-page resize script `wegwijs-iframe.js`, and
// `integrity.json` with the Subresource Integrity hash of every file. The loader preloads each
// widget's chunks at once (cdn-build.mjs).
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { buildCdn, cdnGraph } from './cdn-build.mjs';
import { repo } from '../tools/lib/build-options.mjs';
import { bundledSources, noticesText } from './third-party-notices.mjs';

const here = new URL('.', import.meta.url).pathname;
const outdir = join(here, 'dist/cdn');
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

// Each widget's define module is an entry of its own, so its lazy file has a readable name
// (widgets/step-guide.js) and the loader's import() points at it. See cdn-build.mjs.
// Third-party `@license` comments stay at the end of each file that bundles the code.
const { manifest, metafile, entries, firstMetafile, pagesMetafile } = await buildCdn({
  outdir,
  esbuild: { legalComments: 'eof' },
});
// The graph of the files, for the budgets and tests (not shipped: next to dist/cdn).
writeFileSync(
  join(here, 'dist/cdn-graph.json'),
  `${JSON.stringify(cdnGraph(manifest, metafile, outdir, entries), null, 2)}\n`,
);
cpSync(join(here, 'public'), outdir, { recursive: true });
writeFileSync(
  join(outdir, 'THIRD-PARTY-NOTICES.txt'),
  noticesText(bundledSources(firstMetafile, pagesMetafile), repo),
);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const integrity = {};
for (const path of files(outdir).sort()) {
  const hash = createHash('sha384').update(readFileSync(path)).digest('base64');
  integrity[relative(outdir, path)] = `sha384-${hash}`;
}
writeFileSync(
  join(outdir, 'integrity.json'),
  `${JSON.stringify({ version, files: integrity }, null, 2)}\n`,
);
console.log(`embed: ${Object.keys(integrity).length} files in dist/cdn, integrity.json written`);
if (!existsSync(join(outdir, 'wegwijs.js'))) process.exit(1);
