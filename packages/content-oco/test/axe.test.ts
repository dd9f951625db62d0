import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WegwijsStepGuide } from '@wegwijs/step-guide';
import '@wegwijs/step-guide/define';
import { setPageLocale } from '@wegwijs/core';

document.documentElement.lang = 'nl';

const BASE = '/packages/content-oco/content/';

const STEPS = 10;

/** Wait until the guide has rendered its steps (light DOM) and their pictograms. */
async function rendered(el: WegwijsStepGuide) {
  await el.content.loaded;
  await waitUntil(
    () => el.querySelectorAll('.wegwijs-step-guide__step').length === STEPS,
    'steps not rendered',
    {
      timeout: 4000,
    },
  );
  await waitUntil(() => !el.querySelector('[data-pictogram="loading"]'), 'pictograms', {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** Open every step: a closed step's text, actions and read-aloud button are filled when it opens. */
async function openAll(el: WegwijsStepGuide) {
  const toggles = () => [...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle')];
  const allOpen = () => toggles().every((t) => t.getAttribute('aria-expanded') === 'true');
  if (!allOpen()) {
    // As a resident does: the "show all steps" button in the bar.
    const showAll = [
      ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__bar button'),
    ].find((b) => b.hasAttribute('aria-expanded'))!;
    showAll.click();
    await el.updateComplete;
  }
  expect(toggles()).to.have.length(STEPS);
  expect(allOpen()).to.equal(true);
}

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
