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

// Each package's catalog loader must offer every UI language: the letter explainer's loaded
// only six, so it stayed Dutch in bg, ro, fa, ti and so although its XLIFF files existed (#26).
describe('catalog loaders', () => {
  const loaders: Record<string, () => Promise<{ [key: string]: unknown }>> = {
    core: () => import('../packages/core/src/locale/translations.js'),
    'step-guide': () => import('../packages/step-guide/src/translations.js'),
    'video-explainer': () => import('../packages/video-explainer/src/translations.js'),
    'letter-explainer': () => import('../packages/letter-explainer/src/translations.js'),
    'contact-finder': () => import('../packages/contact-finder/src/translations.js'),
  };
  for (const [name, load] of Object.entries(loaders)) {
    it(`@wegwijs/${name} loads its strings in every UI language`, async () => {
      const module = await load();
      const catalog = Object.values(module).find((value) => typeof value === 'function') as (
        locale: string,
      ) => Promise<{ templates: object }> | undefined;
      const missing: string[] = [];
      for (const locale of TARGET_LOCALES) {
        const loaded = await catalog(locale);
        if (!loaded || Object.keys(loaded.templates).length === 0) missing.push(locale);
      }
      expect(missing, `${name} has no catalog for`).to.deep.equal([]);
    });
  }
});

// The templates of all packages are merged per locale into one object, so one message id
// translated differently in two packages reads differently depending on which loaded last
// ("Found: 30" in Arabic, #26). Every id has one translation per locale across all packages.
describe('one message id, one translation', () => {
  for (const locale of TARGET_LOCALES) {
    it(`in ${locale}`, async () => {
      const seen = new Map<string, { pkg: string; target: string }>();
      const clashes: string[] = [];
      for (const name of PACKAGES) {
        const xliff = new DOMParser().parseFromString(
          await text(`/packages/${name}/xliff/${locale}.xlf`),
          'application/xml',
        );
        for (const unit of xliff.querySelectorAll('trans-unit')) {
          const id = unit.getAttribute('id')!;
          const target = new XMLSerializer()
            .serializeToString(unit.querySelector('target') ?? unit)
            .replace(/^<target[^>]*>|<\/target>$/g, '')
            // placeholders are named after each package's variables: compare their places only
            .replace(/ equiv-text="[^"]*"/g, '')
            .trim();
          const before = seen.get(id);
          if (before && before.target !== target)
            clashes.push(`${id}: ${before.pkg} "${before.target}" ≠ ${name} "${target}"`);
          else if (!before) seen.set(id, { pkg: name, target });
        }
      }
      expect(clashes).to.deep.equal([]);
    });
  }
});
