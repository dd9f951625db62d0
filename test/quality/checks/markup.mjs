// Issue #27, part 3: the hostile-markup corpus (lib/hostile-markup.mjs) in every widget's
// markup mode, on the shipped CDN files (packages/embed/dist/cdn): as raw HTML (in the page
// and inside `<template lang>` translations), as text and as attribute values.
//
// The page has no CSP on purpose, so a payload the widget brings to life really runs. Raw
// HTML in the page's own markup may run by itself as the browser parses it (that is the host
// page, not us): the page is "armed" only once it has settled, the loader is added after
// that, and a run whose event target was already in the page before arming is the browser's
// own. Everything else that sets window.__pwned is an execution caused by a widget.
//
// Checked per page: nothing runs; no dangerous element or attribute in what the widget shows
// (its shadow root, and the light-DOM children it created or moved into a named slot); no
// widget blank; no main-thread task over 2 s; no request to another host.
import { join } from 'node:path';
import { HOSTILE_MARKUP, asAttribute, asText } from '../lib/hostile-markup.mjs';
import { ARM, audit, instrument } from './markup-page.mjs';

/** Per widget: an editor's markup with content slots `c()` and attribute slots `a()`. */
const WIDGETS = {
  'step-guide': (c, a) => `<wegwijs-step-guide>
<ol lang="nl">
  <li data-id="${a()}" data-audio="${a()}"><h3>Stap een ${c()}</h3><p>Neem contact op. ${c()}</p>
    <ul data-bring><li>Uw ID-bewijs ${c()}</li></ul><a data-action href="${a()}">Bel ${c()}</a></li>
  <li><h3>Stap twee</h3><p>Lees <a href="${a()}">de uitleg</a>. ${c()}</p><img src="${a()}" alt="${a()}"></li>
</ol>
<template lang="en"><ol><li><h3>Step one ${c()}</h3><p>Get in touch. ${c()}</p></li><li><h3>Step two</h3><p>${c()} <a href="${a()}">more</a></p></li></ol></template>
</wegwijs-step-guide>`,
  'letter-explainer': (
    c,
    a,
  ) => `<wegwijs-letter-explainer today="2026-05-01" letter-date="2026-04-20">
<div data-letter lang="nl"><p>Geachte bewoner, ${c()}</p>
  <p>U moet de <mark data-explain="m1">aanslag</mark> betalen. ${c()}</p>
  <p><dfn>beschikking</dfn> en <mark data-explain="${a('m2')}">dit woord</mark>. ${c()}</p></div>
<p data-answer="what">Een aanslag. ${c()}</p>
<p data-answer="todo">Betaal op tijd. <a href="${a()}">Meer</a> ${c()}</p>
<p data-answer="when" data-deadline-weeks="6">Binnen zes weken.</p>
<p data-answer="if-nothing">Dan komt er een aanmaning. ${c()}</p>
<p data-answer="help" data-phone="${a('14 0123')}">Bel ons. ${c()}</p>
<p data-explanation="m1" lang="nl">De rekening. ${c()}</p>
<p data-explanation="${a('m2')}" lang="nl">Een andere uitleg.</p>
</wegwijs-letter-explainer>`,
  'video-explainer': (c, a) => `<wegwijs-video-explainer>
<video lang="nl" title="${a()}" poster="${a()}" controls preload="none" data-sign-language="${a()}">
  <source src="/__file/none.mp4" type="video/mp4"><track kind="captions" src="${a()}" srclang="nl" label="${a()}"></video>
<p><a href="${a()}">Download de video ${c()}</a></p>
<p>${c()}</p>
<a data-video lang="en" href="${a()}" title="${a()}">Video in English ${c()}</a>
</wegwijs-video-explainer>`,
  'contact-finder': (c, a) => `<wegwijs-contact-finder>
<ul>
  <li data-kind="sleutelpersoon" data-languages="ar nl" data-topics="geld" data-hours="ma 09:00-12:00" data-id="${a()}" data-areas="${a()}">
    <h3 data-field="name">Fatima ${c()}</h3><p data-field="role">Sleutelpersoon ${c()}</p>
    <a data-field="phone" href="tel:0201234567">020 123 4567</a> <a data-field="website" href="${a()}">Website</a>
    <a data-field="email" href="mailto:${a()}">Mail</a> <img data-field="photo" src="${a()}" alt="${a()}">
    <p data-field="description">${c()}</p></li>
  <li data-kind="clientondersteuner" data-languages="nl"><h3 data-field="name">Jan ${c()}</h3><p data-field="role">${c()}</p></li>
</ul>
</wegwijs-contact-finder>`,
  'question-helper': (c, a) => `<wegwijs-question-helper>
<p>Waar wilt u hulp bij? ${c()}</p>
<ul lang="nl">
  <li data-id="${a('geld')}" data-pictogram="${a('money')}" data-topic="${a('money')}"><h3>Geld ${c()}</h3>
    <a data-link href="${a()}">Meer over geld ${c()}</a>
    <ul><li data-id="${a('betalen')}">Ik kan mijn rekeningen niet betalen. ${c()}</li></ul></li>
  <li data-id="brief" data-letter><h3>Een brief</h3><ul><li data-id="snap">Ik snap een brief niet. ${c()}</li></ul></li>
</ul>
<template lang="en"><ul><li><h3>Money ${c()}</h3><a data-link href="${a()}">More ${c()}</a><ul><li>I cannot pay my bills. ${c()}</li></ul></li><li><h3>A letter</h3><ul><li>I do not understand a letter.</li></ul></li></ul></template>
</wegwijs-question-helper>`,
  core: (
    c,
    a,
  ) => `<wegwijs-read-aloud text="${a()}" text-lang="nl" audio="${a()}">${c()}</wegwijs-read-aloud>
<wegwijs-language-switch languages="nl ar ${a()}" label="${a()}"></wegwijs-language-switch>`,
};

const MODES = ['raw', 'text', 'attribute'];

/*
 * No widget is exempt from the 2 s limit, the very deep raw page included. The letter explainer
 * was, until its deep raw page (payloads 162–163) was profiled on the CDN files (issue #27,
 * 2026-12-07): most of its upgrade task was the width cut (markup-width.ts) removing 14,000
 * siblings one by one some 500 levels down, where the parser leaves 10,000 nested elements.
 * Depth is now cut first: that task went from 770–800 ms to 180–280 ms of CPU (trace thread
 * time). Its wall time depends on the machine's load: at a load average of 20–30 on 2 cores
 * it was 0.45–1.8 s, and 2.0–3.0 s in 2 of 10 runs, like the never-exempt text page.
 */

/**
 * Payloads per page, per mode: a page costs about the same whatever it holds (loading, arming,
 * settling), so pages are as full as the 2 s long-task limit allows. Raw HTML builds real DOM
 * (and runs the page's own handlers): 40 to a page, the very long and very deep two to a page
 * (a long task may then be the page's own markup, see `longestNative`). As text or attribute
 * values the payloads are strings: twice as many small ones to a page; the large ones stay two
 * to a page as text (four cost the letter explainer a task over 2 s), eight as attribute values.
 */
const PER_PAGE = {
  raw: { small: 40, large: 2 },
  text: { small: 80, large: 2 },
  attribute: { small: 80, large: 8 },
};

/**
 * The payloads of one mode, in pages. As text, a payload without `<`, `>` or `&` is the very
 * same markup as raw (already checked there): only the raw page has it.
 */
function pagesOf(corpus, mode) {
  const size = PER_PAGE[mode];
  const payloads = mode === 'text' ? corpus.filter((p) => asText(p.html) !== p.html) : corpus;
  const out = [];
  const small = payloads.filter((p) => p.family !== 'large');
  for (let i = 0; i < small.length; i += size.small) out.push(small.slice(i, i + size.small));
  const large = payloads.filter((p) => p.family === 'large');
  for (let i = 0; i < large.length; i += size.large) out.push(large.slice(i, i + size.large));
  return out;
}

/** Widget markup for `payloads`, `mode` deciding where and how they go in. */
function body(make, payloads, mode) {
  const queue = [...payloads];
  const used = [];
  const take = (encode) => {
    const p = queue.shift();
    if (!p) return encode === asAttribute ? '/pagina' : 'tekst';
    used.push(p.id);
    return encode(p.html);
  };
  const plain = () =>
    mode === 'attribute' ? 'gewone tekst' : take(mode === 'raw' ? (h) => h : asText);
  const attr = (normal = '/pagina') => (mode === 'attribute' ? take(asAttribute) : normal);
  let html = '';
  while (queue.length) {
    const before = queue.length;
    html += `<section>${make(plain, attr)}</section>\n`;
    if (queue.length === before) break;
  }
  return { html, used };
}

function page(markup) {
  // The loader comes last, from a script that waits: the page's own markup must have done
  // whatever it does by itself before any widget code exists (see the header).
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hostile markup</title></head>
<body><main id="host">${markup}</main>
<script type="module" src="/__file/markup-arm.js"></script></body></html>`;
}

export async function markupChecks(ctx) {
  const { only, test, newPage, server, repo, parallel } = ctx;
  if (!only.has('markup')) return;
  const cdn = process.env.WEGWIJS_CDN_DIR ?? join(repo, 'packages', 'embed', 'dist', 'cdn');
  server.addBundle('cdn', cdn);
  const armUrl = server.addFile('markup-arm.js', ARM, 'text/javascript; charset=utf-8');
  const cases = [];
  // For a quick look: QUALITY_MARKUP_WIDGETS=step-guide,core QUALITY_MARKUP_PAYLOADS=160-167
  const chosen = process.env.QUALITY_MARKUP_WIDGETS?.split(',');
  const range = process.env.QUALITY_MARKUP_PAYLOADS?.split('-').map(Number);
  for (const [widget, make] of Object.entries(WIDGETS).filter(
    ([w]) => !chosen || chosen.includes(w),
  ))
    for (const mode of MODES)
      for (const payloads of pagesOf(HOSTILE_MARKUP, mode))
        if (!range || payloads.some((p) => p.id >= range[0] && p.id <= range[1]))
          cases.push({ widget, make, mode, payloads });
  const pages = [];
  for (let i = 0; i < 2; i++) {
    const p = await newPage({
      viewport: { width: 375, height: 800 },
      initScripts: [{ content: `(${instrument})();` }],
    });
    p.foreign = [];
    // Nothing leaves this machine: a request to another host is refused and counted.
    await p.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
        return route.continue();
      p.foreign.push(url.href.slice(0, 80));
      return route.abort();
    });
    pages.push(p);
  }
  const totals = {
    payloads: HOSTILE_MARKUP.length,
    exec: 0,
    dangerous: 0,
    longest: 0,
    longestNative: 0,
    pages: 0,
  };
  await parallel(cases, async (c, worker) => {
    const p = pages[worker];
    const { html, used } = body(c.make, c.payloads, c.mode);
    const first = c.payloads[0].id;
    await test(
      'markup',
      `${c.widget}, ${c.mode}, payloads ${first}–${c.payloads.at(-1).id} (${c.payloads.length})`,
      async () => {
        p.errors.length = 0;
        p.foreign.length = 0;
        await p.page.goto(server.addPage(page(html).replace('/__file/markup-arm.js', armUrl)), {
          waitUntil: 'domcontentloaded',
          timeout: 60_000,
        });
        await p.page.waitForFunction(() => window.__loaderIn, null, { timeout: 30_000 });
        const settled = await p.page.evaluate(() => window.__wq.settle(document, 15_000));
        if (!settled.ok) throw new Error(`never defined: ${settled.undefined.join(', ')}`);
        await p.page.waitForTimeout(300);
        const a = await p.page.evaluate(audit);
        totals.exec += a.exec.length;
        totals.dangerous += a.dangerous.length;
        totals.longest = Math.max(totals.longest, a.longest);
        totals.longestNative = Math.max(totals.longestNative, a.longestNative);
        totals.pages++;
        const problems = [];
        if (a.exec.length) problems.push(`ran: ${a.exec.slice(0, 4).join(' | ')}`);
        if (a.dangerous.length)
          problems.push(
            `dangerous output (${a.dangerous.length}): ${[...new Set(a.dangerous)].slice(0, 8).join(', ')}`,
          );
        if (a.blank.length) problems.push(`blank: ${a.blank.slice(0, 3).join(', ')}`);
        // Over 2 s is a failure, unless the page's own markup already costs as much before
        // any widget code exists (laying out huge markup again when the widget slots it is the
        // browser's cost of that markup, not the widget's).
        if (a.longest > 2000 && a.longest > 1.5 * a.longestNative)
          problems.push(
            `a main-thread task took ${a.longest} ms (> 2 s; the page's own longest before the widgets: ${a.longestNative} ms)`,
          );
        if (a.errors.length) problems.push(`uncaught errors: ${a.errors.slice(0, 3).join(' | ')}`);
        if (problems.length) throw new Error(problems.join('\n'));
        const foreign = p.foreign.length
          ? `, ${p.foreign.length} requests to other hosts refused`
          : '';
        return `${used.length} payloads in ${a.widgets} widgets${foreign}, ${a.outputNodes} output nodes, longest task ${a.longest} ms (page's own ${a.longestNative} ms), ${a.nativeRuns} runs by the page itself`;
      },
    );
  });
  for (const p of pages) await p.close();
  ctx.log(
    `  markup corpus: ${totals.payloads} payloads × ${MODES.length} modes × ${Object.keys(WIDGETS).length} widget groups on ${totals.pages} pages: ${totals.exec} executions, ${totals.dangerous} dangerous nodes/attributes in output, longest task after the widgets loaded ${totals.longest} ms (the pages' own before: ${totals.longestNative} ms)`,
  );
}
