import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import { defined } from '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';

// The letter's answers are not in the resident's language: say so in it and offer a key
// person, instead of showing the Dutch answers without a word.

const EXAMPLE = '/packages/letter-explainer/examples/wmo-beschikking.json';

async function ready(el: WegwijsLetterExplainer): Promise<WegwijsLetterExplainer> {
  await defined;
  await el.ready;
  await waitUntil(() => el.content?.status !== 'loading', 'content loads', { timeout: 4000 });
  await el.ready;
  return el;
}

/** Answers in Dutch only, the first also in Arabic (so Arabic is partly there). */
const dutchLetter = () =>
  html`<wegwijs-letter-explainer today="2025-03-01">
    <div data-letter data-auto-terms="off"><p>Wij hebben een besluit genomen.</p></div>
    <p data-answer="what">Een besluit over uw aanvraag.</p>
    <p data-answer="what" lang="ar">قرار بشأن طلبك.</p>
    <p data-answer="todo">Niets, als u het eens bent.</p>
    <p data-answer="when" data-deadline-weeks="6">Binnen 6 weken na de datum van de brief.</p>
    <p data-answer="if-nothing">Dan geldt het besluit.</p>
    <p data-answer="help" data-phone="14 0123">Een cliëntondersteuner helpt gratis.</p>
  </wegwijs-letter-explainer>`;

const notice = (el: HTMLElement) =>
  el.querySelector<HTMLElement>('.wegwijs-letter-explainer__missing');

describe("letter explainer: the resident's language has no answers", () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says nothing in Dutch, nor in Arabic when every answer has Arabic', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const nl = await ready(await fixture<WegwijsLetterExplainer>(dutchLetter()));
    expect(notice(nl)).to.equal(null);
    await setPageLocale('ar', { remember: false });
    const ar = await ready(
      await fixture<WegwijsLetterExplainer>(
        html`<wegwijs-letter-explainer src=${EXAMPLE}></wegwijs-letter-explainer>`,
      ),
    );
    await waitUntil(() => ar.querySelector('.wegwijs-letter-explainer__q'), 'answers shown');
    expect(notice(ar)).to.equal(null);
  });

  it('says so in Arabic, right to left; the Dutch answer keeps lang="nl" dir="ltr"', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const finder = document.createElement('wegwijs-contact-finder');
    document.body.append(finder);
    try {
      const el = await ready(await fixture<WegwijsLetterExplainer>(dutchLetter()));
      await waitUntil(() => notice(el), 'notice');
      const note = notice(el)!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(note.lang).to.equal('ar');
      expect(note.dir).to.equal('rtl');
      expect(note.textContent).to.contain('هذا النص غير متوفر بعد');
      expect(note.textContent).to.contain('وسيط من الجالية');
      const link = note.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('#cf-lang=ar');
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      const dutch = [
        ...el.querySelectorAll<HTMLElement>('.wegwijs-letter-explainer__q [lang]'),
      ].find((n) => n.textContent!.includes('Niets, als u het eens bent'))!;
      expect(dutch.lang).to.equal('nl');
      expect(dutch.dir).to.equal('ltr');
      await expect(el).to.be.accessible();
    } finally {
      finder.remove();
    }
  });

  it('is announced as a note, in Tigrinya (virtual screen reader)', async function () {
    this.timeout(30000);
    await setPageLocale('ti', { remember: false });
    const el = await ready(await fixture<WegwijsLetterExplainer>(dutchLetter()));
    await waitUntil(() => notice(el), 'notice');
    await virtual.start({ container: notice(el)!.parentElement! });
    try {
      for (let i = 0; i < 30; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('note');
      expect(spoken).to.contain('እዚ ጽሑፍ ገና');
      expect(spoken).to.contain('መራኸቢ ሰብ');
    } finally {
      await virtual.stop();
    }
    expect(notice(el)!.querySelector('a'), 'no finder on the page: no link').to.equal(null);
  });
});
