import { expect } from '@open-wc/testing';
import '@wegwijs/step-guide/define';
import { BASE, LANGUAGES, PLACEHOLDERS, TEXT_FILES, getJson } from './helpers.js';

document.documentElement.lang = 'nl';

const isLanguageObject = (value: unknown): value is Record<string, string> =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string');

/**
 * Every multilingual text in a file, with its path. Not text: the translation status under
 * `review`, and `audio` (a file per language, only where a phone has no voice).
 */
function texts(node: unknown, path = ''): Array<{ path: string; text: Record<string, string> }> {
  if (isLanguageObject(node)) return [{ path, text: node }];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'review' || key === 'audio'
      ? []
      : texts(value, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`),
  );
}

const placeholdersIn = (text: string) => (text.match(/\{\{[a-z]+\}\}/g) ?? []).sort();

describe('content-oco: translations and placeholders', () => {
  for (const file of TEXT_FILES) {
    it(`${file}: every text has all 12 languages, none empty`, async () => {
      const found = texts(await getJson(BASE + file));
      expect(found.length).to.be.greaterThan(1);
      for (const { path, text } of found) {
        expect(Object.keys(text).sort(), path).to.deep.equal(LANGUAGES);
        for (const [lang, value] of Object.entries(text))
          expect(value.trim(), `${path}.${lang}`).not.to.equal('');
      }
    });

    it(`${file}: a placeholder in the Dutch text is in every language of that text`, async () => {
      for (const { path, text } of texts(await getJson(BASE + file))) {
        const dutch = placeholdersIn(text['nl'] ?? '');
        for (const lang of LANGUAGES)
          expect(placeholdersIn(text[lang] ?? ''), `${path}.${lang}`).to.deep.equal(dutch);
      }
    });

    it(`${file}: marks every language as needing review`, async () => {
      const review = (await getJson(BASE + file))['review'] as Record<string, string>;
      expect(Object.keys(review).sort()).to.deep.equal(LANGUAGES);
      for (const lang of LANGUAGES.filter((l) => l !== 'nl'))
        expect(review[lang], lang).to.equal('machine-assisted');
    });
  }

  it('uses exactly the documented placeholders, and each of them', async () => {
    const all = new Set<string>();
    for (const file of TEXT_FILES)
      for (const { text } of texts(await getJson(BASE + file)))
        placeholdersIn(text['nl'] ?? '').forEach((p) => all.add(p));
    expect([...all].sort()).to.deep.equal(PLACEHOLDERS);
  });
});
