#!/usr/bin/env node
// size.mjs: what a resident downloads for the video explainer, measured like
// packages/tools/bin/size.mjs (esbuild, minified, code-split, brotli 11) but picking the entry
// chunk by its entry point (size.mjs picks the first output with any entryPoint, which can be a
// lazy locale chunk) and also counting the full player (the facade's one dynamic import of
// ./player.ts plus its static imports).
// Usage: node packages/video-explainer/scripts/size.mjs [--json]
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { minifyLitTemplates } from '../../tools/lib/minify-lit-templates.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const entry = relative(root, fileURLToPath(new URL('../src/define.ts', import.meta.url)));

const result = await build({
  absWorkingDir: root,
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: '/tmp/wegwijs-video-size',
  write: false,
  metafile: true,
  conditions: ['source', 'browser', 'production'],
  tsconfig: `${root}tsconfig.json`,
  legalComments: 'none',
  plugins: [minifyLitTemplates],
  logLevel: 'error',
});
const outputs = result.metafile.outputs;
const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
const closure = (start) => {
  const seen = new Set();
  const walk = (out) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const imp of outputs[out].imports) if (imp.kind === 'import-statement') walk(imp.path);
  };
  walk(start);
  return seen;
};
const sizes = (set) => {
  const all = Buffer.concat([...set].map((o) => Buffer.from(files.get(o) ?? '')));
  return {
    raw: all.length,
    gzip: gzipSync(all, { level: 9 }).length,
    brotli: brotliCompressSync(all, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const find = (suffix) => Object.keys(outputs).find((o) => outputs[o].entryPoint?.endsWith(suffix));
const facade = closure(find('src/define.ts'));
const playerEntry = find('src/player.ts');
const player = playerEntry ? new Set([...facade, ...closure(playerEntry)]) : facade;
const report = {
  facade: sizes(facade),
  facadePlusPlayer: sizes(player),
  playerOnly: sizes(new Set([...player].filter((o) => !facade.has(o)))),
};
// --inputs: minified bytes per source file, up front and in the player, largest first.
if (process.argv.includes('--inputs')) {
  for (const [name, set] of [
    ['facade', facade],
    ['player', new Set([...player].filter((o) => !facade.has(o)))],
  ]) {
    const bytes = {};
    for (const o of set)
      for (const [input, { bytesInOutput }] of Object.entries(outputs[o].inputs))
        bytes[input] = (bytes[input] ?? 0) + bytesInOutput;
    console.log(`— ${name}`);
    for (const [input, n] of Object.entries(bytes).sort((a, b) => b[1] - a[1]))
      if (n) console.log(`${String(n).padStart(6)} ${input}`);
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  for (const [name, s] of Object.entries(report)) {
    console.log(`${name}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli`);
  }
}
