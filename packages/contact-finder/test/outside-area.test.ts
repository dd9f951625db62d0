/** #26 "Missing": a postcode outside the municipality's area gets a message and a way on. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';

async function finder(postcode: string) {
  const el = (await fixture(
    html`<wegwijs-contact-finder
      src=${JSON_SRC}
      postcode=${postcode}
      page-size="2"
      no-hash
    ></wegwijs-contact-finder>`,
  )) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}
const announced = (el: Element) => el.shadowRoot!.querySelector('[role=status]')!.textContent!;
const outside = (el: Element) => el.querySelector('.wegwijs-contact-finder__outside');

describe('a postcode outside the municipality', () => {
  it('says the postcode is not in the municipality, and what to do instead', async () => {
    const el = await finder('1011 AB');
    const box = outside(el)!;
    expect(box !== null, 'outside message').to.be.true;
    expect(box.textContent).to.contain('Deze postcode ligt niet in onze gemeente.');
    expect(box.textContent).to.contain('website van uw eigen gemeente');
    expect(box.textContent).to.contain('Algemene hulplijn Voorbeeldstad');
    expect(box.querySelector('a[href="tel:09001234560"]')).to.exist;
    // next to the field too (the field's description), without marking it invalid
    const input = el.shadowRoot!.querySelector('[name=postcode]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('niet in onze gemeente');
    // announced once typing pauses (the count alone would sound like "nobody helps here")
    await waitUntil(() => announced(el).includes('niet in onze gemeente'), 'announced', {
      timeout: 3000,
    });
    expect(el.querySelector('.wegwijs-contact-finder__count')!.textContent).not.to.contain(
      'gemeente',
    );
    // the "search without postcode" way on
    const button = box.querySelector<HTMLButtonElement>('button.wegwijs-contact-finder__without')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    button.click();
    await el.updateComplete;
    expect(outside(el) === null, 'no outside message').to.be.true;
  });

  it('says nothing for a postcode inside the area', async () => {
    const el = await finder('9905');
    expect(outside(el) === null, 'no outside message').to.be.true;
    expect(el.shadowRoot!.querySelector('.error')!.textContent!.trim()).to.equal('');
  });

  it('is accessible in Dutch and in Arabic (RTL, translated)', async function () {
    this.timeout(30000);
    await expect(await finder('1011')).to.be.accessible();
    await setPageLocale('ar', { remember: false });
    try {
      const el = await finder('1011');
      await el.updateComplete;
      const box = outside(el)!;
      expect(box.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
      expect(box.textContent).not.to.contain('gemeente');
      await expect(el).to.be.accessible();
    } finally {
      await setPageLocale('nl', { remember: false });
    }
  });
});
