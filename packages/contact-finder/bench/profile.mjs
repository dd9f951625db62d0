#!/usr/bin/env node
// Where the long main-thread tasks of the contact finder go (issue 23): a real profile through
// the Chrome DevTools Protocol, on the bench pages as the runtime bench builds and serves them
// (packages/bench/lib/runtime.mjs: CDN build settings, brotli, HTTP/2, 4× CPU, slow 4G).
// For every main-thread task over 50 ms it prints its length and the functions (self time,
// from the CPU profile) and browser work (trace events) that filled it.
// Usage: node packages/contact-finder/bench/profile.mjs [page ...]   (a tool, not a test)
//   pages: contact-finder-10k (default), contact-finder
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as rt from '../../bench/lib/runtime.mjs';
import { root } from '../../bench/lib/size.mjs';
import { generateContacts } from '../scripts/generate.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['contact-finder-10k'];
const dir = mkdtempSync(join(tmpdir(), 'wegwijs-profile-'));
writeFileSync(join(dir, 'contacts-10000.json'), JSON.stringify(generateContacts(10_000, 42)));
for (const name of pages) await rt.buildPage(dir, name);
const server = await rt.serve(dir, root);
const browser = await rt.launch();

/** The trace events of one load, and the CPU profile over the same time (same clock, µs). */
async function traceLoad(url) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: rt.network.latency,
    downloadThroughput: (rt.network.downloadKbps * 1024) / 8,
    uploadThroughput: (rt.network.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: rt.cpuSlowdown });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories:
      'toplevel,devtools.timeline,v8,v8.execute,blink,loading,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('wegwijs-rendered').length ||
      performance.getEntriesByName('wegwijs-timeout').length,
    null,
    { timeout: 120_000, polling: 100 },
  );
  await page.waitForTimeout(1000);
  const observed = await page.evaluate(() => window.__bench.longTasks);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return { events, profile, observed };
}

/** The renderer main thread of the page: the thread named CrRendererMain with the most tasks. */
function mainThread(events) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best;
  let most = -1;
  for (const t of names) {
    const count = events.filter(
      (e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask',
    ).length;
    if (count > most) [best, most] = [t, count];
  }
  return best;
}

function summarise(name, { events, profile, observed }) {
  const main = mainThread(events);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.dur / 1000 > 50)
    .sort((a, b) => a.ts - b.ts);
  const tbt = observed.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
  // Thread time (tdur) is the CPU the main thread really got: on a loaded machine a task's
  // wall time also holds the time it waited for a core. (Chromium's CPU throttling shows in
  // thread time too, so under the slowdown it is comparable with the wall time of a quiet run.)
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const cpuTbt = onMain
    .filter((e) => e.name === 'RunTask')
    .reduce((s, e) => s + Math.max(0, cpu(e) - 50), 0);
  console.log(
    `\n== ${name}: ${observed.length} long task(s) seen by the page, TBT ${tbt.toFixed(0)} ms; ${tasks.length} RunTask over 50 ms in the trace; by thread time: ${onMain.filter((e) => e.name === 'RunTask' && cpu(e) > 50).length} over 50 ms, TBT ${cpuTbt.toFixed(0)} ms`,
  );
  // Samples → the leaf node of each sample, at its time.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampleTimes = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    sampleTimes.push([t, id]);
  });
  const label = (n) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    console.log(
      `-- task at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms (thread time ${cpu(task).toFixed(1)} ms)`,
    );
    // Browser work inside the task (trace events, by total duration, nested ones included).
    const work = new Map();
    for (const e of onMain)
      if (e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e.dur > 500) {
        const key =
          e.name +
          (e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : '') +
          (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '');
        work.set(key, (work.get(key) ?? 0) + e.dur / 1000);
      }
    for (const [k, ms] of [...work].sort((a, b) => b[1] - a[1]).slice(0, 10))
      console.log(`   trace ${ms.toFixed(1).padStart(7)} ms  ${k}`);
    // Self time per function, and the stack of the heaviest sample leaf.
    const self = new Map();
    const stacks = new Map();
    let prev = task.ts;
    for (const [time, id] of sampleTimes) {
      if (time < task.ts || time > end) continue;
      const n = nodes.get(id);
      const key = label(n);
      self.set(key, (self.get(key) ?? 0) + (time - prev) / 1000);
      prev = time;
      if (!stacks.has(key)) {
        const stack = [];
        for (let p = parent.get(id); p !== undefined && stack.length < 8; p = parent.get(p))
          stack.push(label(nodes.get(p)));
        stacks.set(key, stack);
      }
    }
    for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`   self  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
      console.log(`            ← ${stacks.get(k).slice(0, 5).join(' ← ')}`);
    }
  }
}

try {
  for (const name of pages) summarise(name, await traceLoad(`${server.origin}/${name}.html`));
} finally {
  await browser.close();
  server.close();
  if (process.env.KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
