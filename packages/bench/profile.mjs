#!/usr/bin/env node
// What the long tasks of a bench page are (issue 23): loads one page of packages/bench/pages
// (or the all-widgets page, `all`) as the runtime bench does (4× CPU, slow 4G, cold), records a
// Chromium trace with the JS sampling profiler, and prints per long task (> 50 ms) its wall
// time and where its thread time went: script evaluation and compilation, style, layout,
// paint, parsing, garbage collection, and the JS functions with the most self time (from the
// profile, less sensitive to machine load than wall time). Several runs alternate the pages.
// `--base DIR`: each page also as bundled from another checkout (e.g. /work/main), shown as
// `base/<page>` and loaded just before it in every run (an A/B comparison in the same minutes);
// a second server serves it with that checkout's files. `--names`: identifiers not minified,
// so the functions in the profile have their names from the sources. A summary per page ends
// the output: TBT, long tasks and their time by cause, per run and their median; and what the
// machine's load does not change: blocking time and long tasks by thread time, the most elements
// styled and layout objects laid out in one task.
// `demo`: the demo page docs/site/index.html as Lighthouse gets it (measure.mjs).
// Usage: node packages/bench/profile.mjs [--runs N] [--top N] [--harness cdp|playwright]
//   [--base DIR] [--names] page [page…]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildAllPage,
  buildDemo,
  buildPage,
  launch,
  openThrottled,
  serve,
  waitForRendered,
} from './lib/runtime.mjs';
import { root } from './lib/size.mjs';
import { widgetFiles } from '../embed/widget-list.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return Number(value);
};
const runs = option('--runs', 3);
const top = option('--top', 6);
// `--harness playwright`: wait as the bench did before (Playwright's waitForFunction), to see
// what the harness itself costs the page.
const harnessAt = args.indexOf('--harness');
const harness = harnessAt >= 0 ? args.splice(harnessAt, 2)[1] : 'cdp';
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : undefined;
const namesAt = args.indexOf('--names');
const esbuild =
  namesAt >= 0 && args.splice(namesAt, 1)
    ? { minify: false, minifyWhitespace: true, minifySyntax: true }
    : {};
const names = args.length ? args : ['core'];
/** The pages of one run: each page after its base version. */
const pages = names.flatMap((name) => (base ? [`base/${name}`, name] : [name]));

/** Trace event names grouped into causes (Chromium's timeline names). */
const causes = {
  'script: compile/parse': [
    'v8.compile',
    'v8.compileModule',
    'V8.CompileCode',
    'v8.parseOnBackground',
  ],
  'script: evaluate': [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'v8.run',
  ],
  style: ['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'RecalculateStyles'],
  layout: ['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'CompositeLayers'],
  'HTML parse': ['ParseHTML'],
  GC: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'],
};
const causeOf = new Map(Object.entries(causes).flatMap(([c, names]) => names.map((n) => [n, c])));

async function profileOnce(browser, url) {
  // The runtime bench's own conditions (4× CPU, slow 4G, cold cache), not a copy of them.
  const { context, page, cdp } = await openThrottled(browser);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
      ],
    },
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (harness === 'playwright')
    await page.waitForFunction(
      () => performance.getEntriesByName('wegwijs-rendered').length,
      null,
      { timeout: 60_000, polling: 50 },
    );
  else if (!url.endsWith('/docs/site/index.html')) await waitForRendered(cdp);
  // The demo page has no observer of ours (it is the page editors see): it is given time.
  await page.waitForTimeout(url.endsWith('/docs/site/index.html') ? 8000 : 1000);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression:
      'window.__bench?.longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)',
    returnByValue: true,
  });
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const tasks = longTasks(events);
  // Without the observer: the blocking time of the trace's tasks.
  const tbt = result.value ?? tasks.reduce((sum, t) => sum + t.wall - 50, 0);
  return { tasks, tbt, stats: threadStats(events) };
}

/** The renderer main thread's tasks over 50 ms, each with its time by cause and by function. */
function longTasks(events) {
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && hasWork(events, e),
  );
  const on = (e) => e.pid === main.pid && e.tid === main.tid;
  const tasks = events
    .filter((e) => on(e) && e.ph === 'X' && e.name === 'RunTask' && e.dur > 50_000)
    .map((t) => ({
      start: t.ts,
      end: t.ts + t.dur,
      wall: t.dur / 1000,
      causes: {},
      functions: {},
    }));
  // Causes: the outermost event of a known cause inside a task (no double counting).
  const timed = events.filter((e) => on(e) && e.ph === 'X' && causeOf.has(e.name));
  timed.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const task of tasks) {
    let coveredUntil = 0;
    for (const e of timed) {
      if (e.ts < task.start || e.ts >= task.end || e.ts < coveredUntil) continue;
      const cause = causeOf.get(e.name);
      const ms = (e.tdur ?? e.dur) / 1000;
      task.causes[cause] = (task.causes[cause] ?? 0) + ms;
      coveredUntil = e.ts + e.dur;
      // Where in the page: the script or the event.
      const where = e.args?.data?.url?.split('/').pop();
      if (where && cause.startsWith('script')) {
        const key = `${cause} ${where}`;
        task.causes[key] = (task.causes[key] ?? 0) + ms;
      }
    }
  }
  // JS self time from the sampling profiler's chunks.
  const nodes = new Map();
  let time = 0;
  for (const e of events) {
    if (e.name === 'Profile' && on(e)) time = e.args.data.startTime;
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node.callFrame);
    (cpuProfile.samples ?? []).forEach((id, i) => {
      time += timeDeltas[i] ?? 0;
      const frame = nodes.get(id);
      const task = tasks.find((t) => time >= t.start && time < t.end);
      if (!task || !frame) return;
      const file = frame.url ? frame.url.split('/').pop() : '';
      const name = `${frame.functionName || '(anonymous)'} ${file}${frame.url ? `:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''}`;
      task.functions[name] = (task.functions[name] ?? 0) + (timeDeltas[i] ?? 0) / 1000;
    });
  }
  return tasks;
}

/**
 * What load on the machine does not change: per renderer main-thread task its thread time
 * (not wall time, which includes being descheduled), and the elements styled and the layout
 * objects laid out (counts from the trace). Returns the tasks over 50 ms of thread time, their
 * blocking time, and the largest style and layout of one task.
 */
function threadStats(events) {
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && hasWork(events, e),
  );
  const on = (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X';
  const tasks = events
    .filter((e) => on(e) && e.name === 'RunTask')
    .map((t) => ({
      start: t.ts,
      end: t.ts + t.dur,
      thread: (t.tdur ?? t.dur) / 1000,
      styled: 0,
      laid: 0,
    }));
  tasks.sort((a, b) => a.start - b.start);
  const taskAt = (ts) => tasks.find((t) => ts >= t.start && ts < t.end);
  for (const e of events) {
    if (!on(e)) continue;
    const styled = e.name === 'UpdateLayoutTree' ? (e.args?.elementCount ?? 0) : 0;
    const laid = e.name === 'Layout' ? (e.args?.beginData?.dirtyObjects ?? 0) : 0;
    if (!styled && !laid) continue;
    const task = taskAt(e.ts);
    if (task) {
      task.styled += styled;
      task.laid += laid;
    }
  }
  const long = tasks.filter((t) => t.thread > 50);
  return {
    long,
    longByThread: long.length,
    tbtByThread: long.reduce((sum, t) => sum + t.thread - 50, 0),
    maxStyled: Math.max(0, ...tasks.map((t) => t.styled)),
    maxLaid: Math.max(0, ...tasks.map((t) => t.laid)),
  };
}

const hasWork = (events, thread) =>
  events.some((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask');

const dir = mkdtempSync(join(tmpdir(), 'wegwijs-profile-'));
const fmt = (ms) => `${ms.toFixed(0)} ms`;
try {
  const urlOf = (name) => (name === 'demo' ? '/docs/site/index.html' : `/${name}.html`);
  for (const name of names) {
    if (name === 'demo') {
      // The page Lighthouse measures (packages/bench/measure.mjs): every widget through the CDN loader.
      await buildAllPage(
        dir,
        widgetFiles.filter((n) => n !== 'core'),
      );
      await buildDemo(dir, 'docs/site/index.html');
    } else if (name === 'all')
      await buildAllPage(dir, [
        'step-guide',
        'video-explainer',
        'letter-explainer',
        'contact-finder',
      ]);
    else {
      await buildPage(dir, name, { esbuild });
      if (base) await buildPage(join(dir, 'base'), name, { repo: base, esbuild });
    }
    if (name === 'contact-finder-10k') {
      // The content the runtime bench writes next to this page (measure.mjs), same seed.
      const { generateContacts } = await import('../contact-finder/scripts/generate.mjs');
      const json = JSON.stringify(generateContacts(10_000, 42));
      writeFileSync(join(dir, 'contacts-10000.json'), json);
      if (base) {
        mkdirSync(join(dir, 'base'), { recursive: true });
        writeFileSync(join(dir, 'base', 'contacts-10000.json'), json);
      }
    }
  }
  const server = await serve(dir, root);
  const baseServer = base ? await serve(join(dir, 'base'), base) : undefined;
  const browser = await launch();
  const summary = Object.fromEntries(pages.map((p) => [p, []]));
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
  );
  for (let run = 1; run <= runs; run++) {
    for (const name of pages) {
      const url = name.startsWith('base/')
        ? `${baseServer.origin}${urlOf(name.slice('base/'.length))}`
        : `${server.origin}${urlOf(name)}`;
      const { tasks, tbt, stats } = await profileOnce(browser, url);
      const byCause = {};
      for (const t of tasks)
        for (const [c, ms] of Object.entries(t.causes))
          if (!c.includes('.js')) byCause[c] = (byCause[c] ?? 0) + ms;
      summary[name].push({ tbt, tasks: tasks.length, byCause, ...stats });
      if (process.env.THREAD_TASKS)
        console.log(
          `${name}: tasks over 50 ms of thread time: ${stats.long.map((t) => `${t.thread.toFixed(0)} ms (${t.styled} styled, ${t.laid} laid out)`).join('; ')}`,
        );
      console.log(
        `\n${name} run ${run}: TBT ${fmt(tbt)}, ${tasks.length} task(s) over 50 ms (trace)`,
      );
      for (const t of tasks) {
        const byCause = Object.entries(t.causes)
          .sort((a, b) => b[1] - a[1])
          .map(([c, ms]) => `${c} ${fmt(ms)}`)
          .join('; ');
        console.log(`  task ${fmt(t.wall)}: ${byCause}`);
        const fns = Object.entries(t.functions)
          .sort((a, b) => b[1] - a[1])
          .slice(0, top);
        for (const [fn, ms] of fns) console.log(`    self ${ms.toFixed(1).padStart(6)} ms  ${fn}`);
      }
    }
  }
  console.log('\nsummary (long tasks of the trace; time by cause is thread time):');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  for (const [name, list] of Object.entries(summary)) {
    const causes = [...new Set(list.flatMap((r) => Object.keys(r.byCause)))].sort();
    const per = (pick) =>
      `${fmt(median(list.map(pick)))} [${list.map((r) => pick(r).toFixed(0)).join(', ')}]`;
    console.log(
      `  ${name}: TBT ${per((r) => r.tbt)}; long tasks ${per((r) => r.tasks).replace(' ms', '')}`,
    );
    for (const c of causes) console.log(`    ${c}: ${per((r) => r.byCause[c] ?? 0)}`);
    console.log(
      `    by thread time: blocking ${per((r) => r.tbtByThread)}; tasks over 50 ms ${per((r) => r.longByThread).replace(' ms', '')}`,
    );
    console.log(
      `    most in one task: elements styled ${per((r) => r.maxStyled).replace(' ms', '')}; layout objects ${per((r) => r.maxLaid).replace(' ms', '')}`,
    );
  }
  console.log(
    `\nload average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
  );
  await browser.close();
  await server.close();
  await baseServer?.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
