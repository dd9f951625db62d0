// `wegwijs check` on an HTML file (issue 27): the editor's markup is walked with the widgets'
// own allowlist (@wegwijs/core/content/markup-allowlist), and what a widget would not show is
// reported in Dutch, with the widget and the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/index.js';

/** @param {string} text @param {'nl' | 'en'} [lang] */
const check = (text, lang = 'nl') =>
  checkContent({ text, url: new URL('file:///pagina.html'), lang });
/**
 * @param {import('../src/check.js').FileReport} report
 * @returns {any[]}
 */
const markupProblems = (report) => report.checks.find((c) => c.id === 'markup')?.problems ?? [];

const HOSTILE = `<p>De pagina zelf <script>niet van ons</script></p>
<wegwijs-step-guide>
<ol lang="nl">
  <li><h3>Bel ons</h3><p onclick="steel()">Bel <a href="javascript:alert(1)">hier</a>.</p>
    <script>alert(1)</script><img src="x" onerror="alert(1)" alt=""></li>
</ol>
<template lang="en"><ol><li><h3>Call</h3><p>Call <object data="javascript:x"></object><iframe src="https://x.invalid"></iframe></p></li></ol></template>
</wegwijs-step-guide>
<wegwijs-contact-finder><ul><li data-kind="sleutelpersoon"><h3 data-field="name">Fatima</h3>
<a data-field="website" href=" jav&#x09;ascript:alert(1)">Website</a><svg onload="x()"></svg></li></ul></wegwijs-contact-finder>`;

test('an HTML file: what each widget drops, in Dutch, with widget and line', async () => {
  const report = await check(HOSTILE);
  assert.equal(report.kind, 'html');
  assert.equal(report.widget, 'step-guide');
  const problems = markupProblems(report);
  assert.equal(problems.length, 2, JSON.stringify(problems));
  const [guide, finder] = problems;
  assert.equal(guide.severity, 'warning');
  assert.equal(guide.line, 2);
  assert.match(guide.message, /^<wegwijs-step-guide> \(regel 2\): niet getoond uit uw HTML: /);
  for (const what of [
    'onclick-attribuut',
    'link naar "javascript:alert(1)"',
    '<script>',
    'onerror-attribuut',
    '<object>', // inside the <template lang> translation
    '<iframe>',
  ])
    assert.ok(guide.message.includes(what), `${what} in ${guide.message}`);
  // The host page's own script, outside any widget, is not the widget's business.
  assert.doesNotMatch(guide.message, /<script> \(2×\)/);
  assert.match(finder.message, /^<wegwijs-contact-finder> \(regel 9\)/);
  assert.match(finder.message, /link naar/);
  assert.match(finder.message, /<svg>/);
  // Where each was first seen, for the editor's search.
  const first = guide.params.dropped.find((/** @type {any} */ d) => d.what === '<object>');
  assert.equal(first.line, 7);
});

test('markup the widgets show as it is passes, a video keeps its own elements', async () => {
  const report = await check(`<!doctype html><html lang="nl"><body>
<wegwijs-step-guide><ol lang="nl"><li data-audio="a.mp3"><h3>Stap</h3><p>Neem <strong>uw pas</strong> mee. <a href="tel:14020">Bel</a></p>
<ul data-bring><li>ID</li></ul><img src="pas.svg" alt="Pas"></li></ol>
<template lang="ar"><ol><li><h3>خطوة</h3><p>نص</p></li></ol></template></wegwijs-step-guide>
<wegwijs-video-explainer><video lang="nl" controls preload="none" poster="p.jpg"><source src="v.mp4" type="video/mp4">
<track kind="captions" src="v.vtt" srclang="nl" label="Nederlands"></video><p><a href="v.mp4">Download</a></p></wegwijs-video-explainer>
<script type="application/json">{"steps": []}</script></body></html>`);
  assert.deepEqual(markupProblems(report), []);
  assert.equal(report.ok, true);
});

test('a video element with a handler or a script poster is still reported', async () => {
  const problems = markupProblems(
    await check(
      '<wegwijs-video-explainer><video onplay="x()" poster="javascript:x"></video></wegwijs-video-explainer>',
    ),
  );
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /onplay-attribuut/);
  assert.match(problems[0].message, /poster-attribuut/);
});

test('English on request; an HTML file without a widget says so', async () => {
  const [problem] = markupProblems(await check(HOSTILE, 'en'));
  assert.match(problem.message, /^<wegwijs-step-guide> \(line 2\): not shown from your HTML/);
  const none = markupProblems(await check('<p>Alleen tekst</p>'));
  assert.equal(none[0].code, 'markup-no-widget');
});

test('the command line reports it and --strict fails on it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-markup-'));
  const file = join(dir, 'stappen.html');
  writeFileSync(file, HOSTILE);
  const bin = new URL('../bin/wegwijs.mjs', import.meta.url).pathname;
  const out = execFileSync(process.execPath, [bin, 'check', file], { encoding: 'utf8' });
  assert.match(out, /HTML van de widgets: 2 waarschuwing/);
  assert.throws(() => execFileSync(process.execPath, [bin, 'check', '--strict', file]));
});
