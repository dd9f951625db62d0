// The contact finder on a hostile host page (test/quality/hosts): calls to action read as
// "Bel 06-…", and a host reset (`button, a { all: unset }`) cannot shrink the controls.
import { expect, fixture, html } from '@open-wc/testing';
import './helpers/papaparse.js';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';
const tuesdayMorning = new Date('2026-03-03T09:30:00Z');

async function finder() {
  const el = (await fixture(
    html`<wegwijs-contact-finder src=${JSON_SRC} .now=${tuesdayMorning}></wegwijs-contact-finder>`,
  )) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}

describe('calls to action', () => {
  it('read "Bel 06-12341000": label and number apart, the number isolated left-to-right', async () => {
    const el = await finder();
    const card = el.querySelector('.wegwijs-contact-finder__contact')!;
    const call = card.querySelector<HTMLElement>('a[href="tel:0612341000"]')!;
    // innerText follows the layout: separate flex items would read "Bel\n06-12341000" (and the
    // accessible name "Bel06-12341000").
    expect(call.innerText.trim()).to.equal('Bel 06-12341000');
    expect(call.querySelector('bdi[dir=ltr]')!.textContent).to.equal('06-12341000');
    const whatsapp = card.querySelector<HTMLElement>('a[href^="https://wa.me/"]')!;
    expect(whatsapp.innerText.trim()).to.match(/^WhatsApp \S/);
    for (const link of card.querySelectorAll<HTMLElement>('.wegwijs-contact-finder__channels a'))
      expect(link.innerText.trim(), link.innerText).not.to.contain('\n');
  });
});

describe('under aggressive host CSS', () => {
  it('keeps every light-DOM control at least 24×24 px, with a pointer and a focus outline', async () => {
    const hostile = new CSSStyleSheet();
    hostile.replaceSync(`html { font-size: 10px }
      * { box-sizing: content-box !important; font-size: 9px !important }
      *, *::before, *::after { margin: 0; padding: 0 }
      div, p, button, li, a { all: unset }
      :focus { outline: none }`);
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, hostile];
    try {
      const el = await finder();
      const controls = [
        ...el.querySelectorAll<HTMLElement>(
          '.wegwijs-contact-finder__results button, .wegwijs-contact-finder__channels a',
        ),
      ].filter((c) => c.checkVisibility());
      expect(controls.length).to.be.greaterThan(10);
      for (const control of controls) {
        const { width, height } = control.getBoundingClientRect();
        expect(width, control.textContent!).to.be.at.least(24);
        expect(height, control.textContent!).to.be.at.least(24);
        expect(getComputedStyle(control).cursor).to.equal('pointer');
      }
      const card = el.querySelector<HTMLButtonElement>('button.wegwijs-contact-finder__card')!;
      card.focus({ focusVisible: true } as FocusOptions);
      expect(getComputedStyle(card).outlineStyle).not.to.equal('none');
      // The rest stays in @layer wegwijs: the host's reset still wins there (colours, border).
      expect(getComputedStyle(card).borderStyle).to.equal('none');
    } finally {
      document.adoptedStyleSheets = before;
    }
  });
});
