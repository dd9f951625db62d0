// The termbase (termbase.json): one word per role and thing in every language, and the formal
// "you", in the content pack, the glossary (@wegwijs/glossary) and the UI (packages/*/xliff).
// Run: node --test packages/content-oco/test/
import { readUiLocales } from '../../tools/lib/locales.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contentPairs,
  dutchInformal,
  glossaryPairs,
  termbase,
  violations,
  xliffPairs,
} from '../scripts/termbase.mjs';

/** The UI languages (core's locales.ts): the OCO content is written in every one. */
const LANGUAGES = readUiLocales().all;
const show = (found) =>
  found.map((v) => `${v.where} [${v.lang}] ${v.rule} ${v.term ?? ''}: ${v.text}`);

test('the termbase has every key role and thing in all 12 languages, with the register', () => {
  const base = termbase();
  assert.deepEqual(Object.keys(base.languages).sort(), [...LANGUAGES].sort());
  for (const lang of LANGUAGES) assert.ok(base.languages[lang].register, `${lang} register`);
  const ids = base.terms.map((t) => t.id);
  for (const id of [
    'client-supporter',
    'key-person',
    'volunteer',
    'municipality',
    'neighbourhood-team',
    'free',
    'independent',
    'confidential',
    'appointment',
    'letter',
    'objection',
  ])
    assert.ok(ids.includes(id), id);
  for (const entry of base.terms)
    for (const lang of LANGUAGES) {
      assert.ok(entry[lang]?.term, `${entry.id}.${lang}.term`);
      assert.ok(entry[lang].match.length > 0, `${entry.id}.${lang}.match`);
      // The preferred word itself counts as the word (the patterns are not too narrow).
      assert.ok(
        entry[lang].match.some((m) =>
          new RegExp(m, 'iu').test(entry[lang].term.toLocaleLowerCase(lang)),
        ),
        `${entry.id}.${lang}: "${entry[lang].term}" matches its own patterns`,
      );
    }
});

test('content pack: every translation uses the termbase words and the formal you', () => {
  const pairs = contentPairs();
  assert.ok(pairs.length > 600, `${pairs.length} pairs`);
  assert.deepEqual(show([...violations(pairs), ...dutchInformal(pairs)]), []);
});

test('glossary: every translation uses the termbase words and the formal you', async () => {
  const pairs = await glossaryPairs();
  assert.ok(pairs.length > 500, `${pairs.length} pairs`);
  assert.deepEqual(show(violations(pairs)), []);
});

test('UI (XLIFF of every package): every translation uses the termbase words and the formal you', () => {
  const pairs = xliffPairs();
  assert.ok(pairs.length > 1500, `${pairs.length} pairs`);
  assert.deepEqual(show([...violations(pairs), ...dutchInformal(pairs)]), []);
});

test('the check finds another word, a ruled-out word and informal address (it can fail)', () => {
  const pairs = [
    // Arabic "customer support" for the client supporter (the defect of issue 21)
    { where: 'a', lang: 'ar', nl: 'Bel de cliëntondersteuner.', text: 'اتصل بدعم العملاء.' },
    // Turkish: a different word for the key person
    {
      where: 'b',
      lang: 'tr',
      nl: 'Een sleutelpersoon helpt.',
      text: 'Bir anahtar kişi yardım eder.',
    },
    // Polish informal address
    { where: 'c', lang: 'pl', nl: 'U kunt bellen.', text: 'Możesz zadzwonić.' },
    // Turkish capital İ still counts as the word (no false alarm)
    { where: 'd', lang: 'tr', nl: 'Maak bezwaar.', text: 'İtiraz edin.' },
    // Dutch informal address in a source text
    { where: 'e', lang: 'en', nl: 'Kies jouw taal.', text: 'Choose your language.' },
  ];
  const found = violations(pairs).map((v) => `${v.where}:${v.rule}:${v.term.slice(0, 20)}`);
  assert.ok(found.includes('a:other-word:client-supporter'), found.join(' '));
  assert.ok(found.includes('a:avoid:client-supporter'), found.join(' '));
  assert.ok(found.includes('b:other-word:key-person'), found.join(' '));
  assert.ok(found.includes('b:avoid:key-person'), found.join(' '));
  assert.ok(
    found.some((f) => f.startsWith('c:informal')),
    found.join(' '),
  );
  assert.ok(!found.some((f) => f.startsWith('d:')), found.join(' '));
  assert.equal(dutchInformal(pairs).length, 1);
});
