#!/usr/bin/env node
// Index build and filter time in Chromium at 1,000 / 10,000 / 100,000 contacts.
// Usage: node packages/contact-finder/bench/scale.mjs [out.json]   (a script, not a test)
// Budget (issue): 10,000 contacts → build ≤ 100 ms, median filter ≤ 4 ms; growth ≤ linear.
import { build } from 'esbuild';
import { esbuildOptions } from '../../tools/lib/build-options.mjs';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { startTestServer } from '../../tools/lib/test-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = process.argv[2] ?? `${here}scale-results.json`;
// The one set of bundle options (as the CDN build), as one file with no chunks.
const bundle = await build(
  esbuildOptions({
    entryPoints: [`${here}page.ts`],
    splitting: false,
    minify: !process.env.SCALE_DEBUG,
    write: false,
    logLevel: 'error',
    // generate.mjs imports esbuild only when run as a script (never in the page).
    external: ['esbuild'],
  }),
);
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

/**
 * Runs `work` under a CDP trace and returns its result and the main-thread tasks between the
 * page's marks `wegwijs-sliced-start` and `-end`, by thread time: the CPU a task really got.
 * A long task as the page sees it is wall-clock time, and on a busy machine an 8 ms slice
 * that waits for a core counts as long; thread time does not (it tells work from waiting).
 */
/** SCALE_DEBUG: the functions with the most self time (CPU profile samples) inside a task. */
function selfTimes(profile, task) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (t < task.ts || t > task.ts + task.dur) return;
    const f = nodes.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, ms]) => `\n    ${ms.toFixed(1)} ms ${k}`)
    .join('');
}

async function traceTasks(cdp, work) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'disabled-by-default-devtools.timeline,blink.user_timing,devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  if (process.env.SCALE_DEBUG) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const result = await work();
  const profile = process.env.SCALE_DEBUG ? (await cdp.send('Profiler.stop')).profile : undefined;
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  const start = events.find((e) => e.name === 'wegwijs-sliced-start');
  const end = events.find((e) => e.name === 'wegwijs-sliced-end');
  const cpu = { longTasks: 0, longest: 0, longestGc: 0 };
  if (!start || !end)
    throw new Error('scale.mjs: the marks of the sliced run are missing in the trace');
  const onMain = (e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X';
  const tasks = events.filter(
    (e) => onMain(e) && e.name === 'RunTask' && e.ts >= start.ts && e.ts <= end.ts,
  );
  const gcs = events.filter((e) => onMain(e) && /^(MajorGC|MinorGC)$/.test(e.name));
  if (!tasks.length) throw new Error('scale.mjs: no main-thread task in the trace');
  for (const task of tasks) {
    const ms = (task.tdur ?? task.dur) / 1000;
    const gc = gcs
      .filter((g) => g.ts >= task.ts && g.ts + g.dur <= task.ts + task.dur)
      .reduce((sum, g) => sum + (g.tdur ?? g.dur) / 1000, 0);
    if (ms > 50) cpu.longTasks += 1;
    if (ms > 50 && process.env.SCALE_DEBUG)
      console.log(
        `  task ${ms.toFixed(0)} ms:`,
        events
          .filter((e) => onMain(e) && e !== task && e.ts >= task.ts && e.ts <= task.ts + task.dur)
          .filter((e) => (e.tdur ?? e.dur) > 3000)
          .map((e) => `${e.name} ${((e.tdur ?? e.dur) / 1000).toFixed(0)}`)
          .join(', '),
        selfTimes(profile, task),
      );
    cpu.longest = Math.max(cpu.longest, ms);
    cpu.longestGc = Math.max(cpu.longestGc, gc);
  }
  return { result, cpu };
}
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => 'runBench' in window);
  const cdp = await tab.context().newCDPSession(tab);
  const results = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const trace = await traceTasks(cdp, () => tab.evaluate((count) => window.runBench(count), n));
    const r = trace.result;
    r.sliced.cpu = trace.cpu;
    results.push(r);
    console.log(
      `${String(n).padStart(7)} contacts: index ${r.build.median.toFixed(1)} ms (p95 ${r.build.p95.toFixed(1)}), filter median ${r.filter.median.toFixed(3)} ms, p95 ${r.filter.p95.toFixed(3)} ms (${r.keystrokes} keystrokes); read, checked and indexed in slices ${r.sliced.ms.toFixed(0)} ms, ${r.sliced.longTasks} long task(s)${r.sliced.longTasks ? `, longest ${r.sliced.longest.toFixed(0)} ms` : ''}; by thread time ${trace.cpu.longTasks} task(s) over 50 ms${trace.cpu.longTasks ? `, longest ${trace.cpu.longest.toFixed(0)} ms` : ''} (longest ${trace.cpu.longestGc.toFixed(0)} ms of garbage collection in one task)`,
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
