#!/usr/bin/env node
// CI size budgets, measured on the files that ship: packages/embed/dist/cdn (build first).
// Each file brotli-compressed on its own (quality 11), as a CDN serves it, summed over what a
// page downloads before the widget renders: what the loader preloads for the tag and for the
// content form of its example (see lib/served.mjs). The loader has its own budget; "together"
// is a page with all four widgets, the loader included. Sizes are deterministic, so they are
// asserted. Ends with a line `N passed, N failed`; exits 1 when a budget is exceeded.
// Usage: node packages/bench/budgets.mjs [--json]
import { cdnFiles, exampleForm } from './lib/served.mjs';
import { fullFeatureModules } from './lib/size.mjs';

const kB = 1024;
/** Budgets in bytes served (per-file brotli, summed); kB = 1024 bytes. */
export const budgets = {
  loader: 3 * kB,
  'step-guide': 15 * kB,
  'video-explainer': 12 * kB,
  'video-explainer+player': 20 * kB,
  'letter-explainer': 16 * kB,
  'contact-finder': 16 * kB,
  'question-helper': 14 * kB,
  together: 45 * kB,
};

/**
 * Budgets not met yet, each with a ceiling (the size measured when the exception was written,
 * plus a little) and the reason. Over the budget but under the ceiling is reported as "OVER"
 * (not a pass) and does not fail CI; above the ceiling fails. Remove an entry as soon as the
 * widget meets its budget: the ceiling only stops regressions.
 */
export const knownOver = {
  loader: {
    ceiling: 3.6 * kB,
    reason:
      'carries the sha256 hash of every file it preloads (about 45, 1.8 kB) since issue 17, for integrity of the whole graph',
  },
  'step-guide': {
    ceiling: 36.5 * kB,
    reason:
      'measured per file as served since issue 17 (28 files, with core and the pictogram loader it preloads); the content check of issue 18 (Dutch problem messages, profile) rides in the JSON path (+5.5 kB); issue 23 makes editor-only code lazy and cuts the chunks',
  },
  'video-explainer': { ceiling: 15 * kB, reason: 'per file as served since issue 17; issue 23' },
  'video-explainer+player': {
    ceiling: 25 * kB,
    reason: 'per file as served since issue 17; issue 23',
  },
  'letter-explainer': {
    ceiling: 33.5 * kB,
    reason:
      'per file as served since issue 17; the content check of issue 18 in the JSON path (+5.7 kB); issue 23',
  },
  'contact-finder': {
    ceiling: 37 * kB,
    reason:
      'per file as served since issue 17; icons, read aloud, share and next opening of issue 26 (+2.2 kB); the content check of issue 18 (+4.8 kB); issue 23',
  },
  'question-helper': { ceiling: 30 * kB, reason: 'per file as served since issue 17; issue 23' },
  together: {
    ceiling: 68 * kB,
    reason: 'per file as served since issue 17; issues 18 and 26 as above; issue 23',
  },
};

const started = performance.now();
const cdn = cdnFiles();
const checks = [];
function check(name, what, files, note = '') {
  const size = cdn.measure(files);
  const budget = budgets[name];
  const known = knownOver[name];
  const status =
    size.served <= budget ? 'pass' : known && size.served <= known.ceiling ? 'OVER' : 'FAIL';
  checks.push({
    name,
    what,
    files: size.files,
    served: size.served,
    raw: size.raw,
    budget,
    status,
    note: status === 'OVER' ? `${note ? `${note}; ` : ''}known: ${known.reason}` : note,
  });
  return size;
}

check('loader', 'wegwijs.js, one self-contained file', ['wegwijs.js']);
const byName = Object.fromEntries(cdn.widgets.map((w) => [w.file, w]));
const firstRender = (w) => cdn.firstRender(w).filter((f) => f !== 'wegwijs.js');
for (const name of [
  'step-guide',
  'video-explainer',
  'letter-explainer',
  'contact-finder',
  'question-helper',
]) {
  const w = byName[name];
  const files = firstRender(w);
  const what = `<${w.tag}> with ${exampleForm(w)} content: its preloaded files`;
  if (name === 'contact-finder') {
    const parser = cdn.graph.entries['node_modules/papaparse/papaparse.min.js'];
    check(name, what, files, files.includes(parser) ? 'the CSV parser is in: keep it lazy' : '');
    if (files.includes(parser)) checks.at(-1).status = 'FAIL';
  } else check(name, what, files);
  if (name === 'video-explainer')
    check(
      'video-explainer+player',
      'facade + full player (controls, captions, chapters, transcript, audio description)',
      [...files, ...cdn.withModules(fullFeatureModules['video-explainer'])],
    );
}
check(
  'together',
  'a page with all four: the loader and every file preloaded for them',
  ['step-guide', 'video-explainer', 'letter-explainer', 'contact-finder'].flatMap((n) =>
    cdn.firstRender(byName[n]),
  ),
);

if (process.argv.includes('--json')) console.log(JSON.stringify({ checks }, null, 2));
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const fmt = (b) => (b == null ? '-' : `${(b / kB).toFixed(2)} kB`);
console.log(
  `${pad('budget', 24)} ${padL('served', 10)} ${padL('limit', 10)}  status  ${padL('files', 5)}  what`,
);
for (const c of checks)
  console.log(
    `${pad(c.name, 24)} ${padL(fmt(c.served), 10)} ${padL(fmt(c.budget), 10)}  ${pad(c.status, 6)}  ${padL(c.files, 5)}  ${c.what}${c.note ? ` — ${c.note}` : ''}`,
  );
const passed = checks.filter((c) => c.status === 'pass').length;
const failed = checks.filter((c) => c.status === 'FAIL').length;
const over = checks.filter((c) => c.status === 'OVER').map((c) => c.name);
console.log(
  `(dist/cdn; kB = 1024 bytes; served = each file brotli-compressed on its own, summed; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
if (over.length)
  console.log(`NOT MET (known, under ceiling): ${over.join(', ')} — see knownOver in budgets.mjs`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
