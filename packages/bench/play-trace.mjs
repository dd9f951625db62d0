#!/usr/bin/env node
// What happens between the tap and the first moving frame, page beside page: the bench's play
// measurement (runtime.mjs, same throttling, same pages) with the video's events, the long
// tasks and the requests after the tap on one time line, and the media bytes a resident pays
// before pressing play. Pages are measured alternately (A, B, A, B …): on a shared machine
// a burst of load then hits every page alike.
// `--base DIR`: each page also as bundled from another checkout (e.g. /work/main), shown as
// `base/<page>`, for a before/after comparison in the same browser and the same minutes; a
// second server serves it with that checkout's files (content, media).
// Usage: node packages/bench/play-trace.mjs [--runs N] [--pages video-explainer,native-video]
//   [--base DIR] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPage, launch, median, openThrottled, playOnce, serve } from './lib/runtime.mjs';
import { root } from './lib/size.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const runs = Math.max(1, Number(option('--runs', 5)));
const names = option('--pages', 'video-explainer,native-video').split(',');
const base = option('--base');
/** The pages in the order of one round: each page after its base version. */
const pages = names.flatMap((name) => (base ? [`base/${name}`, name] : [name]));
const log = (...m) => console.error('[play-trace]', ...m);

/** The video events worth a time stamp, in the order a start normally shows them. */
const EVENTS = [
  'play',
  'loadstart',
  'loadedmetadata',
  'loadeddata',
  'canplay',
  'playing',
  'timeupdate',
];

const dir = mkdtempSync(join(tmpdir(), 'wegwijs-play-trace-'));
const results = Object.fromEntries(pages.map((p) => [p, []]));
const load = { start: loadavg().map((n) => Number(n.toFixed(2))) };
let server;
let baseServer;
let browser;
try {
  for (const name of names) {
    await buildPage(dir, name);
    if (base) await buildPage(join(dir, 'base'), name, { repo: base });
  }
  server = await serve(dir, root);
  if (base) baseServer = await serve(join(dir, 'base'), base);
  browser = await launch();
  for (let i = 0; i < runs; i++) {
    for (const name of pages) {
      const { context, page, network } = await openThrottled(browser);
      const url = name.startsWith('base/')
        ? `${baseServer.origin}/${name.slice('base/'.length)}.html`
        : `${server.origin}/${name}.html`;
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(
        () => performance.getEntriesByName('wegwijs-rendered').length,
        null,
        { timeout: 60_000, polling: 50 },
      );
      await page.waitForTimeout(1000); // as measureOnce: the tap comes 1 s after the render
      const before = network.mediaBytes();
      const trace = await playOnce(page, EVENTS);
      trace.mediaBytesBeforeTap = before;
      // After the tap every request; before it (negative times) the media ones.
      trace.requests = network
        .since(trace.tapEpoch - 60_000)
        .filter((r) => r.start >= 60_000 || r.type === 'Media')
        .map((r) => ({
          ...r,
          start: r.start - 60_000,
          end: r.end == null ? null : r.end - 60_000,
        }));
      results[name].push(trace);
      log(`${name} run ${i + 1}: ${trace.play?.toFixed(0)} ms`);
      await context.close();
    }
  }
} finally {
  await browser?.close();
  await server?.close();
  await baseServer?.close();
  rmSync(dir, { recursive: true, force: true });
}
load.end = loadavg().map((n) => Number(n.toFixed(2)));

const ms = (n) => (typeof n === 'number' ? `${n.toFixed(0)}` : '–');
if (args.includes('--json')) console.log(JSON.stringify({ load, runs, results }, null, 2));
else {
  console.log(`load average ${load.start.join(' ')} → ${load.end.join(' ')}; ${runs} runs each`);
  for (const name of pages) {
    const all = results[name];
    console.log(
      `\n${name}: tap → moving video median ${ms(median(all.map((t) => t.play)))} ms ` +
        `[${all.map((t) => ms(t.play)).join(', ')}]; media bytes before the tap median ` +
        `${median(all.map((t) => t.mediaBytesBeforeTap))}; TBT before the tap median ` +
        `${ms(median(all.map((t) => t.tbtBefore)))} ms`,
    );
    for (const t of all) {
      const events = Object.entries(t.events)
        .map(([type, at]) => `${type} ${ms(at)}`)
        .join(' · ');
      const tasks = t.longTasks.map((l) => `${ms(l.start)}+${ms(l.duration)}`).join(' ');
      const requests = t.requests
        .map((r) => `${r.url.split('/').pop()} ${ms(r.start)}→${ms(r.end)}`)
        .join(' · ');
      console.log(`  ${ms(t.play)} ms | ${events}\n    long tasks: ${tasks || 'none'}`);
      console.log(`    requests: ${requests || 'none'}`);
      const states = t.samples.map((x) => `${ms(x.at)}:${x.state.join('/')}`).join(' ');
      console.log(`    readyState/currentTime/buffered: ${states}`);
    }
  }
}
