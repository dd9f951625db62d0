#!/usr/bin/env node
// Builds the files editors load from a CDN (dist/cdn/): the loader `wegwijs.js`, one lazy
// chunk per widget, the shared chunk (core + Lit) downloaded once, the iframe page
// (`embed.html` + `embed.js`), the parent-page resize script `wegwijs-iframe.js`, and
// `integrity.json` with the Subresource Integrity hash of every file.
import { build } from 'esbuild';
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
import { minifyLitTemplates } from '../tools/lib/minify-lit-templates.mjs';

const here = new URL('.', import.meta.url).pathname;
const outdir = join(here, 'dist/cdn');
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

// Each widget's define module is an entry of its own, so its lazy file has a readable name
// (widgets/step-guide.js) and the loader's import() points at it.
const widgets = ['core', 'step-guide', 'video-explainer', 'letter-explainer', 'contact-finder'];
const widgetEntries = Object.fromEntries(
  widgets.map((name) => [`widgets/${name}`, join(here, `../${name}/src/define.ts`)]),
);

await build({
  entryPoints: {
    wegwijs: join(here, 'src/wegwijs.ts'),
    embed: join(here, 'src/iframe/embed-page.ts'),
    'wegwijs-iframe': join(here, 'src/iframe/iframe-resize.ts'),
    ...widgetEntries,
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  conditions: ['source', 'browser', 'production'],
  tsconfig: join(here, '../../tsconfig.json'),
  legalComments: 'none',
  plugins: [minifyLitTemplates],
  logLevel: 'warning',
});
cpSync(join(here, 'public'), outdir, { recursive: true });

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
