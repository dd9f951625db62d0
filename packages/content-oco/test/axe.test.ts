import { expect, fixture, html } from '@open-wc/testing';
import type { WegwijsStepGuide } from '@wegwijs/step-guide';
import '@wegwijs/step-guide/define';
import { setPageLocale } from '@wegwijs/core';
import { BASE, rendered, openAll } from './helpers.js';

document.documentElement.lang = 'nl';

describe('content-oco: the new route passes axe in nl, ar (RTL), ti and so', function () {
  // axe over ten open steps takes a few seconds on a busy machine.
  this.timeout(30000);
  afterEach(() => setPageLocale('nl', { remember: false }));
  for (const lang of ['nl', 'ar', 'ti', 'so']) {
    it(`${lang}: every step open, text in ${lang}, no axe violation`, async () => {
      await setPageLocale(lang, { remember: false });
      const el = await fixture<WegwijsStepGuide>(
        html`<wegwijs-step-guide src=${`${BASE}step-guide-oco.json`}></wegwijs-step-guide>`,
      );
      await rendered(el);
      await openAll(el);
      // The resident-facing text is in the resident's language, with its direction.
      const first = el.querySelector('.wegwijs-step-guide__text') as HTMLElement;
      expect(first.lang).to.equal(lang);
      expect(first.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});
