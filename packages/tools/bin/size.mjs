#!/usr/bin/env node
// What a resident downloads for an entry, measured by the bench's size library (the CDN build's
// esbuild settings; see packages/bench/lib/size.mjs): raw, gzip and brotli of the code loaded up
// front (the entry and every chunk it imports statically), and of each lazy chunk.
// Usage: node packages/tools/bin/size.mjs <entry.ts> [--json] [--budget <brotli bytes>]
import { relative, resolve } from 'node:path';
import { bundle, root } from '../../bench/lib/size.mjs';

export async function measure(entry) {
  const b = await bundle({ entry: relative(root, resolve(entry)) });
  const upfront = b.closure(b.outputOf('entry'));
  const lazy = Object.keys(b.outputs)
    .filter((o) => !upfront.has(o) && o.endsWith('.js'))
    .map((o) => ({ chunk: o.split('/').pop(), ...b.measureFiles([o]) }));
  return { entry, upfront: b.measureFiles(upfront), lazy };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: size.mjs <entry.ts> [--json] [--budget <brotli bytes>]');
    process.exit(2);
  }
  const result = await measure(entry);
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    console.log(
      `${entry}: ${kb(result.upfront.raw)} raw, ${kb(result.upfront.gzip)} gzip, ${kb(result.upfront.brotli)} brotli up front`,
    );
    const lazyBrotli = result.lazy.map((l) => l.brotli);
    if (lazyBrotli.length)
      console.log(
        `  ${lazyBrotli.length} lazy chunks, largest ${kb(Math.max(...lazyBrotli))} brotli`,
      );
  }
  const budgetAt = args.indexOf('--budget');
  if (budgetAt >= 0) {
    const budget = Number(args[budgetAt + 1]);
    if (result.upfront.brotli > budget) {
      console.error(`over budget: ${result.upfront.brotli} > ${budget} bytes brotli`);
      process.exit(1);
    }
  }
}
