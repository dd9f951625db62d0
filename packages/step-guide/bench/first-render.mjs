#!/usr/bin/env node
// First render of a 7-step guide in Chromium with a 4× CPU slowdown.
// Bundles a page with esbuild (minified, production Lit), serves it from a tiny local HTTP
// server and measures, with performance marks, from the first line of the bundle running
// (before Lit, core and the element are evaluated and defined) to the moment the 7 steps are in
// the DOM (a MutationObserver fires right after the element's first light-DOM render).
// Also reported: until the lazily loaded pictograms are drawn. 5 runs per content mode, median.
// Usage (from the repo root): node packages/step-guide/bench/first-render.mjs
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const RUNS = 5;

const route = JSON.parse(readFileSync(join(here, '../examples/oco-route.json'), 'utf8'));
const nl = (text) => (typeof text === 'string' ? text : text.nl);
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\*\*/g, '');
const markup = `<ol>${route.steps
  .map(
    (s) =>
      `<li data-pictogram="${s.pictogram}"><h3>${escape(nl(s.title))}</h3><p>${escape(nl(s.text))}</p></li>`,
  )
  .join('')}</ol>`;
const pages = {
  markup: `<wegwijs-step-guide id="guide">${markup}</wegwijs-step-guide>`,
  'inline JSON': `<wegwijs-step-guide id="guide"><script type="application/json">${JSON.stringify(route)}</script></wegwijs-step-guide>`,
};

const entry = `
performance.mark('code-start');
const seen = new MutationObserver(() => {
  const guide = document.getElementById('guide');
  if (!performance.getEntriesByName('rendered').length && guide.querySelectorAll('.wsg-step').length === 7) {
    performance.mark('rendered');
  }
  if (!performance.getEntriesByName('pictograms').length && guide.querySelectorAll('.wsg-pic svg[role=img]').length === 7) {
    performance.mark('pictograms');
    seen.disconnect();
  }
});
seen.observe(document.body, { childList: true, subtree: true, attributes: true });
`;

const result = await build({
  stdin: {
    contents: `import './bench-start.js';\nimport '@wegwijs/step-guide/define';\nperformance.mark('defined');`,
    resolveDir: here,
    loader: 'js',
  },
  plugins: [
    {
      name: 'bench-start',
      setup(b) {
        b.onResolve({ filter: /^\.\/bench-start\.js$/ }, () => ({
          path: 'bench-start',
          namespace: 'bench',
        }));
        b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({ contents: entry, loader: 'js' }));
      },
    },
  ],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: '/bench',
  write: false,
  conditions: ['source', 'browser', 'production'],
  tsconfig: join(repo, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const files = new Map(
  result.outputFiles.map((f) => [`/${f.path.split('/bench/')[1]}`, f.contents]),
);
const mainFile = [...files.keys()].find((k) => k.startsWith('/stdin'));

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const file = files.get(url.pathname);
  if (file) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(file);
    return;
  }
  const mode = url.searchParams.get('mode') ?? 'markup';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title>
<body>${pages[mode]}<script type="module" src="${mainFile}"></script></body></html>`);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  for (const mode of Object.keys(pages)) {
    const rendered = [];
    const pictograms = [];
    const afterDefine = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`http://127.0.0.1:${port}/?mode=${encodeURIComponent(mode)}`);
      await page.waitForFunction(
        () => performance.getEntriesByName('pictograms').length > 0,
        null,
        {
          timeout: 20000,
        },
      );
      const [a, b, c] = await page.evaluate(() => [
        performance.measure('a', 'code-start', 'rendered').duration,
        performance.measure('b', 'code-start', 'pictograms').duration,
        performance.measure('c', 'defined', 'rendered').duration,
      ]);
      rendered.push(a);
      pictograms.push(b);
      afterDefine.push(c);
      await context.close();
    }
    const fmt = (list) => list.map((v) => v.toFixed(1)).join(', ');
    console.log(
      `${mode}: first render median ${median(rendered).toFixed(1)} ms [${fmt(rendered)}]; ` +
        `define→render median ${median(afterDefine).toFixed(1)} ms [${fmt(afterDefine)}]; ` +
        `with pictograms median ${median(pictograms).toFixed(1)} ms [${fmt(pictograms)}]`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
