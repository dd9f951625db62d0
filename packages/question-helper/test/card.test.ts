import { expect, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { SET_URL, helperFor, toCard } from './helpers.js';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('the card', () => {
  it('follows the page language until the resident picks one: switched to Arabic after load, the card has an Arabic half', async () => {
    await setPageLocale('nl', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    expect(el.answers.language).to.equal('nl');
    await setPageLocale('ar', { remember: false });
    await waitUntil(() => el.answers.language === 'ar', 'the card language stayed Dutch');
    // Once the resident picks a language themselves, the page language no longer moves it.
    el.setAnswers({ language: 'tr' });
    await setPageLocale('uk', { remember: false });
    await el.updateComplete;
    expect(el.answers.language).to.equal('tr');
    // Starting again gives the choice back to the page.
    el.clear();
    await el.updateComplete;
    expect(el.answers.language).to.equal('uk');
  });
  it('is a document in two languages: headings, lists, lang and dir per half, own words marked', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    const [nl, ar] = [...el.querySelectorAll<HTMLElement>('.wegwijs-question-helper__half')];
    expect([nl!.lang, nl!.dir, ar!.lang, ar!.dir]).to.deep.equal(['nl', 'ltr', 'ar', 'rtl']);
    expect([...nl!.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Waar gaat het over',
      'Wat speelt er',
      'Hoe ik geholpen wil worden',
      'In mijn eigen woorden (niet vertaald)',
    ]);
    expect(nl!.textContent).to.contain('Ondersteuner: Liever een vrouw');
    expect(nl!.textContent).to.contain('Termijn: Er is een termijn, uiterlijk 12 januari 2027');
    expect(ar!.textContent).to.contain('أرغب في مترجم.');
    const own = ar!.querySelector('blockquote')!;
    expect(own.textContent!.trim()).to.equal('Ik schaam me een beetje.');
    expect(own.getAttribute('dir')).to.equal('auto');
  });

  it('is read by a screen reader half by half, in order', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    await virtual.start({ container: el.querySelector('.wegwijs-question-helper__halves')! });
    try {
      for (let i = 0; i < 120; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('heading, Mijn hulpvraag');
      expect(spoken).to.contain('Ik kan mijn rekeningen niet betalen.');
      expect(spoken).to.contain('heading, سؤالي لطلب المساعدة');
      expect(spoken.indexOf('Mijn hulpvraag')).to.be.lessThan(spoken.indexOf('سؤالي'));
      expect(spoken).to.contain('list');
    } finally {
      await virtual.stop();
    }
  });

  it('has one half when the resident wants help in Dutch', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el, 'nl');
    expect(el.querySelectorAll('.wegwijs-question-helper__half')).to.have.length(1);
  });

  it('without a share sheet: copies the text and offers a WhatsApp link', async function () {
    this.timeout(15000);
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    const copied: string[] = [];
    // on the instance: the test page may already have its own clipboard there
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: async (t: string) => void copied.push(t) }),
    });
    delete (Navigator.prototype as { share?: unknown }).share;
    try {
      el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__share')!.click();
      await waitUntil(
        () => copied.length === 1,
        `not copied: ${el.querySelector('[role=status]')!.textContent}`,
      );
      expect(copied[0]).to.contain('Mijn hulpvraag (Nederlands)');
      await el.updateComplete;
      expect(el.querySelector('[role=status]')!.textContent).to.contain('Delen kan niet');
      const wa = el.querySelector<HTMLAnchorElement>('.wegwijs-question-helper__whatsapp')!;
      expect(wa.href.startsWith('https://wa.me/?text=')).to.equal(true);
      expect(decodeURIComponent(wa.href.split('text=')[1]!)).to.equal(copied[0]);
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
      if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    }
  });

  it('shows full screen in a modal dialog, closed with Escape', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__full-btn')!.click();
    await waitUntil(
      () => el.querySelector<HTMLDialogElement>('dialog.wegwijs-question-helper__dialog')?.open,
    );
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-question-helper__close'));
    expect(el.querySelector('dialog .wegwijs-question-helper__half')).to.exist;
    el.querySelector<HTMLDialogElement>('dialog')!.close();
    await waitUntil(() => !el.querySelector('dialog'));
    await el.updateComplete;
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-question-helper__full-btn'));
  });
});
