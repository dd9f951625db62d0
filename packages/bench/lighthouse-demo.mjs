#!/usr/bin/env node
// What the demo page's Lighthouse TBT is made of (issue 23). Lighthouse (mobile defaults:
// simulated slow 4G and 4× CPU, which multiplies the tasks it observes unthrottled) on the demo
// page built as `npm run bench` builds it (measure.mjs), in alternating variants:
//   full      the page as editors see it: every widget through the CDN loader;
//   no-script the same HTML and CSS without the loader: what the page itself costs, and the
//             floor the machine's load sets (a task descheduled by other processes is longer);
//   <widget>  only that widget's section kept (e.g. step-guide), the header switch too.
// Prints per run the score, TBT and FCP, and Lighthouse's own diagnostics (long tasks,
// main-thread work by group, script boot-up time); the medians per variant at the end.
// Usage: node packages/bench/lighthouse-demo.mjs [--runs N] [variant …] (default: full no-script)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAllPage, buildDemo, median, serve } from './lib/runtime.mjs';
import { root } from './lib/size.mjs';
import { widgetFiles } from '../embed/widget-list.mjs';
import { chromeFlags, chromePath } from '../tools/lib/chromium.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const variants = args.length ? args : ['full', 'no-script'];
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');

/** The demo page's HTML for a variant. */
function variantOf(html, variant) {
  if (variant === 'full') return html;
  if (variant === 'no-script') return html.replace(/<script type="module"[^>]*><\/script>/, '');
  // One widget: its section stays (and the header's language switch); the others go.
  return html.replace(/<section id="[^"]+"[\s\S]*?<\/section>/g, (section) =>
    section.includes(`<wegwijs-${variant}`) ? section : '',
  );
}

const dir = mkdtempSync(join(tmpdir(), 'wegwijs-lighthouse-'));
const server = { close() {} };
try {
  await buildAllPage(
    dir,
    widgetFiles.filter((n) => n !== 'core'),
  );
  const path = await buildDemo(dir, 'docs/site/index.html');
  const built = readFileSync(join(dir, path), 'utf8');
  const pages = {};
  for (const variant of variants) {
    const file = path.replace(/\.html$/, `-${variant}.html`);
    writeFileSync(join(dir, file), variantOf(built, variant));
    pages[variant] = file;
  }
  // HTTP/1.1, as measure.mjs: Lighthouse refuses a certificate it cannot check.
  Object.assign(server, await serve(dir, root, { secure: false }));
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = Object.fromEntries(variants.map((v) => [v, []]));
  const short = (url = '') => url.split('/').slice(-2).join('/') || 'Unattributable';
  console.log(`load average before: ${load()}`);
  for (let run = 1; run <= runs; run++) {
    for (const variant of variants) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
      try {
        const { lhr } = await lighthouse(`${server.origin}${pages[variant]}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const audit = (id) => lhr.audits[id];
        const items = (id) => audit(id)?.details?.items ?? [];
        const row = {
          performance: Math.round(lhr.categories.performance.score * 100),
          tbt: audit('total-blocking-time').numericValue,
          fcp: audit('first-contentful-paint').numericValue,
        };
        results[variant].push(row);
        console.log(
          `\n${variant} run ${run} (load ${load()}): performance ${row.performance}, TBT ${row.tbt.toFixed(0)} ms, FCP ${row.fcp.toFixed(0)} ms`,
        );
        const ms = (n) => `${Math.round(n)} ms`;
        console.log(
          `  long tasks: ${items('long-tasks')
            .map((t) => `${short(t.url)} ${ms(t.duration)}`)
            .join(', ')}`,
        );
        console.log(
          `  main thread: ${items('mainthread-work-breakdown')
            .map((t) => `${t.group} ${ms(t.duration)}`)
            .join(', ')}`,
        );
        console.log(
          `  boot-up: ${items('bootup-time')
            .map((t) => `${short(t.url)} ${ms(t.total)} (script ${ms(t.scripting)})`)
            .join(', ')}`,
        );
      } finally {
        await chrome.kill();
      }
    }
  }
  console.log(`\nload average after: ${load()}`);
  for (const [variant, list] of Object.entries(results))
    console.log(
      `${variant}: median performance ${median(list.map((r) => r.performance))}, TBT ${median(list.map((r) => r.tbt)).toFixed(0)} ms [${list.map((r) => r.tbt.toFixed(0)).join(', ')}]`,
    );
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
