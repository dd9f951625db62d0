#!/usr/bin/env node
// CI size budgets, measured on the files that ship: packages/embed/dist/cdn (build first).
// Each file brotli-compressed on its own (quality 11), as a CDN serves it, summed over what a
// page downloads before the widget renders: what the loader preloads for the tag and for the
// content form of its example (see lib/served.mjs). The loader has its own budget; "together"
// is a page with all four widgets, the loader included. Sizes are deterministic, so they are
// asserted. Ends with a line `N passed, N failed`; exits 1 when a budget is exceeded.
// Usage: node packages/bench/budgets.mjs [--json]   (WEGWIJS_CDN_DIR: another CDN build, with
// its cdn-graph.json next to it, as the bench makes one). Imported (the bench's report), it
// only gives its tables.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnFiles, exampleForm } from './lib/served.mjs';
import { fullFeatureModules } from './lib/size.mjs';

const kB = 1024;
/** Budgets in bytes served (per-file brotli, summed); kB = 1024 bytes. Issue 23's targets. */
export const budgets = {
  loader: 3 * kB,
  'step-guide': 15 * kB,
  'video-explainer': 13 * kB,
  'video-explainer+player': 22 * kB,
  'video-explainer warm': 10 * kB,
  'letter-explainer': 17 * kB,
  'contact-finder': 14 * kB,
  'question-helper': 14 * kB,
  together: 40 * kB,
};

/**
 * Budgets not met yet, each with a ceiling (the size measured when the exception was written,
 * plus a little) and the reason. Over the budget but under the ceiling is reported as "OVER"
 * (not a pass) and does not fail CI; above the ceiling fails. Ceilings include the third-party
 * licence comments the CDN files keep since issue 24 (Lit, papaparse: 0.1–0.4 kB per page).
 * Lowered to the figures of the split shared file (Session 9); never raise one without a
 * reason here. Remove an entry as soon as the widget meets its budget: the ceiling only stops
 * regressions.
 */
export const knownOver = {
  'step-guide': {
    ceiling: 29.6 * kB,
    reason:
      'the guide with its view, markup reader and schema with its content check (one file, 14.8 kB: the schema joined it so that JSON content needs no seventh request), the shared file (Lit, element base, content loading, 11.6 kB) and core elements’ file (read aloud, language switch, 3.7 kB); was 31.14 kB before the shared file was split (issue 23, Session 9), 35.96 kB in 29 files before issue 23; a page with editor markup now pays the schema too (25.2 → 30.1 kB); raised 30.5 → 30.75 kB in Session 10 (30.33 → 30.50 kB): the shared file takes over the content request the loader started (one round trip less) and canonicalises each language code once; lowered 30.75 → 30.32 kB in Session 11 (30.55 → 30.07 kB): Lit’s live directive left the shared file for the two forms that use it (−0.36 kB), and each file imports from another in one statement with short names (−0.12 kB); lowered again in Session 11 by read aloud and the language switch declaring their properties statically instead of with decorators (no decorator runtime in core elements’ file): 30.07 → 29.35 kB; 29.43 → 29.51 kB in step-cls (under the ceiling): the guide’s file imports core elements’ file (already preloaded with it) instead of fetching it in a timer after the first render, so the language switch is upgraded in that render and pushes nothing down (bench page CLS 0.052 → 0)',
  },
  'video-explainer': {
    ceiling: 15.41 * kB,
    reason:
      'the facade (3.6 kB) and the shared file (Lit, element base, content loading, localisation: 11.6 kB); was 21.12 kB before core elements’ file (read aloud, language switch, rich text) left the shared file (issue 23, Session 9), 14.01 kB when it fetched 13 files; raised 15.5 → 15.75 kB for the quick start (15.31 → 15.61 kB: the metadata fetched when on screen and idle by core’s Save-Data rule, the player’s first render after the first frame; play went from ~640 ms to ~240 ms on a busy machine); 16 kB with the loader’s content prefetch in the shared file (15.80 kB); lowered 16 → 15.61 kB in Session 11 (15.76 → 15.36 kB): Lit’s live directive left the shared file for the two forms that use it (contact finder, question helper), and each file imports from another in one statement with short names; lowered 15.61 → 15.41 kB in Session 12 (15.28 → 15.16 kB): the facade names its language versions with core’s endonyms (in the shared file) instead of a copy of its own',
  },
  'video-explainer+player': {
    ceiling: 26.27 * kB,
    reason:
      'the facade above plus the full player (4 files, with its own copy of the speech controller); was 31.13 kB before the shared file was split (issue 23, Session 9), 24.08 kB in 19 files; public names across view files stay (a build-side property mangler is the lever); raised 26.5 → 27 kB with the facade (the quick start: 26.19 → 26.50 kB) and the content prefetch in the shared file (26.67 kB); lowered 27 → 26.48 kB in Session 11 (26.65 → 26.23 kB): Lit’s live directive left the shared file, and each file imports from another in one statement with short names; lowered 26.48 → 26.27 kB in Session 12 (26.16 → 26.02 kB): core’s endonyms instead of the facade’s own copy',
  },
  'letter-explainer': {
    ceiling: 32.75 * kB,
    reason:
      'one file with the letter view, its rich text and its content check (12.2 kB), the shared file and core elements’ file; was 29.80 kB before the shared file was split (issue 23, Session 9), 32.64 kB in 29 files; lowered 28 → 27.68 kB in Session 11 (27.92 → 27.43 kB): Lit’s live directive left the shared file for the two forms that use it, and each file imports from another in one statement with short names; lowered again in Session 11 by read aloud and the language switch declaring their properties statically instead of with decorators (no decorator runtime in core elements’ file): 27.43 → 26.82 kB; raised 27.07 → 32.75 kB in Session 12 (26.82 → 32.49 kB): the parts that shape the first view (the deadline with its sentence from the letter and the objection steps, read aloud) moved into the widget file, fetched with the content instead of after the first view, where they pushed the answers down when they landed (bench page CLS 0.137 → 0); the page downloads about the same (the four files they were: 5.35 kB, now +5.81 kB in one file; the editors’ deadline proposal left it), with four requests fewer',
  },
  'contact-finder': {
    ceiling: 30.2 * kB,
    reason:
      'one file with the finder, its content check, icons, share and opening hours (17.6 kB) and the shared file (11.6 kB); was 35.68 kB before read aloud and the language switch left the shared file (issue 23, Session 9), 36.16 kB in 25 files; raised 29.5 → 29.75 kB in Session 10 (29.38 → 29.57 kB): the shared file takes over the content request the loader started (one round trip less) and canonicalises each language code once; raised 29.75 → 30.2 kB in Session 12 (29.62 → 29.95 kB): the first render in tasks (the form first, then the cards a few per frame; the check and the index in slices for lists of any length)',
  },
  'question-helper': {
    ceiling: 24.23 * kB,
    reason:
      'the helper with its first screen (intro, life domains, privacy sentence) and its schema (one file, 9.7 kB with Lit’s licence comment: the schema joined it so that JSON content needs no seventh request), the shared file and core elements’ file; the steps after the first screen (statements, how, the card with print, share, copy and hand-over, 4.8 kB) are fetched right after the first render and the markup reader only with editor markup (issue 23, Session 11: 28.07 → 24.63 kB; then 23.98 kB with read aloud and the language switch declaring their properties statically, without the decorator runtime); was 29.64 kB before the shared file was split (issue 23, Session 9), 29.0 kB in 25 files',
  },

  together: {
    ceiling: 72.4 * kB,
    reason:
      'each widget takes its own copy of the stateless content check (valibot, rules) and of rich text, so a page with all four pays them up to four times; was 67.25 kB before the shared file was split (issue 23, Session 9), 67.05 kB in 46 files; raised 66 → 67 kB in Session 10 (66.78 kB) for the loader fetching content files with the code and each language code canonicalised once (65.88 → 66.27 kB: one round trip less, 150 ms on slow 4G) and the video quick start (+0.3 kB: play from ~640 to ~150 ms), problems worded from one table (+0.1 kB); lowered 67 → 66.86 kB in Session 11 (66.78 → 66.61 kB): each file imports from another in one statement with short names (−0.22 kB; the contact finder’s own copy of Lit’s live directive +0.05 kB); lowered again in Session 11 by read aloud and the language switch declaring their properties statically instead of with decorators (no decorator runtime in core elements’ file), and the question helper’s later steps after its first render: 66.61 → 66.07 kB; raised 66.32 → 72 kB in Session 12 (66.01 → 71.73 kB): the letter’s first view takes its deadline and read aloud (see the letter above); 72 → 72.4 kB for the contact finder’s first render in tasks (72.14 kB)',
  },
};

/**
 * Requests and sequential round trips before a widget has rendered (issue 23), counted on the
 * CDN build: the page, the loader, every file the loader preloads for the tag and its content
 * form and the content file (all fetched together). Deterministic, so asserted: 2 trips after
 * the HTML (the loader, then the widget's files with its content).
 */
export const requestBudgets = { widget: 6, together: 15, roundTrips: 2 };

/** The checks of a CDN build (default: dist/cdn): `{ checks, requestChecks }`. */
export function runBudgets(dir = process.env.WEGWIJS_CDN_DIR) {
  const cdn = dir ? cdnFiles(dir, join(dirname(dir), 'cdn-graph.json')) : cdnFiles();
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

  /**
   * The requests of a page with `widgets` (each with its example content) before they render,
   * and the sequential round trips after the page: the loader, then the preloaded files and the
   * content file together (a file one of them imports that the loader did not preload is found
   * only when that one arrives: one more trip per level; content the loader does not prefetch
   * is fetched by the widget's code: one more trip).
   */
  function requests(widgets) {
    const files = new Set(['wegwijs.js']);
    let depth = 0;
    let content = 0;
    for (const w of widgets) {
      const preloaded = cdn.firstRender(w);
      for (const f of preloaded) files.add(f);
      // Levels of files imported statically but not preloaded.
      let level = preloaded.filter((f) => f !== 'wegwijs.js');
      let trips = 2; // the loader, then its preloads
      const seen = new Set(preloaded);
      for (;;) {
        const next = level.flatMap((f) => cdn.graph.static[f] ?? []).filter((f) => !seen.has(f));
        if (next.length === 0) break;
        for (const f of next) {
          seen.add(f);
          files.add(f);
        }
        level = [...new Set(next)];
        trips += 1;
      }
      if (w.example.src) {
        content += 1;
        // The loader fetches the content file together with the code when the build says it
        // does (cdn-graph.json `prefetch`; proved in Chromium by packages/embed/test/cdn.test.ts),
        // else the widget's code fetches it once it runs: one trip after the code.
        const form = exampleForm(w);
        trips = cdn.graph.prefetch?.[w.tag]?.includes(form) ? Math.max(trips, 2) : trips + 1;
      }
      depth = Math.max(depth, trips);
    }
    return { requests: 1 + files.size + content, roundTrips: depth };
  }
  function checkRequests(name, what, widgets, limit) {
    const { requests: count, roundTrips } = requests(widgets);
    const ok = count <= limit && roundTrips <= requestBudgets.roundTrips;
    requestChecks.push({
      name,
      what,
      requests: count,
      limit,
      roundTrips,
      status: ok ? 'pass' : 'FAIL',
    });
  }
  const requestChecks = [];

  check('loader', 'wegwijs.js, one self-contained file', ['wegwijs.js']);
  const byName = Object.fromEntries(cdn.widgets.map((w) => [w.file, w]));
  /** The widget pages measured, for bytes and for requests alike. */
  /** The page with all four original widgets, for bytes and for requests alike. */
  const allFour = ['step-guide', 'video-explainer', 'letter-explainer', 'contact-finder'];
  const widgetPages = [
    'step-guide',
    'video-explainer',
    'letter-explainer',
    'contact-finder',
    'question-helper',
  ];
  const firstRender = (w) => cdn.firstRender(w).filter((f) => f !== 'wegwijs.js');
  for (const name of widgetPages) {
    const w = byName[name];
    const files = firstRender(w);
    const what = `<${w.tag}> with ${exampleForm(w)} content: its preloaded files`;
    if (name === 'contact-finder') {
      const parser = cdn.graph.entries['node_modules/papaparse/papaparse.min.js'];
      check(name, what, files, files.includes(parser) ? 'the CSV parser is in: keep it lazy' : '');
      if (files.includes(parser)) checks.at(-1).status = 'FAIL';
    } else check(name, what, files);
    if (name === 'video-explainer') {
      // Fetched before the first tap when the facade is visible and the browser idle (on
      // Save-Data or 2G at pointer-down): what warming costs a resident who never presses play.
      const warm = cdn.graph.keys[`${w.tag} warm`] ?? [];
      check(
        'video-explainer warm',
        'the full player the loader warms (visible + idle; Save-Data/2G: pointer-down)',
        warm,
        warm.length ? '' : 'nothing is warmed',
      );
      if (!warm.length) checks.at(-1).status = 'FAIL';
    }
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
    allFour.flatMap((n) => cdn.firstRender(byName[n])),
  );

  for (const name of widgetPages)
    checkRequests(
      name,
      `a page with <${byName[name].tag}> and its example content`,
      [byName[name]],
      requestBudgets.widget,
    );
  checkRequests(
    'together',
    'a page with all four widgets',
    allFour.map((n) => byName[n]),
    requestBudgets.together,
  );

  return { checks, requestChecks };
}

const isScript = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isScript) {
  const started = performance.now();
  const { checks, requestChecks } = runBudgets();
  if (process.argv.includes('--json'))
    console.log(JSON.stringify({ checks, requestChecks }, null, 2));
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
  console.log(
    `\n${pad('requests before render', 24)} ${padL('requests', 10)} ${padL('limit', 10)}  ${padL('trips', 5)}  status  what`,
  );
  for (const c of requestChecks)
    console.log(
      `${pad(c.name, 24)} ${padL(c.requests, 10)} ${padL(c.limit, 10)}  ${padL(`${c.roundTrips}/${requestBudgets.roundTrips}`, 5)}  ${pad(c.status, 6)}  ${c.what}`,
    );
  const all = [...checks, ...requestChecks];
  const passed = all.filter((c) => c.status === 'pass').length;
  const failed = all.filter((c) => c.status === 'FAIL').length;
  const over = checks.filter((c) => c.status === 'OVER').map((c) => c.name);
  console.log(
    `(dist/cdn; kB = 1024 bytes; served = each file brotli-compressed on its own, summed; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (over.length)
    console.log(
      `NOT MET (known, under ceiling): ${over.join(', ')} — see knownOver in budgets.mjs`,
    );
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
