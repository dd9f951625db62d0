// checkContent (the core, as the browser would use it) on good and broken fixtures, with the
// Node file access from bin/node-io.mjs and a test schema given as `schema` (as --schema does),
// so these tests exercise media, captions, translations and readability on fields of their own.
// The widgets' own checks are tested in model-agreement.test.js and model-cli.test.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  checkContent,
  detectWidget,
  findTexts,
  missingTranslations,
  validateWithSchema,
} from '../src/index.js';
import { createNodeIO } from '../bin/node-io.mjs';
import { message } from '../src/messages.js';

const SCHEMA = JSON.parse(
  readFileSync(new URL('./fixtures/test-widget.schema.json', import.meta.url), 'utf8'),
);
const io = createNodeIO();

/** @param {string} name @param {object} [options] */
async function check(name, options = {}) {
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  return checkContent(
    { text: readFileSync(url, 'utf8'), url, name, schema: SCHEMA, ...options },
    io,
  );
}
/** @param {import('../src/check.js').FileReport} report @param {string} id */
const checkOf = (report, id) => report.checks.find((c) => c.id === id);

test('a good route passes every check', async () => {
  const report = await check('good-route.json');
  assert.equal(report.widget, 'step-guide');
  assert.equal(report.widgetDetectedBy, 'schema');
  assert.deepEqual(
    report.checks.map((c) => [c.id, c.status]),
    [
      ['parse', 'ok'],
      ['schema', 'ok'],
      ['profile', 'ok'],
      ['translations', 'ok'],
      ['media', 'ok'],
      ['captions', 'ok'],
      ['readability', 'ok'],
    ],
  );
  assert.deepEqual(report.languages, ['nl', 'ar']);
  assert.equal(checkOf(report, 'media')?.info?.checked, 5);
  assert.equal(checkOf(report, 'captions')?.info?.cues, 6);
  assert.equal(report.ok, true);
  // Media paths are not scored as Dutch text.
  assert.ok(report.readability.texts.every((t) => !t.path.includes('audio')));
  assert.ok(report.readability.total && !report.readability.total.aboveB1);
});

test('broken JSON: the line and column of the mistake', async () => {
  const report = await check('broken-json.txt');
  const parse = checkOf(report, 'parse');
  assert.equal(parse?.status, 'error');
  assert.deepEqual([parse?.problems[0]?.line, parse?.problems[0]?.column], [7, 3]);
  assert.match(parse?.problems[0]?.message ?? '', /regel 7, teken 3/);
  assert.ok(report.checks.slice(1).every((c) => c.status === 'skipped'));
  assert.equal(report.ok, false);
});

test('schema errors are reported with JSON paths', async () => {
  const report = await check('schema-error.json');
  const schema = checkOf(report, 'schema');
  assert.deepEqual(
    schema?.problems.map((p) => `${p.path}: ${p.code}`),
    [
      'steps[0].status: schema-enum',
      'steps[1].title: schema-required',
      'steps[2].title: schema-type',
      'steps[3].title.nl: schema-type',
      'titel: schema-unknown',
    ],
  );
  assert.equal(schema?.problems[2]?.message, 'verwacht tekst of object { }, gevonden getal');
  const en = await check('schema-error.json', { lang: 'en' });
  assert.equal(checkOf(en, 'schema')?.problems[3]?.message, 'expected text, got number');
  assert.equal(report.errors, 5);
});

test('missing translations per language', async () => {
  const report = await check('missing-translations.json');
  assert.deepEqual(report.languages, ['nl', 'ar', 'tr']);
  assert.deepEqual(report.missingTranslations, {
    ar: ['steps[0].text', 'steps[1].title'], // an empty "ar" counts as missing
    tr: ['steps[0].title', 'steps[1].title'],
  });
  assert.equal(checkOf(report, 'translations')?.status, 'warning');
  assert.equal(report.ok, true, 'warnings do not fail');
  const strict = await check('missing-translations.json', { strict: true });
  assert.equal(strict.ok, false, '--strict: warnings fail');
});

test('a missing media file is an error; online and root-relative files are not checked', async () => {
  const report = await check('missing-media.json');
  const media = checkOf(report, 'media');
  assert.deepEqual(
    media?.problems.map((p) => [p.severity, p.path, p.code]),
    [
      ['error', 'steps[0].audio.ar', 'media-missing'],
      ['error', 'steps[1].video', 'media-missing'],
      ['info', 'steps[2].video', 'media-root'],
    ],
  );
  // With --root the "/media/…" address is resolved against the website folder.
  const rooted = await check('missing-media.json', {
    rootUrl: new URL('./fixtures/', import.meta.url),
  });
  assert.deepEqual(
    checkOf(rooted, 'media')?.problems.map((p) => p.path),
    ['steps[0].audio.ar', 'steps[1].video'],
  );
});

test('a broken caption file: line numbers per file', async () => {
  const report = await check('broken-vtt.json');
  const captions = checkOf(report, 'captions');
  assert.deepEqual(
    captions?.problems.map((p) => [p.file, p.line, p.code]),
    [
      ['media/kapot.nl.vtt', 8, 'vtt-ends'],
      ['media/kapot.nl.vtt', 12, 'vtt-malformed'],
      ['media/kapot.nl.vtt', 16, 'vtt-timing'],
      ['media/geen-header.vtt', 1, 'vtt-header'],
      ['media/geen-header.vtt', 2, 'vtt-timing'],
    ],
  );
});

test('hard Dutch text: above B1 and a long sentence (warnings)', async () => {
  const report = await check('hard-text.json');
  const read = checkOf(report, 'readability');
  assert.deepEqual(
    read?.problems.map((p) => [p.severity, p.path, p.code]),
    [
      ['info', 'title', 'readability-words'],
      ['warning', 'intro', 'readability-above-b1'],
      ['warning', 'intro', 'readability-words'],
      ['warning', 'intro', 'readability-long-sentence'],
    ],
  );
  // The glossary terms and long words are named.
  assert.match(read?.problems[2]?.message ?? '', /cliëntondersteuner/);
  assert.equal(report.ok, true);
});

test('titles are not sentences in the whole-file score (issue 18)', async () => {
  const text = JSON.stringify({
    title: 'Hulp',
    intro: 'Wij helpen u met uw vraag. Dat is gratis.',
    steps: [{ title: 'Bel ons' }, { title: 'Kom langs' }, { title: 'Praat mee' }],
  });
  const url = new URL('./fixtures/titles.json', import.meta.url); // not read: text is given
  const report = await checkContent({ text, url, name: 'titles.json', schema: SCHEMA }, io);
  // Only the intro's two sentences: four titles would make the file look easier.
  assert.equal(report.readability.total?.sentences, 2);
  assert.equal(report.readability.texts.length, 5);
});

test('an unknown kind of file is an error; --widget overrides detection', async () => {
  const report = await check('unknown.json');
  assert.equal(checkOf(report, 'schema')?.problems[0]?.code, 'widget-unknown');
  // The Dutch hint names every widget of the one widget list by its Dutch name, none by hand.
  const list = JSON.parse(
    readFileSync(new URL('../../embed/widget-list.json', import.meta.url), 'utf8'),
  ).widgets.filter((/** @type {any} */ w) => w.content.length > 0);
  const problem = checkOf(report, 'schema')?.problems[0];
  const dutch = message('widget-unknown', problem?.params ?? {}, 'nl');
  assert.ok(list.length >= 5, 'the widgets with content');
  for (const widget of list)
    assert.ok(
      dutch.includes(`${widget.dutchName}: ${widget.module.split('/')[1]}`),
      `${widget.tag} in: ${dutch}`,
    );
  assert.doesNotMatch(dutch, /\{\w+\}/, 'every placeholder filled');
  // A sixth widget in the list reaches the message, which names none by hand.
  const sixth = { ...problem?.params, dutchWidgets: 'kaart: map-finder' };
  assert.match(message('widget-unknown', sixth, 'nl'), /--widget \(kaart: map-finder\)\.$/);
  assert.match(message('widget-unknown', problem?.params ?? {}, 'en'), /question-helper\)\.$/);
  const forced = await check('unknown.json', { widget: 'step-guide' });
  assert.equal(forced.widgetDetectedBy, 'option');
  assert.ok(checkOf(forced, 'schema')?.problems.some((p) => p.code === 'schema-unknown'));
});

test('a CSV contact list is checked as contacts', async () => {
  const report = await check('contacts.csv');
  assert.equal(report.kind, 'csv');
  assert.deepEqual(
    report.checks.map((c) => c.id),
    ['csv'],
  );
  // The widget's own reading: Dutch column names, a quoted ; and a line break inside a cell.
  assert.deepEqual(
    report.checks[0]?.problems.map((p) => [p.row, p.code, p.path]),
    [
      [5, 'csv-cells', 'rij 5'],
      [6, 'text-empty', 'rij 6.name'],
      [7, 'csv-no-channel', 'rij 7'],
    ],
  );
  assert.equal(report.checks[0]?.info?.contacts, 3);
  // A name of spaces: worded in full, no unfilled "{limit}".
  assert.match(report.checks[0]?.problems[1]?.message ?? '', /de tekst is leeg/);
  assert.match(
    report.checks[0]?.problems[2]?.message ?? '',
    /geen telefoon, WhatsApp, e-mail of website/,
  );
});

test('an unreadable file', async () => {
  const report = await checkContent({ text: null, url: new URL('file:///nergens.json') });
  assert.equal(report.checks[0]?.problems[0]?.code, 'file-unreadable');
  assert.equal(report.ok, false);
});

test('without file access (browser, no fetch helper) media and captions are skipped', async () => {
  const url = new URL('./fixtures/good-route.json', import.meta.url);
  const report = await checkContent({ text: readFileSync(url, 'utf8'), url });
  assert.equal(checkOf(report, 'media')?.status, 'skipped');
  // The widget's check comes with the CLI: the schema is never skipped for want of a file.
  assert.notEqual(checkOf(report, 'schema')?.status, 'skipped');
  assert.ok(checkOf(report, 'schema')?.problems.some((p) => p.path === 'steps[1].video'));
});

test('detection table: $schema first, then shape', () => {
  assert.deepEqual(
    detectWidget({
      $schema: 'https://unpkg.com/@wegwijs/video-explainer/schema/video-explainer.schema.json',
      steps: [],
    }),
    { widget: 'video-explainer', by: 'schema' },
  );
  assert.deepEqual(detectWidget({ steps: [] }), { widget: 'step-guide', by: 'shape' });
  assert.deepEqual(detectWidget({ versions: [] }), { widget: 'video-explainer', by: 'shape' });
  assert.deepEqual(detectWidget({ answers: {} }), { widget: 'letter-explainer', by: 'shape' });
  assert.deepEqual(detectWidget({ letter: {} }), { widget: 'letter-explainer', by: 'shape' });
  assert.deepEqual(detectWidget({ contacts: [] }), { widget: 'contact-finder', by: 'shape' });
  assert.deepEqual(detectWidget([1]), { widget: null, by: null });
});

test('texts: language objects, plain strings and single-language objects', () => {
  const { texts } = findTexts({
    title: { nl: 'Hallo', ar: 'مرحبا' },
    steps: [{ title: 'Stap', id: 'stap-1', audio: 'a.mp3' }],
    versions: [{ lang: 'tr', title: 'Başlık' }],
    contact: { id: 'x' },
  });
  assert.deepEqual(
    texts.map((t) => [t.path, Object.keys(t.values).join(), t.fixed]),
    [
      ['title', 'nl,ar', false],
      ['steps[0].title', 'nl', false],
      ['versions[0].title', 'tr', true],
    ],
  );
  const { languages, missing } = missingTranslations(texts);
  assert.deepEqual(languages, ['nl', 'ar', 'tr']);
  // The Turkish version is Turkish by design: it does not "miss" Dutch.
  assert.deepEqual(missing, { ar: ['steps[0].title'], tr: ['title', 'steps[0].title'] });
});

test('schema messages: one clear message per place, not the validator noise', () => {
  const schema = SCHEMA;
  assert.deepEqual(validateWithSchema({ title: 'x', steps: [{ title: 'a' }] }, schema), []);
  assert.deepEqual(validateWithSchema({ title: 'x', steps: [] }, schema), [
    { path: 'steps', code: 'schema-minItems', params: { limit: 1 } },
  ]);
  assert.deepEqual(
    validateWithSchema({ title: '', steps: [{ title: 'a', 'rare sleutel': 1 }] }, schema),
    [
      { path: 'title', code: 'schema-minLength', params: { limit: 1 } },
      {
        path: 'steps[0]["rare sleutel"]',
        code: 'schema-unknown',
        params: { property: 'rare sleutel' },
      },
    ],
  );
});

test('the core modules use no Node APIs (they also run in the browser)', async () => {
  const { readdirSync } = await import('node:fs');
  const folder = new URL('../src/', import.meta.url);
  for (const file of readdirSync(folder)) {
    const source = readFileSync(new URL(file, folder), 'utf8');
    assert.doesNotMatch(
      source,
      /from ['"]node:|\brequire\(|\bprocess\.|\bBuffer\b|__dirname/,
      file,
    );
  }
});
