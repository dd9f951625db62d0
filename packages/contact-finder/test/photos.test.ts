/** #26 "Missing": photos (with alt text) of key persons where the data provides them. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';

async function finder() {
  const el = (await fixture(
    html`<wegwijs-contact-finder src=${JSON_SRC} page-size="6" no-hash></wegwijs-contact-finder>`,
  )) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}
const photos = (el: Element) => [
  ...el.querySelectorAll<HTMLImageElement>('.wegwijs-contact-finder__contact img'),
];

describe('photos of key persons', () => {
  it('shows the demo avatars, resolved against the JSON file, with alt text', async () => {
    const el = await finder();
    const images = photos(el);
    expect(images.length, 'avatars in the first 6 contacts').to.be.at.least(3);
    for (const img of images) {
      expect(img.src).to.match(/\/packages\/contact-finder\/examples\/avatars\/avatar-\w+\.svg$/);
      expect(img.alt).to.equal('Getekend plaatje van een persoon (geen foto)');
      img.loading = 'eager';
    }
    await waitUntil(() => images.every((img) => img.complete && img.naturalWidth > 0), 'loaded', {
      timeout: 4000,
    });
    const fatima = el.querySelector('.wegwijs-contact-finder__contact')!;
    expect(fatima.querySelector('h3')!.textContent).to.equal('Fatima El Amrani');
    expect(fatima.querySelector('img')).to.exist;
  });

  it('gives the alt text in Arabic (RTL), accessibly, and in Dutch', async function () {
    this.timeout(30000);
    await expect(await finder()).to.be.accessible();
    await setPageLocale('ar', { remember: false });
    try {
      const el = await finder();
      await el.updateComplete;
      const img = photos(el)[0]!;
      expect(img.alt).to.equal('رسم لشخص (ليست صورة حقيقية)');
      expect(img.getAttribute('lang')).to.equal('ar');
      await expect(el).to.be.accessible();
    } finally {
      await setPageLocale('nl', { remember: false });
    }
  });
});
