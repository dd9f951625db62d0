#!/usr/bin/env node
// What a resident downloads for the video explainer, measured by the bench's size library (the
// CDN build's esbuild settings; packages/bench/lib/size.mjs): the facade (up front) and the
// facade + full player (every control and panel, captions, chapters, transcript, text audio
// description: `fullFeatureModules`), the figures the budgets check.
// Usage: node packages/video-explainer/scripts/size.mjs [--json] [--inputs]
//   --inputs: minified bytes per source file, up front and in the full player, largest first.
import { bundle, fullFeatureModules, measureEntry } from '../../bench/lib/size.mjs';

const entry = 'packages/video-explainer/src/define.ts';
const result = await measureEntry(entry, 'video-explainer');
const report = { facade: result.upfront, facadePlusPlayer: result.full };

if (process.argv.includes('--inputs')) {
  const b = await bundle({ entry });
  const facade = b.closure(b.outputOf('entry'));
  const player = new Set();
  for (const module of fullFeatureModules['video-explainer']) {
    const out = Object.keys(b.outputs).find((o) => b.outputs[o].entryPoint === module);
    if (out) for (const c of b.closure(out)) if (!facade.has(c)) player.add(c);
  }
  for (const [name, set] of [
    ['facade', facade],
    ['full player', player],
  ]) {
    const bytes = {};
    for (const o of set)
      for (const [input, { bytesInOutput }] of Object.entries(b.outputs[o].inputs))
        bytes[input] = (bytes[input] ?? 0) + bytesInOutput;
    console.log(`— ${name}`);
    for (const [input, n] of Object.entries(bytes).sort((x, y) => y[1] - x[1]))
      if (n) console.log(`${String(n).padStart(6)} ${input}`);
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  for (const [name, s] of Object.entries(report))
    console.log(`${name}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli`);
}
