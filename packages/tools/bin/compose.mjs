#!/usr/bin/env node
// Which sources make up an entry's up-front bundle, raw minified bytes per input, largest first:
// the tool for finding what to make lazy. Usage: node packages/tools/bin/compose.mjs <entry.ts> [rows]
import { build } from 'esbuild';
import { esbuildOptions } from '../lib/build-options.mjs';

const [entry, rows = '25'] = process.argv.slice(2);
// The one options module of every bundle (the CDN build's settings, templates minified too).
const result = await build(
  esbuildOptions({
    entryPoints: [entry],
    write: false,
    metafile: true,
    outdir: '/tmp/wegwijs-compose',
    logLevel: 'error',
  }),
);
const outputs = result.metafile.outputs;
const start = Object.keys(outputs).find((o) => outputs[o].entryPoint === entry);
const upfront = new Set();
const walk = (o) => {
  if (upfront.has(o)) return;
  upfront.add(o);
  for (const i of outputs[o].imports) if (i.kind === 'import-statement') walk(i.path);
};
walk(start);
const inputs = {};
for (const o of upfront) {
  for (const [name, info] of Object.entries(outputs[o].inputs))
    inputs[name] = (inputs[name] ?? 0) + info.bytesInOutput;
}
console.log(
  'total raw',
  Object.values(inputs).reduce((a, b) => a + b, 0),
);
for (const [name, bytes] of Object.entries(inputs)
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(rows))) {
  console.log(bytes, name);
}
