// Studio's markup for the question helper, read back by the widget's own reader: the same
// domains, statements, pictograms, topics, links and intro in every language.
import { expect } from '@open-wc/testing';
import { UI_LOCALES } from '@wegwijs/core';
import { readMarkup, type QuestionSet } from '@wegwijs/question-helper';
import {
  questionHelperMarkup,
  questionHelperMarkupLosses,
} from '../src/output/question-helper-markup.js';
import { asTexts } from '../src/forms/texts.js';

/** The markup as the page gets it (parsed by the browser, never by Studio's page itself). */
function hostWith(markup: string): HTMLElement {
  const doc = new DOMParser().parseFromString(
    `<wegwijs-question-helper>${markup}</wegwijs-question-helper>`,
    'text/html',
  );
  return doc.querySelector('wegwijs-question-helper')!;
}

/** What the markup can hold, in the reader's shape (texts per language, no empty fields). */
function expected(set: QuestionSet, languages: string[]) {
  const only = (value: unknown) =>
    Object.fromEntries(Object.entries(asTexts(value)).filter(([l]) => languages.includes(l)));
  return {
    lang: 'nl',
    intro: set.intro ? only(set.intro) : undefined,
    domains: set.domains.map((d) => ({
      id: d.id,
      label: only(d.label),
      pictogram: d.pictogram,
      topic: d.topic,
      letter: d.letter || undefined,
      link: d.link ? { href: d.link.href, label: only(d.link.label) } : undefined,
      statements: d.statements.map((s) => ({
        id: s.id,
        pictogram: s.pictogram,
        text: only(s.text),
      })),
    })),
  };
}
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

let oco: QuestionSet;
before(async () => {
  oco = await (await fetch('/packages/content-oco/content/question-helper-oco.json')).json();
});

describe('question helper markup', () => {
  it('the OCO set in twelve languages comes back the same through the widget reader', () => {
    const languages = [...UI_LOCALES];
    const set = oco;
    const read = readMarkup(hostWith(questionHelperMarkup(set, languages)));
    expect(read.problems).to.deep.equal([]);
    expect(plain(read.data)).to.deep.equal(plain(expected(set, languages)));
  });

  it('writes only the working languages, Arabic right to left, and escapes text', () => {
    const set: QuestionSet = {
      domains: [
        {
          id: 'a',
          label: { nl: 'Geld <b>&</b> schulden', ar: 'المال' },
          statements: [{ id: 's', text: { nl: 'Bel {{telefoon}}', ar: 'اتصل', tr: 'Ara' } }],
        },
      ],
    };
    const markup = questionHelperMarkup(set, ['nl', 'ar'], { telefoon: '14 020' });
    expect(markup).to.include('<template lang="ar">');
    expect(markup).to.include('<ul lang="ar" dir="rtl">');
    expect(markup).to.not.include('lang="tr"');
    expect(markup).to.include('Geld &lt;b&gt;&amp;&lt;/b&gt; schulden');
    const read = readMarkup(hostWith(markup));
    expect(read.data!.domains[0]!.label).to.deep.equal({
      nl: 'Geld <b>&</b> schulden',
      ar: 'المال',
    });
    expect(read.data!.domains[0]!.statements[0]!.text).to.deep.equal({
      nl: 'Bel 14 020',
      ar: 'اتصل',
    });
  });

  it('names recorded audio, which the markup cannot hold', () => {
    expect(questionHelperMarkupLosses(oco)).to.deep.equal([]);
    const withAudio = structuredClone(oco);
    withAudio.domains[1]!.statements[2]!.audio = { nl: 'https://gemeente.nl/zin.mp3' };
    expect(questionHelperMarkupLosses(withAudio)).to.deep.equal([
      'Opgenomen geluid bij levensgebied 2, zin 3',
    ]);
  });
});
