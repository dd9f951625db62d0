// The editor guide (docs/content-oco.nl.md) and the README keep up with the pack: every UI
// language, every municipality-profile field, and the reasons behind the route (several doors, shame, trust).
// Run: node --test packages/content-oco/test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pack = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(pack, '..', '..');
const guide = readFileSync(join(repo, 'docs', 'content-oco.nl.md'), 'utf8');
const readme = readFileSync(join(pack, 'README.md'), 'utf8');
const locales = readFileSync(join(repo, 'packages', 'core', 'src', 'locale', 'locales.ts'), 'utf8');

/** The UI languages, as core declares them (a new UI language must get content too). */
const uiLanguages = () => [
  /SOURCE_LOCALE = '([a-z]+)'/.exec(locales)[1],
  ...[.../TARGET_LOCALES = \[([^\]]*)\]/.exec(locales)[1].matchAll(/'([a-z]+)'/g)].map((m) => m[1]),
];

/** The municipality-profile fields the texts use, such as {{telefoon}}. */
const profileFields = () => {
  const found = new Set();
  for (const file of ['step-guide-oco.json', 'video-script-oco.json', 'contact-finder-intro.json'])
    for (const m of readFileSync(join(pack, 'content', file), 'utf8').matchAll(/\{\{[a-z]+\}\}/g))
      found.add(m[0]);
  return [...found].sort();
};

test('the content files have exactly the UI languages of core (12)', () => {
  const languages = uiLanguages();
  assert.equal(languages.length, 12);
  for (const file of [
    'step-guide-oco.json',
    'video-script-oco.json',
    'contact-finder-intro.json',
  ]) {
    const review = JSON.parse(readFileSync(join(pack, 'content', file), 'utf8')).review;
    assert.deepEqual(Object.keys(review).sort(), [...languages].sort(), file);
  }
  for (const lang of languages.filter((l) => l !== 'nl'))
    assert.ok(readme.includes(`| ${lang} `), `README checklist row for ${lang}`);
});

test('the guide and the README list every profile field the texts use', () => {
  const used = profileFields();
  assert.ok(used.length >= 6, used.join(' '));
  for (const field of used) {
    assert.ok(guide.includes(`\`${field}\``), `docs/content-oco.nl.md: ${field}`);
    assert.ok(readme.includes(`\`${field}\``), `README: ${field}`);
  }
});

test('the guide explains the choices to editors in Dutch: several doors, shame, trust', () => {
  for (const heading of [
    '## Waarom de teksten zo zijn geschreven',
    '### Meer deuren dan het gemeentehuis',
    '### Zeggen wat er gebeurt, en wat niet hoeft',
    '### Schaamte: hulp vragen is gewoon',
    '### Steeds hetzelfde woord, en altijd "u"',
    '### Beloftes die u moet controleren',
    '## Geluid bij elke tekst',
  ])
    assert.ok(guide.includes(heading), heading);
  for (const word of [
    'sleutelpersoon',
    'vrijwilliger',
    'huisarts',
    'WhatsApp',
    'ID-kaart',
    'stoppen',
  ])
    assert.ok(guide.includes(word), word);
});
