#!/usr/bin/env node
// Index build and filter time in Chromium at 1,000 / 10,000 / 100,000 contacts.
// Usage: node packages/contact-finder/bench/scale.mjs [out.json]   (a script, not a test)
// Budget (issue): 10,000 contacts → build ≤ 100 ms, median filter ≤ 4 ms; growth ≤ linear.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { startTestServer } from '../../tools/lib/test-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = process.argv[2] ?? `${here}scale-results.json`;
const bundle = await build({
  entryPoints: [`${here}page.ts`],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  write: false,
  conditions: ['source', 'browser', 'production'],
  tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
  logLevel: 'error',
  // generate.mjs imports esbuild only when run as a script (never in the page).
  external: ['esbuild'],
});
const js = bundle.outputFiles[0].text;
const page =
  '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>';
const server = await startTestServer({
  files: new Map([['/bench.js', js]]),
  handle(req, res, url) {
    if (url.pathname === '/bench.js') return false;
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    return true;
  },
});
const url = `${server.origin}/`;
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => 'runBench' in window);
  const results = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const r = await tab.evaluate((count) => window.runBench(count), n);
    results.push(r);
    console.log(
      `${String(n).padStart(7)} contacts: index ${r.build.median.toFixed(1)} ms (p95 ${r.build.p95.toFixed(1)}), filter median ${r.filter.median.toFixed(3)} ms, p95 ${r.filter.p95.toFixed(3)} ms (${r.keystrokes} keystrokes); read, checked and indexed in slices ${r.sliced.ms.toFixed(0)} ms, ${r.sliced.longTasks} long task(s)${r.sliced.longTasks ? `, longest ${r.sliced.longest.toFixed(0)} ms` : ''}`,
    );
  }
  const [a, b, c] = results;
  const growth = {
    build10x: b.build.median / a.build.median,
    build100x: c.build.median / b.build.median,
    filter10x: b.filter.median / Math.max(a.filter.median, 0.001),
    filter100x: c.filter.median / Math.max(b.filter.median, 0.001),
  };
  console.log(
    `growth per 10× contacts: index ×${growth.build10x.toFixed(1)} then ×${growth.build100x.toFixed(1)}; filter ×${growth.filter10x.toFixed(1)} then ×${growth.filter100x.toFixed(1)} (≤ ×10 is linear or better)`,
  );
  const budget = {
    buildMs: 100,
    filterMedianMs: 4,
    ok: b.build.median <= 100 && b.filter.median <= 4,
  };
  console.log(`budget at 10,000: ${budget.ok ? 'met' : 'NOT met'}`);
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), results, growth, budget }, null, 2)}\n`,
  );
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
