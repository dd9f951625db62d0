import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import '../src/define.js';
import { getPageLocale, setPageLocale } from '../src/index.js';
import type { WegwijsLanguageSwitch } from '../src/language-switch.js';

async function switchIn(locale: string, variant = 'select') {
  await setPageLocale(locale, { remember: false });
  const el = (await fixture(
    html`<wegwijs-language-switch
      variant=${variant}
      languages="nl ar tr pl uk en"
    ></wegwijs-language-switch>`,
  )) as WegwijsLanguageSwitch;
  await el.updateComplete;
  return el;
}

describe('<wegwijs-language-switch>', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('lists endonyms with their own lang and dir, never flags', async () => {
    const el = await switchIn('nl');
    const options = [...el.shadowRoot!.querySelectorAll('option')];
    expect(options.map((o) => o.textContent?.trim())).to.deep.equal([
      'Nederlands',
      'العربية',
      'Türkçe',
      'Polski',
      'Українська',
      'English',
    ]);
    expect(options[1]?.getAttribute('lang')).to.equal('ar');
    expect(options[1]?.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('select')?.value).to.equal('nl');
  });

  it('is accessible in Dutch', async () => {
    const el = await switchIn('nl');
    await expect(el).to.be.accessible();
  });

  it('is accessible in Arabic, right to left', async () => {
    const el = await switchIn('ar');
    expect(el.shadowRoot!.querySelector('.switch')?.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('as buttons: pressed state, keyboard and axe', async () => {
    const el = await switchIn('ar', 'buttons');
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'true',
      'false',
      'false',
      'false',
      'false',
    ]);
    await expect(el).to.be.accessible();
    buttons[2]!.focus();
    buttons[2]!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(getPageLocale()).to.equal('tr');
  });

  it('reports codes that are not languages to the editor', async () => {
    const el = (await fixture(
      html`<wegwijs-language-switch preview languages="nl ??? ar"></wegwijs-language-switch>`,
    )) as WegwijsLanguageSwitch;
    expect(el.shadowRoot!.querySelectorAll('option')).to.have.length(2);
    // In Dutch for the editor (issue 18): code languages-ignored, from core's message table.
    const notice = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
    await waitUntil(() => notice().includes('geen taalcode is in "nl ??? ar"'), 'Dutch notice');
    expect(notice()).not.to.contain('not a language code');
  });

  it('reads well with a screen reader', async () => {
    const el = await switchIn('nl');
    const container = el.shadowRoot!.querySelector('.switch') as HTMLElement;
    await virtual.start({ container });
    try {
      await virtual.next();
      await virtual.next();
      const spoken = await virtual.spokenPhraseLog();
      expect(spoken.join(' | ')).to.match(/combobox, Taal/);
      expect(spoken.join(' | ')).to.contain('Nederlands');
    } finally {
      await virtual.stop();
    }
  });
});
