/** #26 "Missing": share a contact or the filtered list (Web Share API, else copy the link). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';

async function finder() {
  const el = (await fixture(
    html`<wegwijs-contact-finder
      src=${JSON_SRC}
      language="ar"
      topic="letters"
      postcode="9905"
      page-size="2"
    ></wegwijs-contact-finder>`,
  )) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}
const listButton = (el: Element) =>
  el.querySelector<HTMLButtonElement>(
    '.wegwijs-contact-finder__count + .wegwijs-contact-finder__share button',
  )!;
const announced = (el: Element) =>
  el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** Replaces a navigator member for one test. */
function stub<K extends 'share' | 'clipboard'>(key: K, value: unknown) {
  const own = Object.getOwnPropertyDescriptor(navigator, key);
  Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
  return () =>
    own ? Object.defineProperty(navigator, key, own) : delete (navigator as never)[key];
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('share', () => {
  it('hands the filtered list to the share sheet (Web Share API), only on a tap', async () => {
    const calls: ShareData[] = [];
    const restore = stub('share', async (data: ShareData) => void calls.push(data));
    try {
      const el = await finder();
      expect(calls, 'nothing shared before the tap').to.have.length(0);
      const button = listButton(el);
      expect(button.textContent!.trim()).to.equal('Deel deze lijst');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      button.click();
      await waitUntil(() => calls.length > 0, 'share sheet opened', { timeout: 4000 });
      expect(calls).to.have.length(1);
      const url = new URL(calls[0]!.url!);
      expect(url.pathname).to.equal(location.pathname);
      const hash = new URLSearchParams(url.hash.slice(1));
      expect(hash.get('cf-lang')).to.equal('ar');
      expect(hash.get('cf-topic')).to.equal('letters');
      expect(hash.has('cf-pc'), 'the postcode stays on the device').to.be.false;
    } finally {
      restore();
    }
  });

  it('copies a contact’s link without Web Share, and confirms visibly and to screen readers', async () => {
    const copied: string[] = [];
    const restoreShare = stub('share', undefined);
    const restoreClipboard = stub('clipboard', {
      writeText: async (text: string) => void copied.push(text),
    });
    try {
      const el = await finder();
      const card = el.querySelector('.wegwijs-contact-finder__contact')!;
      const name = card.querySelector('h3')!.textContent!;
      const button = card.querySelector<HTMLButtonElement>(
        '.wegwijs-contact-finder__share button',
      )!;
      expect(button.textContent!.trim()).to.equal('Deel dit contact');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      button.click();
      await waitUntil(() => card.querySelector('.wegwijs-contact-finder__copied'), 'confirmed', {
        timeout: 4000,
      });
      expect(copied).to.have.length(1);
      expect(new URLSearchParams(new URL(copied[0]!).hash.slice(1)).get('cf-q')).to.equal(name);
      const confirmation = card.querySelector('.wegwijs-contact-finder__copied')!;
      expect(confirmation.textContent).to.contain('Link gekopieerd');
      expect(announced(el)).to.contain('Link gekopieerd');
      // only the tapped contact says so; a new search clears it
      expect(el.querySelectorAll('.wegwijs-contact-finder__copied')).to.have.length(1);
    } finally {
      restoreShare();
      restoreClipboard();
    }
  });

  it('shows the link when copying is not possible', async () => {
    const restoreShare = stub('share', undefined);
    const restoreClipboard = stub('clipboard', {
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
    try {
      const el = await finder();
      listButton(el).click();
      await waitUntil(() => el.querySelector('.wegwijs-contact-finder__copied'), 'shown', {
        timeout: 4000,
      });
      const box = el.querySelector('.wegwijs-contact-finder__copied')!;
      expect(box.textContent).to.contain('Kopiëren lukte niet');
      expect(box.querySelector('bdi[dir=ltr]')!.textContent).to.contain('#');
    } finally {
      restoreShare();
      restoreClipboard();
    }
  });

  it('is accessible in Dutch and Arabic (RTL) with the confirmation shown', async function () {
    this.timeout(30000);
    const restoreShare = stub('share', undefined);
    const restoreClipboard = stub('clipboard', { writeText: async () => undefined });
    try {
      for (const locale of ['nl', 'ar']) {
        await setPageLocale(locale, { remember: false });
        const el = await finder();
        await el.updateComplete;
        listButton(el).click();
        await waitUntil(() => el.querySelector('.wegwijs-contact-finder__copied'), 'shown', {
          timeout: 4000,
        });
        const text = el.querySelector('.wegwijs-contact-finder__copied')!.textContent!;
        if (locale === 'ar') expect(text).not.to.contain('gekopieerd');
        await expect(el).to.be.accessible();
      }
    } finally {
      await setPageLocale('nl', { remember: false });
      restoreShare();
      restoreClipboard();
    }
  });
});
