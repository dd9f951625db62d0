// The targets of issue 23, each with its figure from this run and whether it is met; for one
// that is not, why and what was tried (`notes`, kept here beside the target it explains: update
// them when a change moves a figure). Read by report.mjs; figures only from docs/benchmarks.json.
import { budgets } from '../budgets.mjs';

const kB = 1024;
const kb = (n) => (n == null ? '–' : `${(n / kB).toFixed(2)} kB`);
const ms = (n) => (n == null ? '–' : `${Math.round(n)} ms`);

/** Why a target is not met and what was tried (shown only when it is not met). */
export const notes = {
  requests:
    'Counted on the CDN build by `budgets.mjs` (checked in CI); see its request table for the page that is over.',
  rendered:
    'A widget renders after 2 round trips after the HTML (the loader, then its files and its content file together: the loader fetches the content as the widget would and hands the request over); the native `<video>` page needs 1. Over slow 4G each round trip is 150 ms plus transfer, so 1.3 × native is ~2 round trips. On this busy machine the 4× CPU slowdown comes on top of the load, and a widget page runs far more script than the native page. Tried: one file per widget plus one shared file, all preloaded by the loader at once, the content file with them (issue 23). Session 13, the letter (its page rendered latest, 2.0–2.4 s): it took a third round trip for its markup reader (imported once the content had arrived, to check the editor’s letter beside the content file) and a fourth for its glossary and tips (requested after the first view, which the rendered mark waits for), and its first view’s deadline field was the page’s first date field (Chromium loads the field’s locale data: 57–65 ms at 4× inside the first view’s task). Now the loader preloads the reader with the code when the editor’s letter is beside a JSON file (`beside` in widget-list.json), fetches the glossary and tips once the files before the first view are in (`after`), and makes one unattached date field in a task of its own while the files download: rendered 2392 → 2050 ms (medians of 9 alternating rounds, paired difference −339 ms), CLS 0, same requests and bytes, loader +0.15 kB. The letter’s bench page, with the editor’s letter beside its content file, so makes 7 requests before its first view (in 2 round trips; before: 7 in 3), where the request budget, which counts each widget’s example content alone, counts 6. What is left there is CPU at 4× (the first view ~415 ms to build and ~215 ms to lay out and paint, marking the glossary’s terms after it ~200 ms) and ~45 kB in the second round trip.',
  allFour:
    'Four widgets, their shared file and four content files over one slow-4G connection, and four first renders on a throttled CPU; see the all-four row of the size table for the bytes. Its layout shift (CLS 0.16 in Session 12’s run, `node packages/bench/shifts.mjs all`): 0.11–0.12 where the video explainer (404 × 114 px in view) is the moved node, but the cause is the step guide above it growing from 512 to 1291 px in the same frame, when it renders its content file (7 steps, the page’s markup had 5) with its chrome; the facade replacing the `<video>` shifts nothing on this page (the widget keeps its top, what follows is out of view; `shifts.mjs` now names the Wegwijs elements that changed size at each shift), 0.05 from the step guide’s language switch (see the first-render target); none from the letter since Session 12. Session 13: the step guide’s page markup is now its content file’s seven steps as Studio’s markup snippet writes them (the editor’s markup that the guide upgrades, not a different text), and the 0.11–0.12 is gone; with the language switch in the guide’s first render too, `shifts.mjs --runs 3 all` gives 0.019, 0 and 0: the 0.019 is the guide’s own box, whose top moves up 20 px when it upgrades after the editor’s markup was painted (before, an element the browser does not know yet is inline, and its first heading’s margin of 20 px collapses through it), in the runs where the markup is painted first.',
  play: 'The facade starts its own `<video>` inside the tap and loads the full player beside it; that video’s metadata and first frame are fetched once it is on screen and the browser is idle (not on Save-Data or 2G, and on pointer-down there), so where the bench taps before that idle moment, play waits a round trip for them (150 ms latency on slow 4G), which the native page, whose `<video>` fetches its metadata at load, does not. The figure swings with that: met in Session 12’s run (59 against 72 ms), 1.52 × in Session 13’s (120 against 79 ms); in 7 rounds alternating the two pages right after that run the video explainer took 45–304 ms (median 93) and native 53–82 ms (median 72): 1.29 ×. Not tried: fetching the metadata at load, which costs every resident who never presses play the video’s first bytes (the warm row below counts only the player’s code).',
  tbt: (json) =>
    `${nativeTbt(json)}Long tasks of the first render (Lit templates, styles) on a 4× throttled CPU, made longer by any other load on the machine: a task is wall-clock time, so a slice of 8 ms of work that is descheduled counts as long. Tried: the contact finder reads, checks and indexes a long list in slices of 8 ms (\`scheduler.yield()\`, else a MessageChannel message). Done in Session 11, each found in profiles: the contact finder built \`Intl.DisplayNames\` for every language while indexing at first render (the browser loads its language-name tables: 155–650 ms self time at 4× CPU on a loaded machine); it now reads language names at the first name search, warmed when the search field gets focus. The letter sorted its glossary with \`localeCompare\` (its first call loads the collation data: 60–150 ms at 4×), searched the letter for terms on each of ~10 renders, and marked terms, found the deadline and numbered in one task; now a sort without a collator, the terms found once per content, and those steps in separate tasks. What is left: one task that evaluates the modules, defines and upgrades the elements and renders them (Lit template preparation and cloning), the first \`localStorage\` read of the page (the resident's language, 60–90 ms at 4× on a loaded machine; since Session 12 the loader loads the storage while the widget’s files download), \`speechSynthesis\` getting its voices, and style and layout of the first render (300–500 ms on the contact finder; \`content-visibility: auto\` on its result cards halved the elements styled and laid out, but was not shipped: text of cards out of view is then missing from \`innerText\`, which tools that read the page may use). Done in Session 12 (contact finder, found with \`profile.mjs --base\`): through the CDN loader its content check, public holidays, first Intl formatter (the browser’s locale data: 190–230 ms self time at 4× on a loaded machine), index and first render of form and ten cards ran in one task; now the check pauses every 4 contacts and the index every 8 for any length of list, Intl’s data loads in a task of its own, the form comes first and the cards a frame later, 8 ms of cards per frame (the final list is the same). The most elements styled in one task fell from 603 to 179 and layout objects from 1,156 to 254–371; the longest task by thread time from 956–1,171 ms to 324–570 ms. Left: the first card’s task prepares all of a card’s Lit templates (about 25, each a fragment parse), and the first task evaluates the code and reads the page language from \`localStorage\`.`,
  longTask100k: (json) =>
    `Before this change (the same script on the code of main, on the same busy machine the same morning) the longest task was 13,897 ms among 15 (one JSON.parse of 30 MB, then the check and the tail of the index each in one go); in this run the longest is ${ms(json.scale?.data?.results?.find((r) => r.n === 100_000)?.sliced?.longest)}. Every step of the data path yields within 8 ms of work: JSON parsed in 64 kB pieces after a scan that yields every 256 kB, the content check 32 contacts at a time, the profile look 250 at a time, the index 64 at a time and its haystack 4,096 documents at a time. What is left: garbage collection of a 30 MB text and its 100,000 objects (V8 runs its final pause inside whatever task is running) and, on this loaded machine, slices that were descheduled (a long task is wall-clock time). Not tried: a worker (a same-origin file and \`worker-src\` under a strict CSP, and the contacts would come back by structured clone, itself one long task unless sent in batches).`,
  filter:
    'Filtering is bitset intersections plus one `indexOf` scan of the folded text per new word; the median is far below the target, the 95th percentile is the first letter of a word (the longest scan).',
  firstRender:
    'Between define and rendered the guide does what the bare Lit element does not: it reads the page language (the page’s first localStorage read, a synchronous round trip to the browser), attaches a shadow root with the base styles and parses its own stylesheet, reads and audits the editor’s markup, and prepares 16 Lit templates (the reference: 3) for 52 template instances (15), over three updates of the element. No single part dominates: in sampled profiles of the define-with-view page (4× CPU, 8 loads on a loaded machine, Session 11) rendering the steps with Lit took ~31 %, reading and auditing the markup ~13 %, the page language with its storage read ~16 %, the two stylesheets ~8 %, building the templates’ values ~8 %. The read-aloud buttons, the language switch and the pictograms come in later tasks, after the first render, so they are not in this figure. The ratio is the median of rounds that load the guide and the reference back to back (before Session 11 each variant ran in one stretch, and the ratio swung 1.65–3.73 × between runs of the same code). Done (Session 11): one shadow-root template for loading and rendered, only the slot’s name changes (18 → 16 template preparations, 54 → 52 instances). Tried: one template per step instead of six (no difference above the noise of the loaded machine, and a view harder to read). Session 12, main-thread CPU (trace thread clock) per phase of the same page, mean of 10 loads at a load of 12–16: define → connected 25 ms (class finalisation, upgrade, constructor), connecting 42 ms (page language, shadow root and base sheets, the guide’s stylesheet), reading and auditing the markup 42 ms, the first (loading) shadow render 32 ms (mostly Lit’s first use on the page, which the reference pays too), rendering the steps into the light DOM 117 ms, the rest ~20 ms. The first localStorage access, timed alone in a page at 4×: 8–58 ms for `localStorage` and 5–138 ms for the first `getItem` (a wait, not CPU: it swings with the load), later reads ~0.1 ms, so the checkmarks’ read after the language costs nothing. Tried in Session 12: one template per step in the all-steps view (item, number, heading, button and label in one: 16 → 12 template preparations, 52 → 24 instances): 327 → 298 ms CPU (means of 3 × 5 alternating loads, single means 257–372 ms), inside the noise and a view harder to read, so not taken. What is left is Lit’s work per instance and what the guide must do before residents see it (their language, their checkmarks, the content check, the styles). Done in Session 12, outside the guide: the CDN loader loads the device storage while the widget’s files download (`packages/embed/src/warm-storage.ts`), so through the loader the first render no longer pays the page’s first storage access; this figure is of the page without the loader (define-with-view), where the guide still pays it. Found at the end of Session 12, once the bench pages went through the CDN loader, and fixed in Session 13: the step guide page had a layout shift of 0.05 (`node packages/bench/shifts.mjs step-guide`): core’s language switch in the guide’s bar upgraded after the first render (the guide fetched core’s elements in a timer after it) and on a 412 px phone took a row of its own, pushing the view buttons and the steps 52 px down. Now `define-with-view` (the CDN loader’s file, which already preloaded core elements’ file with it) imports core’s elements up front, so the switch is in the first render: CLS 0.052 → 0 in 3 of 3 runs, +0.08 kB; the first render’s task styles more (elements styled 117 → 144, layout objects 179 → 189). Tried and dropped: keeping the switch’s place with CSS while it is undefined (a 44 px row): at 200 % text the upgraded switch wraps and is 88 px taller, and on a desktop it would take a row of its own. `packages/step-guide/test/switch-shift.test.ts` holds back the switch’s definition and compares positions (304, 396, 960 px; markup and JSON; Dutch, Arabic, 200 % text). What it costs this figure: the guide’s first render now also defines and renders the language switch and the open step’s read-aloud button, so the run after the change measured 3.32 × (main-thread CPU 182 against 51 ms, 3.04 ×), the run before it 2.39 × (CPU 161 against 45 ms, 2.88 ×): about 20 ms of CPU at 4×, for a guide that no longer moves 52 px after it is painted. See the first-render script output.',
  sizes:
    "Every page pays the shared file (Lit, element base, content loading, localisation: 11.5 kB served) before its own file; the step guide, the letter and the question helper, which render read-aloud buttons and the language switch, also core elements' file (read aloud, language switch: 3.0 kB). Lit alone is ~6 kB of that, and the rest is what every widget needs before its first render (the element base with its theme tokens, content loading, the page language and its strings), so with the fixed stack no single-widget target below ~12 kB (~15 kB with read aloud) can be met; the targets of 13–15 kB leave each widget 0–3 kB of its own. Done in Session 9 (issue 23): the shared file split in two (−5.9 kB for the video facade and the contact finder); rich text and the markup reader's rules copied into the files that use them (−1.9 kB letter, −2.3 kB question helper, −5.2 kB for the video facade with editor markup); the step guide's and the question helper's schema joined their widget file, so JSON content needs six requests, not seven (a step guide with editor markup now pays the schema: 25.2 → 30.1 kB); the schemas' descriptions for editors emptied in the CDN build (−0.3 to −0.5 kB per widget with a schema); UTF-8 output instead of `\\u` escapes (locale files in Arabic, Tigrinya, Persian, Ukrainian −12 % served). Where the bytes go is in the table below. Levers not taken yet: word content-check problems from a lazy file (the mapping of valibot issues to problems is synchronous API of `@wegwijs/core/check`, ~1 kB per widget with a schema); one copy of the content check (valibot) for all widgets on a page (it would cost the step guide and the question helper a seventh request, or a lone language switch the check); a build-side property mangler for the names view files share. Done in Session 11: Lit's `live` directive left the shared file for the two forms that use it (−0.36 kB per page); each file imports from another in one statement with short names (−0.1 kB); read aloud and the language switch declare their properties without decorators (−0.6 to −0.7 kB for the step guide, letter and question helper); the question helper's steps after its first screen (statements, how, card with print, share and hand-over: 4.8 kB) come after its first render, and its markup reader only with editor markup (28.07 → 23.98 kB in all). Measured and not taken (Session 11): endonyms copied into the files that use them (video −0.37 kB, but all four +0.38 kB and letter +0.11 kB); `target: esnext` (no change); the missing-language notice as a lazy file (it would appear a round trip late and shift the layout). Session 12: the letter’s first view now waits for the parts that shape it (its deadline, the letter’s own sentence, the objection steps, read aloud, core’s elements), so nothing moves when they land (CLS on its bench page 0.137 → 0.000): they are in its widget file, 26.82 → 32.5 kB before render, about the same bytes for the whole page; the contact finder’s first render in tasks +0.33 kB; the video facade uses core’s endonyms instead of its own copy (−0.12 kB). The content check cannot move after the first render: it is what makes untrusted content safe to render (addresses, phone links, media URLs).",
  player:
    'The facade + full player counts the shared file (Lit and core, 11.5 kB served) that every Wegwijs widget uses, against each peer bundled whole as one file; the player files themselves (with their own copy of the speech controller) are 10.9 kB served. The levers are those of the sizes above (a smaller shared file).',
  lighthouse: (json) =>
    `Lighthouse simulates slow 4G and 4× CPU on the demo page with every widget (five widgets, not one); on this busy machine its TBT was ${ms(json.lighthouse?.tbt)}, which decides most of the performance score (accessibility and best practices are 100). Lighthouse multiplies the tasks it observes unthrottled by 4, wall-clock time included: a task that other processes kept waiting counts as long. Session 12 (\`node packages/bench/lighthouse-demo.mjs\`, 3 runs per variant, alternating, load 12–27): the page as it is had TBT 2732–9544 ms (median 6029, performance 69); the same HTML and CSS without the loader, so without any script of ours, 303–1265 ms (median 334, performance 93; 544 and 3260 ms in two earlier runs); with only the step guide’s section 975–5401 ms (median 2041, performance 71). On this machine the figure measures the load more than the page, and a change of a few tens of ms (such as the pictograms below) cannot be seen in it. Where the widgets’ own long tasks go (\`node packages/bench/profile.mjs demo\`, 4× CPU): the video explainer named its language versions with \`Intl.DisplayNames\` (~200 ms self in one task: the browser loads its language-name data; since Session 12 it uses core’s table of endonyms, already in the shared file), the letter’s glossary (~180 ms in one function), each widget’s first render (236–496 ms: module, define, templates), the loader adding its preload links (~107 ms self), and the step guide’s seven pictogram imports in one task (71 ms; now one task apart).`,
};

/** What the load alone costs: the native `<video>` page runs no script of ours. */
const nativeTbt = (json) => {
  const tbt = json.runtime?.pages?.['native-video']?.tbt;
  return tbt
    ? `In this run the native \`<video>\` page, which runs no script of ours, had a TBT of ${ms(tbt)}: the load of the machine alone. `
    : '';
};

/** Rows: [target, measured, met (true, false, or null when not measured), note]. */
export function targetRows(json) {
  const { runtime = {}, sizes = {}, scale = {}, firstRender = {}, lighthouse } = json;
  const pages = runtime.pages ?? {};
  const rows = [];
  const row = (target, measured, met, key) =>
    rows.push([
      target,
      measured,
      met,
      met === false ? (typeof notes[key] === 'function' ? notes[key](json) : notes[key]) : '',
    ]);
  const served = sizes.served;

  // Round trips and requests (deterministic, from the CDN build).
  if (served?.requestChecks) {
    const widgets = served.requestChecks.filter((c) => c.name !== 'together');
    const together = served.requestChecks.find((c) => c.name === 'together');
    row(
      'Requests before a widget page has rendered ≤ 6; ≤ 3 sequential round trips after the HTML',
      widgets.map((c) => `${c.name} ${c.requests} (${c.roundTrips} trips)`).join(', '),
      widgets.every((c) => c.status === 'pass'),
      'requests',
    );
    if (together)
      row(
        'Requests before the all-four page has rendered ≤ 15',
        `${together.requests} (${together.roundTrips} trips)`,
        together.status === 'pass',
        'requests',
      );
  }
  // Rendered.
  const native = pages['native-video'];
  if (native?.rendered) {
    const single = [
      'step-guide',
      'video-explainer',
      'letter-explainer',
      'contact-finder',
      'question-helper',
    ].filter((n) => pages[n]?.rendered);
    const limit = 1.3 * native.rendered;
    row(
      `Every single-widget page rendered ≤ 1.3 × the native \`<video>\` page (${ms(native.rendered)}: ≤ ${ms(limit)})`,
      single
        .map(
          (n) =>
            `${n} ${ms(pages[n].rendered)} (${(pages[n].rendered / native.rendered).toFixed(2)} ×)`,
        )
        .join(', '),
      single.every((n) => pages[n].rendered <= limit),
      'rendered',
    );
  }
  if (pages.all?.rendered)
    row('All four rendered ≤ 1.5 s', ms(pages.all.rendered), pages.all.rendered <= 1500, 'allFour');
  // Play.
  if (native?.play && pages['video-explainer']?.play)
    row(
      `Play: tap to moving video ≤ 1.5 × native \`<video controls>\` (${ms(native.play)})`,
      `${ms(pages['video-explainer'].play)} (${(pages['video-explainer'].play / native.play).toFixed(1)} ×)`,
      pages['video-explainer'].play <= 1.5 * native.play,
      'play',
    );
  const warm = served?.checks?.find((c) => c.name === 'video-explainer warm');
  if (warm)
    row(
      'Warming the player (visible + idle; Save-Data/2G: pointer-down): the bytes it costs',
      `${kb(warm.served)} in ${warm.files} files (budget ${kb(warm.budget)})`,
      warm.status === 'pass',
      'play',
    );
  // Long tasks.
  const ours = Object.keys(pages).filter(
    (n) => !['native-video', 'media-chrome', 'plyr'].includes(n) && pages[n]?.tbt != null,
  );
  if (ours.length)
    row(
      'TBT ≤ 50 ms on every bench page, the contact finder with 10,000 contacts included',
      ours.map((n) => `${n} ${ms(pages[n].tbt)}`).join(', '),
      ours.every((n) => pages[n].tbt <= 50),
      'tbt',
    );
  const results = scale.data?.results ?? [];
  const at = (n) => results.find((r) => r.n === n);
  if (at(100_000)?.sliced)
    row(
      'At 100,000 contacts no main-thread task over 50 ms (file text → parsed → checked → indexed, in slices; no CPU slowdown)',
      `${at(100_000).sliced.longTasks} long task(s), longest ${ms(at(100_000).sliced.longest)}; ${ms(at(100_000).sliced.ms)} in all`,
      at(100_000).sliced.longTasks === 0,
      'longTask100k',
    );
  if (at(10_000)?.filter)
    row(
      'Filtering ≤ 4 ms per keystroke at 10,000 contacts (median; no CPU slowdown)',
      `median ${at(10_000).filter.median.toFixed(1)} ms, 95th percentile ${at(10_000).filter.p95.toFixed(1)} ms`,
      at(10_000).filter.median <= 4,
      'filter',
    );
  // Step guide first render.
  if (firstRender.ratio)
    row(
      `Step guide first render (define → rendered, markup, 7 steps, 4× CPU) ≤ ${firstRender.ratio.budget} × the bare Lit reference`,
      `${firstRender.ratio.guide.toFixed(1)} ms against ${firstRender.ratio.reference.toFixed(1)} ms: ${firstRender.ratio.ratio.toFixed(2)} ×${firstRender.ratio.rounds ? ` (median of ${firstRender.ratio.rounds} same-round ratios)` : ''}`,
      firstRender.ratio.ratio <= firstRender.ratio.budget,
      'firstRender',
    );
  // Sizes as served.
  for (const c of served?.checks ?? []) {
    if (c.name === 'video-explainer warm') continue;
    row(
      `Size as served, ${c.name === 'together' ? 'all four on one page (loader included)' : c.name === 'loader' ? 'loader' : c.name.replace('+player', ' facade + full player')} ≤ ${kb(budgets[c.name] ?? c.budget)}`,
      `${kb(c.served)} in ${c.files} file(s)`,
      c.status === 'pass',
      'sizes',
    );
  }
  const player = served?.checks?.find((c) => c.name === 'video-explainer+player');
  const peers = ['media-chrome', 'plyr']
    .map((k) => [k, sizes.peers?.[k]?.total?.served])
    .filter(([, v]) => v);
  if (player && peers.length)
    row(
      'The full video player under ⅔ of media-chrome and of Plyr (same run)',
      `${kb(player.served)} against ${peers.map(([k, v]) => `${k} ${kb(v)} (⅔: ${kb((2 * v) / 3)})`).join(', ')}`,
      peers.every(([, v]) => player.served < (2 * v) / 3),
      'player',
    );
  if (lighthouse && !lighthouse.error)
    row(
      'Lighthouse on the demo page: 100 performance, 100 accessibility, 100 best practices',
      `${lighthouse.performance} / ${lighthouse.accessibility} / ${lighthouse['best-practices']}`,
      lighthouse.performance === 100 &&
        lighthouse.accessibility === 100 &&
        lighthouse['best-practices'] === 100,
      'lighthouse',
    );
  return rows;
}

export function targetsMarkdown(json) {
  const rows = targetRows(json);
  if (!rows.length) return '_No figures for the targets in this run._';
  const verdict = (met) => (met === true ? '**met**' : met === false ? '**not met**' : '–');
  const table = [
    '| target | measured in this run | verdict |',
    '|---|---|---|',
    ...rows.map(([target, measured, met]) => `| ${target} | ${measured} | ${verdict(met)} |`),
  ];
  const whyNot = [
    ...new Set(rows.filter(([, , met]) => met === false).map(([, , , note]) => note)),
  ];
  const met = rows.filter(([, , m]) => m === true).length;
  return [
    `${met} of ${rows.length} targets met in this run.`,
    '',
    table.join('\n'),
    '',
    whyNot.length
      ? `**Why the others are not met, and what was tried:**\n\n${whyNot.map((n) => `- ${n}`).join('\n')}`
      : '',
  ].join('\n');
}

/** Per widget page: its files before render, served size, and the source families inside. */
export function breakdownMarkdown(json) {
  const pages = json.sizes?.served?.breakdown;
  if (!pages) return '';
  const lines = [
    '| page | file | served | what is in it (minified bytes before compression, largest first) |',
    '|---|---|---|---|',
  ];
  for (const [page, files] of Object.entries(pages))
    for (const f of files)
      lines.push(
        `| ${page} | \`${f.file.replace(/-[A-Z0-9]{8}\.js$/, '-….js')}\` | ${kb(f.served)} | ${
          f.families.length
            ? f.families.map(([name, bytes]) => `${name} ${(bytes / kB).toFixed(1)}`).join('; ')
            : 'the loader (its own code and the preload list)'
        } |`,
      );
  return lines.join('\n');
}
