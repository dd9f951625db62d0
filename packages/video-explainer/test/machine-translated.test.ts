import { expect, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import { FIVE, explainer } from './helpers.js';

// A version listed in `machineTranslated` (issue #19, item 2): the widget tells the resident, in
// the version's language, that its texts were made with a computer's help and not yet checked.
// The sentence is core's (machineAssistedNote), so its translations are the same everywhere.

const note = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.note');
const MARKED = { ...FIVE, machineTranslated: ['ar', 'tr'] };

describe('video explainer: a machine-assisted version', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says so in Arabic, right to left, for the marked Arabic version', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const el = await explainer(MARKED);
    const p = note(el)!;
    expect(p, 'note').to.exist;
    // The catalog may arrive after the first render; the widget re-renders when it does.
    await waitUntil(() => !p.textContent!.includes('Deze vertaling'), 'the Arabic catalog');
    expect(p.textContent!.trim()).to.equal('هذه الترجمة صُنعت بمساعدة الحاسوب ولم تُراجع بعد.');
    // A note of its own language (core's machineAssistedNote), not only inside an Arabic section.
    expect(p.getAttribute('role')).to.equal('note');
    expect(p.lang).to.equal('ar');
    expect(p.dir).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('says so in Turkish for the marked Turkish version ("tr-TR" page, "tr" mark)', async function () {
    this.timeout(30000);
    await setPageLocale('tr-TR', { remember: false });
    const el = await explainer(MARKED);
    expect(note(el)?.textContent?.trim()).to.equal(
      'Bu çeviri bilgisayar yardımıyla yapıldı ve henüz kontrol edilmedi.',
    );
  });

  it('says nothing for a version that is not marked (Dutch, French) or without the field', async function () {
    this.timeout(30000);
    for (const [locale, content] of [
      ['nl', MARKED],
      ['fr', MARKED],
      ['ar', FIVE],
    ] as const) {
      await setPageLocale(locale, { remember: false });
      const el = await explainer(content);
      expect(note(el), locale).to.equal(null);
      el.remove();
    }
  });

  it('says only that the video is missing when the marked language has no version', async function () {
    this.timeout(30000);
    // Somali is marked but has no version: the resident watches another language's version.
    await setPageLocale('so', { remember: false });
    const el = await explainer({ ...FIVE, machineTranslated: ['so'] });
    expect(el.shadowRoot!.querySelector('.missing'), 'the missing-language notice').to.exist;
    expect(note(el)).to.equal(null);
  });
});
