import { expect } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import { FIVE, explainer } from './helpers.js';

// No version in the resident's language: the widget says so in it and offers a key person,
// instead of playing the Dutch video without a word.

const shadow = (el: HTMLElement) => el.shadowRoot!;
const notice = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('.missing');
const WITHOUT_AR = { versions: FIVE.versions.filter((v) => v.lang !== 'ar') };

describe("video explainer: no version in the resident's language", () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says nothing when the language has its own version (Dutch, Arabic)', async function () {
    this.timeout(30000);
    for (const locale of ['nl', 'ar']) {
      await setPageLocale(locale, { remember: false });
      const el = await explainer(FIVE);
      expect(notice(el), locale).to.equal(null);
      el.remove();
    }
  });

  it('says so in Arabic, right to left, beside the Dutch title that keeps its own lang', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const el = await explainer(WITHOUT_AR);
    const note = notice(el)!;
    expect(note, 'notice').to.exist;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.lang).to.equal('ar');
    expect(note.dir).to.equal('rtl');
    expect(note.textContent).to.contain('هذا الفيديو غير متوفر بعد');
    expect(note.textContent).to.contain('وسيط من الجالية');
    expect(note.textContent).not.to.match(/video is|Deze video/);
    const title = shadow(el).querySelector<HTMLElement>('.title')!;
    expect(title.lang).to.equal('nl');
    expect(title.dir).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it("is announced as a note in the resident's language (virtual screen reader)", async () => {
    await setPageLocale('ar', { remember: false });
    const el = await explainer(WITHOUT_AR);
    await virtual.start({ container: shadow(el).querySelector('.base') as HTMLElement });
    try {
      for (let i = 0; i < 14; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('note');
      expect(spoken).to.contain('هذا الفيديو غير متوفر بعد');
    } finally {
      await virtual.stop();
    }
  });

  it('in Tigrinya links to a key person when a contact finder is on the page', async function () {
    this.timeout(30000);
    await setPageLocale('ti', { remember: false });
    const finder = document.createElement('wegwijs-contact-finder');
    document.body.append(finder);
    try {
      const el = await explainer(FIVE);
      const note = notice(el)!;
      expect(note.lang).to.equal('ti');
      expect(note.dir).to.equal('ltr');
      expect(note.textContent).to.contain('እዚ ቪድዮ ገና');
      expect(note.textContent).to.contain('መራኸቢ ሰብ');
      const link = note.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('#cf-lang=ti');
      const box = link.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    } finally {
      finder.remove();
    }
  });

  it('without a contact finder on the page: the words, no link', async function () {
    this.timeout(30000);
    await setPageLocale('so', { remember: false });
    const el = await explainer(FIVE);
    expect(notice(el)!.textContent).to.contain('Muuqaalkan');
    expect(notice(el)!.querySelector('a')).to.equal(null);
  });
});
