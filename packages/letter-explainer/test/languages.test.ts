import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { EXAMPLES, ready, termButtons } from './helpers.js';

document.documentElement.lang = 'nl';

describe('wegwijs-letter-explainer', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
  });

  describe('languages and accessibility', () => {
    it('is accessible in Dutch with explanations open', async function () {
      this.timeout(30000);
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/wmo-beschikking.json"
            today="2025-04-01"
            letter-date="2025-03-10"
          ></wegwijs-letter-explainer>`,
        ),
      );
      termButtons(el)[0]!.click();
      termButtons(el)[5]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in Arabic (RTL) with explanations open; keeps the Dutch term beside the Arabic', async function () {
      this.timeout(30000);
      await setPageLocale('ar', { remember: false });
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/wmo-beschikking.json"
            today="2025-04-01"
            letter-date="2025-03-10"
          ></wegwijs-letter-explainer>`,
        ),
      );
      await waitUntil(
        () => el.querySelector('[slot="wegwijs-top"]')!.textContent!.includes('ما هذه الرسالة'),
        'Arabic UI',
        { timeout: 4000 },
      );
      const top = el.querySelector('[slot="wegwijs-top"]')!;
      expect(top.getAttribute('dir')).to.equal('rtl');
      const button = termButtons(el).find((b) => b.textContent!.startsWith('eigen bijdrage'))!;
      button.click();
      const tip = el.querySelector(`#${button.getAttribute('aria-controls')}`)!;
      expect(tip.querySelector('.wegwijs-letter-explainer__nl')!.textContent).to.equal(
        'eigen bijdrage',
      );
      expect(tip.querySelector('.wegwijs-letter-explainer__nl')!.getAttribute('lang')).to.equal(
        'nl',
      );
      const arabic = tip.querySelector('[lang="ar"][dir="rtl"]')!;
      expect(arabic.textContent).to.contain('CAK');
      // The glossary's Arabic term gloss sits beside the Dutch term.
      await waitUntil(() => !!el.querySelector('dl dt [lang="ar"]'), 'Arabic glossary', {
        timeout: 4000,
      });
      expect(
        el.querySelector('.wegwijs-letter-explainer__note')!.textContent!.length,
      ).to.be.greaterThan(5);
      expect(el.deadlineInfo()!.when).to.match(/أبريل|نيسان/);
      await expect(el).to.be.accessible();
    });
  });
});
