#!/usr/bin/env node
// Writes what a widget package ships beside its Custom Elements Manifest, all generated from it:
//   dist/react.d.ts (+ an empty react.js)   React 19 JSX IntrinsicElements
//   dist/vue.d.ts (+ an empty vue.js)       Vue 3 GlobalComponents
//   dist/vscode.html-custom-data.json       VS Code custom HTML data
//   dist/web-types.json                     JetBrains web-types
//   README.md                               attributes, events, parts, custom properties, example
// Run from the package folder by its `build` script, after `analyze`.
//   node ../tools/bin/generate-from-manifest.mjs [--check]   (--check: fail if README is stale)
//   --types-from-modules  the .d.ts files import each class from the module that declares it,
//                         not from the index (core: its index does not export its elements)
//   --no-readme           keep a hand-written README (core: more than its two elements)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { widgetApi } from '../lib/generate/api.mjs';
import { vscodeData, webTypes } from '../lib/generate/editor-data.mjs';
import { reactTypes } from '../lib/generate/react.mjs';
import { readme } from '../lib/generate/readme.mjs';
import { vueTypes } from '../lib/generate/vue.mjs';

const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(dir, pkg.customElements), 'utf8'));
const elements = widgetApi(manifest);
if (!elements.length) throw new Error(`${pkg.name}: no custom element in ${pkg.customElements}`);

const dist = join(dir, 'dist');
mkdirSync(dist, { recursive: true });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const docsPage = `${basename(dir)}.md`;
const docsRoot = new URL('../../../docs/', import.meta.url);
/** The README as the repository's Prettier settings print it (`npm run lint` checks it). */
async function formatted(markdown) {
  const prettier = await import('prettier');
  const file = join(dir, 'README.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(markdown, { ...options, filepath: file });
}

const typeOptions = { fromModules: process.argv.includes('--types-from-modules') };
const files = {
  'dist/react.d.ts': reactTypes(elements, typeOptions).replaceAll('<package>', pkg.name),
  'dist/react.js': '// Types only: see react.d.ts.\nexport {};\n',
  'dist/vue.d.ts': vueTypes(elements, typeOptions).replaceAll('<package>', pkg.name),
  'dist/vue.js': '// Types only: see vue.d.ts.\nexport {};\n',
  'dist/vscode.html-custom-data.json': json(vscodeData(elements)),
  'dist/web-types.json': json(webTypes(elements, pkg)),
};
if (!process.argv.includes('--no-readme'))
  files['README.md'] = await formatted(
    readme(elements, pkg, existsSync(new URL(docsPage, docsRoot)) ? docsPage : undefined),
  );

if (process.argv.includes('--check')) {
  if (!files['README.md']) process.exit(0);
  const file = join(dir, 'README.md');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== files['README.md']) {
    console.error(`${pkg.name}: README.md is not what the manifest generates (run the build)`);
    process.exit(1);
  }
} else {
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  console.log(`${pkg.name}: ${Object.keys(files).join(', ')} generated from the manifest`);
}
