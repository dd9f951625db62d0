import { aTimeout, expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import './helpers/papaparse.js';
import '../src/define.js';
import { JSON_SRC, tuesdayMorning, finder, shadow, cards, field } from './helpers/finder.js';

document.documentElement.lang = 'nl';

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<wegwijs-contact-finder>', () => {
  it('is accessible in Dutch', async function () {
    this.timeout(30000);
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC} page-size="4"></wegwijs-contact-finder>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible in Arabic (RTL), with times and labels in Arabic', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    try {
      const el = await finder(
        html`<wegwijs-contact-finder
          src=${JSON_SRC}
          .now=${tuesdayMorning}
          page-size="4"
        ></wegwijs-contact-finder>`,
      );
      for (let i = 0; i < 60 && cards(el)[0]!.textContent!.includes('Nu open'); i++) {
        await aTimeout(50);
        await el.updateComplete;
      }
      expect(shadow(el).querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
      expect(el.querySelector('[slot=results] > div')!.getAttribute('dir')).to.equal('rtl');
      const statusText = cards(el)[0]!.querySelector(
        '.wegwijs-contact-finder__status',
      )!.textContent!;
      expect(statusText).to.contain('م'); // 12:00 م: the time in Arabic
      expect(statusText).not.to.contain('Nu open');
      expect(field<HTMLSelectElement>(el, 'language').labels![0]!.textContent).not.to.contain(
        'Welke taal',
      );
      expect(cards(el)[0]!.querySelector('bdi[dir=ltr]')!.textContent).to.equal('06-12341000');
      await expect(el).to.be.accessible();
    } finally {
      await setPageLocale('nl', { remember: false });
    }
  });
});
