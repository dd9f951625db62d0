#!/usr/bin/env node
// CI size budgets (brotli, quality 11). Sizes are deterministic, so they are asserted; timings
// are not (see run.mjs). Each budget is one check; a widget that does not exist yet is skipped.
// Ends with a line `N passed, N failed`; exits 1 when a budget is exceeded.
// Usage: node packages/bench/budgets.mjs [--json]
import { measureLoader, measureTogether, probe, widgets } from './lib/size.mjs';

const kB = 1024;
/** Budgets in brotli bytes; kB = 1024 bytes, as packages/tools/bin/size.mjs prints them. */
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
 * Widgets that do not meet their issue budget yet, each with a ceiling (the measured size when
 * the exception was written, plus a little) and the reason. Over the budget but under the
 * ceiling is reported as "OVER" — not a pass — and does not fail CI; above the ceiling fails.
 * Remove an entry as soon as the widget meets its budget: the ceiling only stops regressions.
 */
export const knownOver = {
  'video-explainer+player': {
    ceiling: 20.2 * kB,
    reason:
      'issue #18: the one WebVTT reader decodes numeric character references and recovers a cue after a missing blank line (+~60 B on 19.96 kB)',
  },
};

const started = performance.now();
const checks = [];
const check = (name, what, size, budget, note = '', status) =>
  checks.push({
    name,
    what,
    brotli: size?.brotli ?? null,
    served: size?.served ?? null,
    budget,
    status: status ?? statusOf(name, size, budget),
    note:
      !status &&
      size &&
      size.brotli > budget &&
      knownOver[name] &&
      size.brotli <= knownOver[name].ceiling
        ? `${note ? `${note}; ` : ''}known: ${knownOver[name].reason} (ceiling ${(knownOver[name].ceiling / kB).toFixed(1)} kB)`
        : note,
  });

function statusOf(name, size, budget) {
  if (!size) return 'skip';
  if (size.brotli <= budget) return 'pass';
  const known = knownOver[name];
  return known && size.brotli <= known.ceiling ? 'OVER' : 'FAIL';
}

// A widget whose define.ts does not exist is skipped; one that exists but does not bundle fails.
const probes = await Promise.all(widgets.map(probe));
const present = widgets.filter((w, i) => probes[i].ok);
const broken = Object.fromEntries(
  widgets.map((w, i) => [w.name, probes[i].error]).filter(([, e]) => e),
);

const loader = await measureLoader(present.map((w) => w.name));
check(
  'loader',
  'wegwijs.js (the file itself)',
  loader.file,
  budgets.loader,
  loader.upfrontFiles > 1
    ? `imports ${loader.upfrontFiles - 1} chunk(s) statically: ${loader.upfront.brotli} B up front`
    : '',
);

const byName = Object.fromEntries(
  widgets.map((w, i) => [w.name, probes[i].result]).filter(([, r]) => r),
);

for (const w of widgets) {
  const r = byName[w.name];
  const eagerNote = r?.eagerChunks
    ? `incl. ${r.eagerChunks} chunk(s) define.ts fetches at once with import()`
    : '';
  const note = r
    ? eagerNote
    : broken[w.name]
      ? `does not bundle: ${broken[w.name]}`
      : `not built yet (${w.define} missing)`;
  if (broken[w.name]) {
    const names = w.name === 'video-explainer' ? [w.name, 'video-explainer+player'] : [w.name];
    for (const n of names)
      check(n, 'define entry + core + Lit, up front', null, budgets[n], note, 'FAIL');
    continue;
  }
  if (w.name === 'video-explainer') {
    check(w.name, 'facade: define entry + core + Lit, up front', r?.upfront, budgets[w.name], note);
    check(
      'video-explainer+player',
      'facade + full player (controls, captions, chapters, transcript, audio description)',
      r?.full ?? null,
      budgets['video-explainer+player'],
      r && !r.full ? 'no lazy player chunk found' : note,
    );
  } else if (w.name === 'contact-finder') {
    check(
      w.name,
      'define entry + core + Lit, up front (CSV parser lazy)',
      r?.upfront,
      budgets[w.name],
      r?.csvParserUpfront ? 'papaparse is in the up-front code: make it a lazy import' : note,
    );
  } else {
    check(w.name, 'define entry + core + Lit, up front', r?.upfront, budgets[w.name], note);
  }
}

if (present.length === widgets.length) {
  const together = await measureTogether(present.map((w) => w.define));
  check(
    'together',
    'one bundle importing all four define entries',
    together.upfront,
    budgets.together,
  );
} else {
  const missing = widgets.length - present.length;
  check(
    'together',
    'one bundle importing all four define entries',
    null,
    budgets.together,
    `${missing} widget(s) missing or not bundling`,
  );
}

if (process.argv.includes('--json')) console.log(JSON.stringify({ checks }, null, 2));
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const fmt = (b) => (b == null ? '-' : `${(b / kB).toFixed(2)} kB`);
console.log(
  `${pad('budget', 24)} ${padL('brotli', 10)} ${padL('limit', 10)}  status  ${padL('per file', 10)}  what`,
);
for (const c of checks) {
  console.log(
    `${pad(c.name, 24)} ${padL(fmt(c.brotli), 10)} ${padL(fmt(c.budget), 10)}  ${pad(c.status, 6)}  ${padL(fmt(c.served), 10)}  ${c.what}${c.note ? ` — ${c.note}` : ''}`,
  );
}
const passed = checks.filter((c) => c.status === 'pass').length;
const failed = checks.filter((c) => c.status === 'FAIL').length;
const skipped = checks.filter((c) => c.status === 'skip').length;
const over = checks.filter((c) => c.status === 'OVER').map((c) => c.name);
console.log(
  `(kB = 1024 bytes; brotli of the files as one = the code's size, the budget; per file = each file compressed on its own, as a CDN serves them; ${skipped} skipped; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
if (over.length)
  console.log(`NOT MET (known, under ceiling): ${over.join(', ')} — see knownOver in budgets.mjs`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
