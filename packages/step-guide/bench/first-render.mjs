#!/usr/bin/env node
// First render of a 7-step guide in Chromium with a 4× CPU slowdown. Budget (issue 23): define →
// rendered within 2 × that of a bare Lit element measured in the same run (a fixed 50 ms is not
// met by a bare Lit element alone on a slow machine).
//
// Each page is bundled with esbuild (minified, production Lit, code-split as on the CDN) and
// served from a tiny local HTTP server. Times run from the first line of the guide's code (a
// banner on every output file marks `code-start` once, so it runs before Lit and core are
// evaluated) to the moment the 7 steps are in the DOM (a MutationObserver marks `rendered`).
// Also reported: from the call of `customElements.define` (which upgrades and connects the guide
// already in the page) to the render, and until the lazily loaded pictograms are drawn.
// The page signals the end with a console message, so the harness injects no script of its own
// into the measured window.
//
// Two entries: `define` (the view is fetched when the guide connects: smallest first download)
// and `define-with-view` (the view in the same download: the guide renders in the task it
// connects in). The reference row renders the same 7 steps with the least Lit can do
// (reference-element.js): the floor any Lit element pays on this machine. The loader row builds
// the CDN files (cdn-build.mjs; its step guide file is define-with-view) and loads `wegwijs.js`,
// which preloads the guide's chunks as on an editor's page: its times start at the loader's
// first line.
//
// The runs go in rounds (every variant once per round, the guide and the reference back to
// back), and the budget's ratio is the median of the rounds' ratios: see below.
//
// Usage (from the repo root): RUNS=11 node packages/step-guide/bench/first-render.mjs
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn } from '../../embed/cdn-build.mjs';
import { esbuildOptions } from '../../tools/lib/build-options.mjs';
import { median } from '../../bench/lib/runtime.mjs';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { startTestServer } from '../../tools/lib/test-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.RUNS ?? 11);

const route = JSON.parse(readFileSync(join(here, '../examples/oco-route.json'), 'utf8'));
const nl = (text) => (typeof text === 'string' ? text : text.nl);
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\*\*/g, '');
const markup = `<ol>${route.steps
  .map(
    (s) =>
      `<li data-pictogram="${s.pictogram}"><h3>${escape(nl(s.title))}</h3><p>${escape(nl(s.text))}</p></li>`,
  )
  .join('')}</ol>`;
const json = `<script type="application/json">${JSON.stringify(route)}</script>`;

// Runs once, at the top of whichever output file the browser evaluates first.
const banner = `if(!self.wsgBench){self.wsgBench=1;performance.mark('code-start');
const seen=new MutationObserver(()=>{const g=document.getElementById('guide');
if(!performance.getEntriesByName('rendered').length&&g.querySelectorAll('.wegwijs-step-guide__step').length===7)performance.mark('rendered');
if(!performance.getEntriesByName('pictograms').length&&g.querySelectorAll('.wegwijs-step-guide__pic svg[role=img]').length===7){performance.mark('pictograms');seen.disconnect();console.log('wegwijs-bench-done');}});
seen.observe(document.body,{childList:true,subtree:true,attributes:true});
const define=customElements.define.bind(customElements);
customElements.define=(name,...rest)=>{if(name==='wegwijs-step-guide')performance.mark('defined');return define(name,...rest);};}`;

const entries = {
  guide: `import '@wegwijs/step-guide/define';`,
  withView: `import '@wegwijs/step-guide/define-with-view';`,
  reference: `import { ReferenceGuide } from './reference-element.js';
customElements.define('wegwijs-step-guide', ReferenceGuide);`,
};

const RATIO_BUDGET = 2;

const variants = [
  { name: 'markup', bundle: 'guide', content: markup },
  { name: 'inline JSON', bundle: 'guide', content: json },
  { name: 'markup, define-with-view', bundle: 'withView', content: markup },
  { name: 'inline JSON, define-with-view', bundle: 'withView', content: json },
  { name: 'markup, through the CDN loader (chunks preloaded)', bundle: 'cdn', content: markup },
  { name: 'inline JSON, through the CDN loader (schema preloaded)', bundle: 'cdn', content: json },
  { name: 'reference (bare Lit element, markup)', bundle: 'reference', content: markup },
];

/** Output files by URL path (`/<bundle>/<file>`), and each bundle's entry file. */
const files = new Map();
const mains = {};
for (const [name, contents] of Object.entries(entries)) {
  // The one options module of every bundle, as the CDN build uses it.
  const result = await build(
    esbuildOptions({
      stdin: { contents, resolveDir: here, loader: 'js' },
      outdir: `/${name}`,
      write: false,
      banner: { js: banner },
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    }),
  );
  for (const f of result.outputFiles) {
    const path = `/${name}/${f.path.split(`/${name}/`)[1]}`;
    files.set(path, f.contents);
    if (path.startsWith(`/${name}/stdin`)) mains[name] = path;
  }
}

// What editors paste: the loader of the CDN build, which preloads the widget's chunks.
const cdnDir = mkdtempSync(join(tmpdir(), 'wegwijs-first-render-'));
await buildCdn({ outdir: cdnDir, esbuild: { banner: { js: banner }, logLevel: 'error' } });
for (const file of readdirSync(cdnDir, { recursive: true }).map(String))
  if (file.endsWith('.js')) files.set(`/cdn/${file}`, readFileSync(join(cdnDir, file)));
rmSync(cdnDir, { recursive: true, force: true });
mains.cdn = '/cdn/wegwijs.js';

// The bundles' files from memory; any other URL is the page of variant ?v=<index>.
const server = await startTestServer({
  files,
  handle(req, res, url) {
    if (files.has(url.pathname)) return false;
    const variant = variants[Number(url.searchParams.get('v') ?? 0)];
    if (!variant) {
      res.writeHead(404);
      res.end();
      return true;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title>
<body><wegwijs-step-guide id="guide">${variant.content}</wegwijs-step-guide><script type="module" src="${mains[variant.bundle]}"></script></body></html>`);
    return true;
  },
});

const browser = await launchChromium();
const fmt = (list) => list.map((v) => v.toFixed(0)).join(', ');

/** One page load of variant `index`: code start → rendered, define → rendered, → pictograms. */
async function measureOnce(index) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const done = page.waitForEvent('console', {
      predicate: (m) => m.text() === 'wegwijs-bench-done',
      timeout: 20000,
    });
    // Only the page's own marks are traced: each carries the main thread's CPU clock (`tts`).
    await browser.startTracing(page, { categories: ['blink.user_timing'] });
    await page.goto(`${server.origin}/?v=${index}`);
    await done;
    const wall = await page.evaluate(() => ({
      rendered: performance.measure('a', 'code-start', 'rendered').duration,
      afterDefine: performance.measure('b', 'defined', 'rendered').duration,
      pictograms: performance.measure('c', 'code-start', 'pictograms').duration,
    }));
    const marks = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const cpuAt = (name) => marks.find((e) => e.name === name && e.tts !== undefined)?.tts;
    return { ...wall, afterDefineCpu: (cpuAt('rendered') - cpuAt('defined')) / 1000 };
  } finally {
    await context.close();
  }
}

// The budget compares these two (issue 23): the CDN file with its view, and the bare Lit element.
const guideIndex = variants.findIndex((v) => v.name === 'markup, define-with-view');
const referenceIndex = variants.findIndex((v) => v.name.startsWith('reference'));

// Rounds, not one variant after the other: on a shared machine the load changes within a
// minute, and a variant measured only in a quiet (or a busy) stretch made the ratio swing
// (1.65–3.73 × in runs of the same code). Each round loads every variant once, in an order
// that rotates from round to round; the guide and the reference load back to back (which one
// first alternates), and the ratio is the median of the rounds' own ratios.
const times = variants.map(() => ({
  rendered: [],
  afterDefine: [],
  pictograms: [],
  afterDefineCpu: [],
}));
const roundRatios = [];
const roundCpuRatios = [];
const units = [...variants.keys()].filter((i) => i !== guideIndex && i !== referenceIndex);
units.push('pair');
try {
  for (let round = 0; round < RUNS; round++) {
    for (const unit of units.map((_, k) => units[(k + round) % units.length])) {
      const indices =
        unit !== 'pair'
          ? [unit]
          : round % 2
            ? [referenceIndex, guideIndex]
            : [guideIndex, referenceIndex];
      const measured = {};
      for (const index of indices) {
        measured[index] = await measureOnce(index);
        for (const key of Object.keys(times[index])) times[index][key].push(measured[index][key]);
      }
      if (unit !== 'pair') continue;
      const [guide, reference] = [measured[guideIndex], measured[referenceIndex]];
      roundRatios.push(guide.afterDefine / reference.afterDefine);
      roundCpuRatios.push(guide.afterDefineCpu / reference.afterDefineCpu);
    }
  }
  for (const [index, variant] of variants.entries()) {
    const { rendered, afterDefine, pictograms, afterDefineCpu } = times[index];
    console.log(
      `${variant.name}: first render median ${median(rendered).toFixed(1)} ms [${fmt(rendered)}]; ` +
        `define→render median ${median(afterDefine).toFixed(1)} ms [${fmt(afterDefine)}], ` +
        `main-thread CPU ${median(afterDefineCpu).toFixed(1)} ms [${fmt(afterDefineCpu)}]; ` +
        `with pictograms median ${median(pictograms).toFixed(1)} ms [${fmt(pictograms)}]`,
    );
  }
  // The budget (issue 23): the guide's define → rendered (markup, 7 steps, the CDN file with
  // its view) within 2 × that of a bare Lit element in the same run, same machine.
  const guide = median(times[guideIndex].afterDefine);
  const reference = median(times[referenceIndex].afterDefine);
  const ratio = median(roundRatios);
  const ratioOfMedians = guide / reference;
  // The main thread's CPU time (trace thread clock) between the same two marks: what the
  // machine's load does not change (time descheduled is not counted; nor are waits, such as
  // the browser's answer to the first localStorage read).
  const cpu = {
    guide: median(times[guideIndex].afterDefineCpu),
    reference: median(times[referenceIndex].afterDefineCpu),
    ratio: median(roundCpuRatios),
  };
  const list = (ratios) => ratios.map((r) => r.toFixed(2)).join(', ');
  console.log(
    `ratio to the bare Lit reference (define→render, markup, define-with-view): ${ratio.toFixed(2)} × ` +
      `(median of ${roundRatios.length} rounds [${list(roundRatios)}]; ` +
      `ratio of the medians ${ratioOfMedians.toFixed(2)} ×; budget ≤ ${RATIO_BUDGET} ×: ${ratio <= RATIO_BUDGET ? 'met' : 'NOT MET'})`,
  );
  console.log(
    `main-thread CPU time, define→render: ${cpu.guide.toFixed(1)} ms against ${cpu.reference.toFixed(1)} ms: ` +
      `${cpu.ratio.toFixed(2)} × (median of the rounds [${list(roundCpuRatios)}])`,
  );
  console.log(
    `JSON ${JSON.stringify({ guide, reference, ratio, ratioOfMedians, rounds: roundRatios.length, cpu, budget: RATIO_BUDGET })}`,
  );
} finally {
  await browser.close();
  server.close();
}
