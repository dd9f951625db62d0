#!/usr/bin/env node
// What a resident downloads for an entry: bundled and minified with esbuild (Lit, core and
// all dependencies included), code-split so lazy chunks (locales, pictograms, players) are
// counted apart. Prints raw, gzip and brotli of the code loaded up front, and of each lazy chunk.
// Usage: node packages/tools/bin/size.mjs <entry.ts> [--json] [--budget <brotli bytes>]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { minifyLitTemplates } from '../lib/minify-lit-templates.mjs';

export async function measure(entry) {
  const outdir = mkdtempSync(join(tmpdir(), 'wegwijs-size-'));
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir,
      write: false,
      metafile: true,
      conditions: ['source', 'browser', 'production'],
      tsconfig: new URL('../../../tsconfig.json', import.meta.url).pathname,
      legalComments: 'none',
      plugins: [minifyLitTemplates],
      logLevel: 'error',
    });
    const files = new Map(
      result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]),
    );
    const outputs = result.metafile.outputs;
    const wanted = relative(process.cwd(), entry).replace(/\\/g, '/');
    const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint === wanted);
    if (!entryOut) throw new Error(`no output for entry ${wanted}`);
    const upfront = new Set();
    const walk = (out) => {
      if (upfront.has(out)) return;
      upfront.add(out);
      for (const imp of outputs[out].imports) if (imp.kind === 'import-statement') walk(imp.path);
    };
    walk(entryOut);
    const sizes = (buffers) => {
      const all = Buffer.concat(buffers);
      return {
        raw: all.length,
        gzip: gzipSync(all, { level: 9 }).length,
        brotli: brotliCompressSync(all, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          .length,
      };
    };
    const lazy = Object.keys(outputs)
      .filter((o) => !upfront.has(o) && o.endsWith('.js'))
      .map((o) => ({ chunk: o.split('/').pop(), ...sizes([Buffer.from(files.get(o) ?? '')]) }));
    return {
      entry,
      upfront: sizes([...upfront].map((o) => Buffer.from(files.get(o) ?? ''))),
      lazy,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
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
