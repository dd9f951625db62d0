// Every UI string of every package in every UI language, and each translation file saying
// whether a native speaker reviewed it. Fails when any locale misses a string.
import { expect } from '@open-wc/testing';
import { TARGET_LOCALES } from '@wegwijs/core';

const PACKAGES = [
  'core',
  'step-guide',
  'video-explainer',
  'letter-explainer',
  'contact-finder',
  'question-helper',
];

interface LocalizeConfig {
  sourceLocale: string;
  targetLocales: string[];
}

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.ok, `${url} exists`).to.equal(true);
  return response.text();
}

for (const name of PACKAGES) {
  describe(`translations of @wegwijs/${name}`, () => {
    it('targets every Wegwijs UI language', async () => {
      const config = JSON.parse(
        await text(`/packages/${name}/lit-localize.json`),
      ) as LocalizeConfig;
      expect(config.sourceLocale).to.equal('nl');
      expect([...config.targetLocales].sort()).to.deep.equal([...TARGET_LOCALES].sort());
    });

    for (const locale of TARGET_LOCALES) {
      it(`has every string in ${locale}, with its review status`, async () => {
        const xliff = new DOMParser().parseFromString(
          await text(`/packages/${name}/xliff/${locale}.xlf`),
          'application/xml',
        );
        const units = [...xliff.querySelectorAll('trans-unit')];
        expect(units.length, 'strings').to.be.greaterThan(0);
        const missing = units
          .filter((unit) => !unit.querySelector('target')?.textContent?.trim())
          .map((unit) => unit.querySelector('source')?.textContent);
        expect(missing, `missing in ${locale}`).to.deep.equal([]);
        const note = xliff.querySelector('file > header > note')?.textContent ?? '';
        expect(note, 'review status').to.match(/^review: /);
        const generated = await import(
          /* @vite-ignore */ `/packages/${name}/src/generated/locales/${locale}.ts`
        );
        const ids = units.map((unit) => unit.getAttribute('id'));
        expect(
          Object.keys(generated.templates).sort(),
          'generated module is up to date',
        ).to.deep.equal(ids.sort());
      });
    }
  });
}
