/** #26 "Missing": the question set is not in the resident's language: say so, offer a key person. */
import { expect, html } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { SET_URL, helperFor } from './helpers.js';

/** The OCO question set without one language, as a blob URL. */
async function setWithout(lang: string): Promise<string> {
  const set = await (await fetch(SET_URL)).json();
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== lang)
          .map(([key, v]) => [key, strip(v)]),
      );
    return value;
  };
  return URL.createObjectURL(new Blob([JSON.stringify(strip(set))], { type: 'application/json' }));
}

const notice = (el: Element) => el.querySelector<HTMLElement>('.wegwijs-question-helper__missing');

describe("question helper: the resident's language has no text", () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says nothing in Dutch, nor in Arabic when the set has Arabic', async function () {
    this.timeout(30000);
    const nl = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    expect(notice(nl.el)).to.equal(null);
    await setPageLocale('ar', { remember: false });
    const ar = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    expect(notice(ar.el)).to.equal(null);
  });

  it('says so in Arabic, right to left; the Dutch labels keep lang="nl"', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const finder = document.createElement('wegwijs-contact-finder');
    document.body.append(finder);
    try {
      const { el } = await helperFor(
        html`<wegwijs-question-helper src=${await setWithout('ar')}></wegwijs-question-helper>`,
      );
      const note = notice(el)!;
      expect(note, 'notice').to.exist;
      expect(note.getAttribute('role')).to.equal('note');
      expect(note.lang).to.equal('ar');
      expect(note.dir).to.equal('rtl');
      expect(note.textContent).to.contain('هذا النص غير متوفر بعد');
      const link = note.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('#cf-lang=ar');
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      const dutch = el.querySelector<HTMLElement>('.wegwijs-question-helper__in span[lang="nl"]')!;
      expect(dutch.dir).to.equal('ltr');
      await expect(el).to.be.accessible();
    } finally {
      finder.remove();
    }
  });

  it('is announced as a note in Tigrinya (virtual screen reader)', async function () {
    this.timeout(30000);
    await setPageLocale('ti', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${await setWithout('ti')}></wegwijs-question-helper>`,
    );
    const note = notice(el)!;
    expect(note.lang).to.equal('ti');
    await virtual.start({ container: note });
    try {
      for (let i = 0; i < 4; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('note');
      expect(spoken).to.contain('እዚ ጽሑፍ ገና');
      expect(spoken).to.contain('መራኸቢ ሰብ');
    } finally {
      await virtual.stop();
    }
    expect(note.querySelector('a'), 'no finder on the page: no link').to.equal(null);
  });
});
