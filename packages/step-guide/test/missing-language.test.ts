import { expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor, ROUTE_URL } from './helpers.js';

// When the guide has no text in the resident's language: say so in it, offer a key person.

/** The example route without one language, as a blob URL. */
async function routeWithout(lang: string): Promise<string> {
  const route = await (await fetch(ROUTE_URL)).json();
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
  const json = JSON.stringify(strip(route));
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

describe("step guide: the resident's language has no text", () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says nothing in Dutch, where the text is', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const { el } = await guideFor(html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`);
    expect(el.querySelector('.wegwijs-step-guide__missing')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says nothing in Arabic when the guide has Arabic', async () => {
    await setPageLocale('ar', { remember: false });
    const { el } = await guideFor(html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`);
    expect(el.querySelector('.wegwijs-step-guide__missing')).to.equal(null);
  });

  it('says so in Arabic and links to a key person who speaks it, right to left', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const finder = document.createElement('wegwijs-contact-finder');
    document.body.append(finder);
    try {
      const { el } = await guideFor(
        html`<wegwijs-step-guide src=${await routeWithout('ar')}></wegwijs-step-guide>`,
      );
      const notice = el.querySelector<HTMLElement>('.wegwijs-step-guide__missing')!;
      expect(notice, 'notice').to.exist;
      expect(notice.textContent).to.contain('هذا النص غير متوفر بعد');
      expect(notice.textContent).to.contain('العربية');
      expect(notice.textContent).to.contain('وسيط من الجالية');
      expect(notice.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
      const link = notice.querySelector<HTMLAnchorElement>('a')!;
      expect(link.getAttribute('href')).to.equal('#cf-lang=ar');
      const box = link.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
      await expect(el).to.be.accessible();
    } finally {
      finder.remove();
    }
  });

  it('says so in Tigrinya; without a contact finder on the page, no link', async () => {
    await setPageLocale('ti', { remember: false });
    const { el } = await guideFor(html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`);
    const notice = el.querySelector<HTMLElement>('.wegwijs-step-guide__missing')!;
    expect(notice, 'notice').to.exist;
    expect(notice.textContent).to.contain('መራኸቢ ሰብ');
    expect(notice.textContent).not.to.contain('sleutelpersoon');
    expect(notice.querySelector('a')).to.equal(null);
  });
});
