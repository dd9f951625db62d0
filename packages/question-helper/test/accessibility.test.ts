import { expect, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { SET_URL, helperFor, settle, toCard } from './helpers.js';
const title = (el: Element) =>
  el.querySelector('.wegwijs-question-helper__title')!.textContent!.trim();

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('accessibility', () => {
  for (const locale of ['nl', 'en', 'ar', 'tr']) {
    it(`has no axe violations on any step in ${locale}`, async function () {
      this.timeout(30000);
      await setPageLocale(locale, { remember: false });
      const { el } = await helperFor(
        html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
      );
      if (locale !== 'nl')
        await waitUntil(() => title(el) !== 'Waar gaat het over?', 'UI not translated');
      expect(el.querySelector('.wegwijs-question-helper__in')!.getAttribute('dir')).to.equal(
        locale === 'ar' ? 'rtl' : 'ltr',
      );
      await expect(el).to.be.accessible();
      el.setAnswers({ domains: ['money', 'letter'] });
      for (const step of [1, 2]) {
        el.go(step);
        await el.updateComplete;
        await settle(el);
        await expect(el, `step ${step + 1}`).to.be.accessible();
      }
      await toCard(el, locale === 'nl' ? 'ar' : locale);
      await expect(el, 'card').to.be.accessible();
    });
  }
});
