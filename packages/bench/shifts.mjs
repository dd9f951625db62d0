#!/usr/bin/env node
// Which boxes move on a bench page (issue 23): loads one page of packages/bench/pages (or
// `all`) as the runtime bench does (4× CPU, slow 4G, cold, 412 px wide), records every
// layout shift with its sources (the moved node, its box before and after) and prints them
// with the time of each shift, so a CLS figure can be traced to the element that caused it.
// Usage: node packages/bench/shifts.mjs [--runs N] page [page…]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildAllPage,
  buildPage,
  launch,
  openThrottled,
  serve,
  waitForRendered,
} from './lib/runtime.mjs';
import { root } from './lib/size.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const pages = args.length ? args : ['letter-explainer'];

/** Runs in the page before its scripts: each shift's sources, named by a short CSS path. */
function recordShifts() {
  const name = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return `#${node.nodeName.toLowerCase()} in ${name(node.parentNode)}`;
    const parts = [];
    for (let n = node; n && n.nodeType === 1 && parts.length < 4; n = n.parentNode ?? n.host) {
      let part = n.localName;
      if (n.id) part += `#${n.id}`;
      else if (n.classList.length) part += `.${[...n.classList].join('.')}`;
      if (n.slot) part += `[slot=${n.slot}]`;
      parts.unshift(part);
    }
    return parts.join(' > ');
  };
  const rect = (r) => `${r.x},${r.y} ${r.width}×${r.height}`;
  const shifts = (window.__shifts = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      shifts.push({
        start: Math.round(e.startTime),
        value: e.value,
        sources: (e.sources ?? []).map((s) => ({
          node: name(s.node),
          text: s.node?.textContent?.trim().slice(0, 40),
          from: rect(s.previousRect),
          to: rect(s.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // What changed size around each shift: a moved node is often the victim (a widget above it
  // grew when it rendered), so every top-level Wegwijs element's size change is kept with its
  // time (ResizeObserver reports it in the frame of the layout that made it).
  const resizes = (window.__resizes = []);
  const sizes = new WeakMap();
  const box = (r) => `${Math.round(r.width)}×${Math.round(r.height)}`;
  const resized = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const now = box(target.getBoundingClientRect());
      const before = sizes.get(target);
      sizes.set(target, now);
      if (before && before !== now)
        resizes.push({ at: Math.round(performance.now()), node: name(target), before, now });
    }
  });
  /** A Wegwijs element not inside another one (in the page's own tree). */
  const topLevel = (el) => {
    if (!el.localName.startsWith('wegwijs-')) return false;
    for (let p = el.parentElement; p; p = p.parentElement)
      if (p.localName.startsWith('wegwijs-')) return false;
    return true;
  };
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (n.nodeType === 1)
          for (const el of [n, ...n.querySelectorAll('*')]) if (topLevel(el)) resized.observe(el);
  }).observe(document, { childList: true, subtree: true });
}

const dir = mkdtempSync(join(tmpdir(), 'wegwijs-shifts-'));
try {
  for (const name of pages) {
    if (name === 'all')
      await buildAllPage(dir, [
        'step-guide',
        'video-explainer',
        'letter-explainer',
        'contact-finder',
      ]);
    else await buildPage(dir, name);
  }
  const server = await serve(dir, root);
  const browser = await launch();
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
  );
  for (let run = 1; run <= runs; run++) {
    for (const name of pages) {
      const { context, page, cdp } = await openThrottled(browser);
      await page.addInitScript(recordShifts);
      await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
      await waitForRendered(cdp);
      await page.waitForTimeout(1000); // late shifts, as the runtime bench waits
      const { shifts, resizes, rendered } = await page.evaluate(() => ({
        shifts: window.__shifts,
        resizes: window.__resizes,
        rendered: Math.round(performance.getEntriesByName('wegwijs-rendered')[0]?.startTime ?? -1),
      }));
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      console.log(
        `\n${name} run ${run}: CLS ${cls.toFixed(3)}, ${shifts.length} shift(s), rendered at ${rendered} ms`,
      );
      for (const s of shifts) {
        console.log(`  at ${s.start} ms: ${s.value.toFixed(4)}`);
        for (const src of s.sources)
          console.log(`    ${src.node} (${JSON.stringify(src.text)}): ${src.from} → ${src.to}`);
        // The likely cause: the Wegwijs elements that changed size in the frame of the shift.
        for (const r of resizes.filter((r) => r.at >= s.start - 5 && r.at <= s.start + 50))
          console.log(`    resized at ${r.at} ms: ${r.node} ${r.before} → ${r.now}`);
      }
      await context.close();
    }
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
