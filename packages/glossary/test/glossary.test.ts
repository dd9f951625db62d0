import { expect } from '@open-wc/testing';
import {
  findTerm,
  findTermsInText,
  getTerm,
  glossaryLocales,
  glossaryTerms,
  loadGlossaryLocale,
  normalizeTermText,
} from '../src/index.js';

/** The project's own Dutch readability check (plain JS of @wegwijs/cli, loaded as a module). */
interface ReadabilityScore {
  fleschDouma: number;
  brouwer: number;
  aboveB1: boolean;
  longSentences: unknown[];
}
const CHECKER = '../../cli/src/readability.js';
const { readability } = (await import(/* @vite-ignore */ CHECKER)) as {
  readability: (text: string) => ReadabilityScore;
};
import { EVERYDAY_SENTENCES, LETTER_SENTENCES } from './sentences.js';

// Every UI language of Wegwijs (see @wegwijs/core's UI_LOCALES), and Farsi.
const REQUIRED_LOCALES = ['en', 'ar', 'tr', 'fr', 'pl', 'uk', 'bg', 'ro', 'fa', 'ti', 'so'];

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function words(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('glossaryTerms (Dutch base data)', () => {
  it('has at least 150 terms', () => {
    expect(glossaryTerms.length).to.be.at.least(150);
  });

  it('covers the subjects of municipal letters', () => {
    const ids = new Set(glossaryTerms.map((t) => t.id));
    const needed = [
      // Wmo, Jeugdwet, Participatiewet and special assistance
      'maatwerkvoorziening',
      'abonnementstarief',
      'jeugdhulp',
      'ondertoezichtstelling',
      'bijstandsnorm',
      'kostendelersnorm',
      'draagkracht',
      'bijzondere-bijstand',
      // benefits and allowances
      'zorgtoeslag',
      'kinderbijslag',
      'aow',
      'terugvordering',
      // municipal taxes and collection
      'ozb',
      'afvalstoffenheffing',
      'invordering',
      'aanmaning',
      'dwangbevel',
      'invorderingskosten',
      'belastingdeurwaarder',
      'invorderingsambtenaar',
      // debts and housing
      'beslaglegging',
      'beslagvrije-voet',
      'schuldsanering',
      'huurachterstand',
      'ontruiming',
      // Awb procedure
      'bezwaar',
      'beroep',
      'voorlopige-voorziening',
      'inlichtingenplicht',
      'niet-in-behandeling',
      'bezwaarcommissie',
      'rechtbank',
      'hersteltermijn',
    ];
    for (const id of needed) expect(ids.has(id), id).to.be.true;
  });

  it("has every Dutch explanation at B1 by the project's own checker (packages/cli readability)", () => {
    const above = glossaryTerms
      .map((t) => ({ id: t.id, score: readability(t.explanation) }))
      .filter(({ score }) => score.aboveB1 || score.longSentences.length > 0);
    expect(above.map((a) => `${a.id} (${a.score.fleschDouma}/${a.score.brouwer})`)).to.deep.equal(
      [],
    );
  });

  it('has unique kebab-case ASCII ids', () => {
    const ids = glossaryTerms.map((t) => t.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('maps every term and form to one term only', () => {
    const seen = new Map<string, string>();
    for (const term of glossaryTerms) {
      for (const form of [term.term, ...(term.forms ?? [])]) {
        const key = normalizeTermText(form);
        const owner = seen.get(key);
        expect(owner === undefined || owner === term.id, `"${form}" in ${term.id} and ${owner}`).to
          .be.true;
        seen.set(key, term.id);
      }
    }
  });

  it('has a non-empty explanation of 1–4 sentences for every term', () => {
    for (const term of glossaryTerms) {
      const count = sentences(term.explanation).length;
      expect(count, term.id).to.be.within(1, 4);
    }
  });

  it('keeps Dutch sentences short (B1): average ≤ 15 words, none above 18', () => {
    const all = glossaryTerms.flatMap((t) => sentences(t.explanation));
    const average = all.reduce((sum, s) => sum + words(s), 0) / all.length;
    expect(average).to.be.at.most(15);
    for (const sentence of all) expect(words(sentence), sentence).to.be.at.most(18);
  });
});

describe('locales', () => {
  it('lists the required locales', () => {
    for (const locale of REQUIRED_LOCALES) expect(glossaryLocales).to.include(locale);
  });

  for (const locale of new Set([...REQUIRED_LOCALES, ...glossaryLocales])) {
    it(`${locale} has every term with a term and an explanation`, async () => {
      const glossary = await loadGlossaryLocale(locale);
      expect(glossary, locale).to.exist;
      expect(glossary!.locale).to.equal(locale);
      expect(glossary!.reviewed).to.be.a('boolean');
      for (const term of glossaryTerms) {
        const translation = glossary!.terms[term.id];
        expect(translation, `${locale}/${term.id}`).to.exist;
        expect(translation!.term.trim(), `${locale}/${term.id} term`).to.not.equal('');
        expect(translation!.explanation.trim(), `${locale}/${term.id} explanation`).to.not.equal(
          '',
        );
      }
    });
  }

  it('has no translations for unknown ids in any locale', async () => {
    const ids = new Set(glossaryTerms.map((t) => t.id));
    for (const locale of glossaryLocales) {
      const glossary = await loadGlossaryLocale(locale);
      for (const id of Object.keys(glossary!.terms))
        expect(ids.has(id), `${locale}/${id}`).to.be.true;
    }
  });

  for (const locale of ['ar', 'fa'].filter((l) =>
    (glossaryLocales as readonly string[]).includes(l),
  )) {
    it(`uses Arabic script (no transliteration) for ${locale}`, async () => {
      const glossary = await loadGlossaryLocale(locale);
      for (const [id, t] of Object.entries(glossary!.terms)) {
        expect(/[\u0600-\u06FF]/.test(t.explanation), id).to.be.true;
        expect(/[\u0600-\u06FF]/.test(t.term), id).to.be.true;
      }
    });
  }

  it('uses Ge’ez script (no transliteration) for ti', async () => {
    const glossary = await loadGlossaryLocale('ti');
    for (const [id, t] of Object.entries(glossary!.terms)) {
      expect(/[\u1200-\u137F]/.test(t.explanation), id).to.be.true;
      expect(/[\u1200-\u137F]/.test(t.term), id).to.be.true;
    }
  });

  it('accepts region subtags: ar-MA → ar', async () => {
    const glossary = await loadGlossaryLocale('ar-MA');
    expect(glossary?.locale).to.equal('ar');
    expect((await loadGlossaryLocale('EN_gb'))?.locale).to.equal('en');
  });

  it('resolves unknown locales to undefined', async () => {
    expect(await loadGlossaryLocale('xx')).to.equal(undefined);
    expect(await loadGlossaryLocale('')).to.equal(undefined);
    expect(await loadGlossaryLocale('toString')).to.equal(undefined);
    expect(await loadGlossaryLocale('nl')).to.equal(undefined);
  });
});

describe('findTerm', () => {
  it('finds a term by its Dutch term, case-insensitively', () => {
    expect(findTerm('Beschikking')?.id).to.equal('beschikking');
    expect(findTerm('EIGEN BIJDRAGE')?.id).to.equal('eigen-bijdrage');
  });

  it('finds a term by one of its forms', () => {
    expect(findTerm('WMO')?.id).to.equal('wmo');
    expect(findTerm('beschikkingen')?.id).to.equal('beschikking');
    expect(findTerm('persoonsgebonden budget')?.id).to.equal('pgb');
    expect(findTerm('burgerservicenummer')?.id).to.equal('bsn');
  });

  it('ignores diacritics in either direction', () => {
    expect(findTerm('clientondersteuner')?.id).to.equal('clientondersteuner');
    expect(findTerm('Cliëntondersteuners')?.id).to.equal('clientondersteuner');
    expect(findTerm('cliëntondersteuner'.normalize('NFD'))?.id).to.equal('clientondersteuner');
  });

  it('ignores surrounding whitespace and punctuation', () => {
    expect(findTerm('  dwangbevel. ')?.id).to.equal('dwangbevel');
    expect(findTerm('eigen\n bijdrage')?.id).to.equal('eigen-bijdrage');
  });

  it('returns undefined for unknown text', () => {
    expect(findTerm('fiets')).to.equal(undefined);
    expect(findTerm('')).to.equal(undefined);
  });

  it('getTerm finds by id', () => {
    expect(getTerm('woz')?.term).to.equal('WOZ-waarde');
    expect(getTerm('nope')).to.equal(undefined);
  });
});

describe('findTermsInText', () => {
  it('finds whole-word terms in a letter, longest form first, with original offsets', () => {
    const text =
      'U kunt bezwaar maken tegen deze beschikking. Een cliëntondersteuner helpt gratis.';
    const found = findTermsInText(text);
    expect(found.map((m) => m.term.id)).to.deep.equal([
      'bezwaar',
      'beschikking',
      'clientondersteuner',
    ]);
    expect(found[0]!.text).to.equal('bezwaar maken');
    for (const m of found) expect(text.slice(m.index, m.index + m.length)).to.equal(m.text);
  });

  it('matches abbreviations in capitals only: "ZIN" is zorg in natura, "zin" is a sentence', () => {
    expect(findTermsInText('U krijgt de hulp als ZIN.').map((m) => m.term.id)).to.deep.equal([
      'zorg-in-natura',
    ]);
    expect(findTermsInText('Deze zin is lang. Zin in koffie?')).to.deep.equal([]);
    expect(findTermsInText('Het cak van de boot.')).to.deep.equal([]);
    expect(findTermsInText('Het CAK stuurt u een brief.').map((m) => m.term.id)).to.include('cak');
  });

  it(`finds no term in ${EVERYDAY_SENTENCES.length} everyday sentences with words that are also terms`, () => {
    expect(EVERYDAY_SENTENCES.length).to.be.at.least(30);
    const falseMatches = EVERYDAY_SENTENCES.flatMap((sentence) =>
      findTermsInText(sentence).map((m) => `${m.term.id} in "${sentence}"`),
    );
    expect(falseMatches).to.deep.equal([]);
  });

  it('still finds those words in the sentences of letters', () => {
    for (const [sentence, id] of LETTER_SENTENCES) {
      expect(
        findTermsInText(sentence).map((m) => m.term.id),
        sentence,
      ).to.include(id);
    }
  });

  it('does not match inside other words and collapses line breaks', () => {
    const found = findTermsInText('De eigen\nbijdrage en de bezwaarde buurman.');
    expect(found.map((m) => m.term.id)).to.deep.equal(['eigen-bijdrage']);
    expect(found[0]!.text).to.equal('eigen\nbijdrage');
  });
});
