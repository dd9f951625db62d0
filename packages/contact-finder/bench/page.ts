// Bundled by bench/scale.mjs: index build and filter times in the browser, pure modules only.
import { buildIndex } from '../src/index/contact-index.js';
import { check, indexInSlices, parseText } from '../src/data.js';
import { dutchClock } from '../src/hours.js';
import { parsePostcode } from '../src/postcode.js';
import type { Directory } from '../src/types.js';
import { generateContacts } from '../scripts/generate.mjs';

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

(window as unknown as { runBench: unknown }).runBench = async (n: number) => {
  const directory = generateContacts(n, 42) as Directory;
  const builds: number[] = [];
  let index = buildIndex(directory);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    index = buildIndex(directory);
    builds.push(performance.now() - t);
  }
  // keystrokes: typing words char by char, with and without other filters
  const queries: Parameters<typeof index.filter>[0][] = [];
  const clock = dutchClock(new Date('2026-03-03T09:30:00Z'));
  for (const word of ['fatima', 'turkce', 'buurtteam', 'kovalenko', 'organisatie 12']) {
    for (let i = 1; i <= word.length; i++) {
      queries.push({ query: word.slice(0, i) });
      queries.push({ query: word.slice(0, i), language: 'ar', topic: 'letters' });
      queries.push({
        query: word.slice(0, i),
        postcode: parsePostcode(String(1000 + i * 97)),
        openAt: clock,
      });
    }
  }
  for (const language of ['ar', 'tr', 'pl', 'ti', '']) queries.push({ language, topic: 'money' });
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    index.filter(q);
    times.push(performance.now() - t);
  }
  // The widget reads, checks and indexes a long list in slices (issue 23): the long
  // main-thread tasks (over 50 ms, as the browser reports them) from the fetched text to the
  // index, and the time that takes. The same functions as the widget's (data.ts).
  const text = JSON.stringify(directory);
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 100)); // stringify's own task, unobserved
  longTasks.length = 0;
  performance.mark('wegwijs-sliced-start'); // scale.mjs reads the tasks between the marks
  const t = performance.now();
  const parsed = await parseText(text, 'contacts.json');
  const checked = await check(parsed.data);
  await indexInSlices(checked.data!, []);
  const sliced = performance.now() - t;
  performance.mark('wegwijs-sliced-end');
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the observer report
  observer.disconnect();
  return {
    n,
    build: stats(builds),
    filter: stats(times),
    keystrokes: times.length,
    sliced: { ms: sliced, longTasks: longTasks.length, longest: Math.max(0, ...longTasks) },
  };
};
