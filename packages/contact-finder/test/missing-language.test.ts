/** #26 "Missing": the contacts' texts are not in the resident's language: say so, offer a key person. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';

/** The example list with every role and description in Dutch and Arabic (Arabic is there). */
async function withArabic(): Promise<string> {
  const data = await (await fetch(JSON_SRC)).json();
  for (const c of data.contacts) {
    if (typeof c.role === 'string') c.role = { nl: c.role, ar: `دور: ${c.role}` };
    if (typeof c.description === 'string')
      c.description = { nl: c.description, ar: `وصف: ${c.description}` };
  }
  const json = JSON.stringify(data);
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

async function finder(src = JSON_SRC) {
  const el = (await fixture(
    html`<wegwijs-contact-finder src=${src} page-size="3" no-hash></wegwijs-contact-finder>`,
  )) as WegwijsContactFinder;
  await el.whenReady();
  await el.updateComplete;
  return el;
}
const notice = (el: Element) => el.querySelector<HTMLElement>('.wegwijs-contact-finder__missing');

describe("contact finder: the contacts' texts are not in the resident's language", () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says nothing in Dutch, nor in Arabic when the roles have Arabic', async function () {
    this.timeout(30000);
    expect(notice(await finder())).to.equal(null);
    await setPageLocale('ar', { remember: false });
    expect(notice(await finder(await withArabic()))).to.equal(null);
  });

  it('says so in Arabic, right to left; the Dutch roles keep lang="nl"', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const el = await finder();
    const note = notice(el)!;
    expect(note, 'notice').to.exist;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.lang).to.equal('ar');
    expect(note.dir).to.equal('rtl');
    expect(note.textContent).to.contain('هذا النص غير متوفر بعد');
    expect(note.textContent).to.contain('وسيط من الجالية');
    const role = el.querySelector<HTMLElement>('.wegwijs-contact-finder__contact [lang="nl"]')!;
    expect(role.dir).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('its offer filters on the language: only people who speak it remain', async function () {
    this.timeout(30000);
    await setPageLocale('ti', { remember: false });
    const el = await finder();
    const note = notice(el)!;
    expect(note.lang).to.equal('ti');
    expect(note.textContent).to.contain('እዚ ጽሑፍ ገና');
    const button = note.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent!.trim()).to.equal('መራኸቢ ሰብ ድለዩ');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    button.click();
    const select = () => el.shadowRoot!.querySelector<HTMLSelectElement>('select[name=language]')!;
    await waitUntil(() => select().value === 'ti', 'filtered on Tigrinya');
    await el.updateComplete;
    const shown = [...el.querySelectorAll('.wegwijs-contact-finder__list > li')];
    expect(shown.length).to.be.greaterThan(0);
    // the filter is set: the notice stays, without offering the same filter again
    expect(notice(el)!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is announced as a note with its offer (virtual screen reader)', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const el = await finder();
    await virtual.start({ container: notice(el)! });
    try {
      for (let i = 0; i < 6; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('note');
      expect(spoken).to.contain('هذا النص غير متوفر بعد');
      expect(spoken).to.contain('button, ابحث عن وسيط من الجالية');
    } finally {
      await virtual.stop();
    }
  });
});
