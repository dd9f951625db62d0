// The helper on a hostile host page: removal before the lazy view arrives, a locale switch
// after rendering, and a host stylesheet that resets every button (test/quality/hosts).
import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsQuestionHelper } from '../src/question-helper.js';
import { SET_URL, helperFor, settle } from './helpers.js';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
});

describe('hostile host', () => {
  it('causes no uncaught error when removed at once, and renders when it comes back', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('reason' in e ? e.reason : e.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const el = document.createElement('wegwijs-question-helper') as WegwijsQuestionHelper;
      el.src = SET_URL;
      document.body.append(el);
      el.remove();
      await aTimeout(300);
      expect(errors).to.deep.equal([]);
      document.body.append(el);
      await settle(el);
      expect(el.querySelectorAll('.wegwijs-question-helper__domain')).to.have.length(10);
      el.remove();
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });

  it('follows a locale switch after rendering, keeping the answers', async () => {
    await setPageLocale('nl', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__domain')!.click();
    await setPageLocale('tr', { remember: false });
    await waitUntil(
      () => el.querySelector('.wegwijs-question-helper__title')!.textContent!.trim() === 'Konu ne?',
      'not in Turkish',
    );
    const money = el.querySelector('.wegwijs-question-helper__domain')!;
    expect(money.getAttribute('aria-pressed')).to.equal('true');
    expect(money.textContent!.trim()).to.equal('Para ve borçlar');
    expect(el.querySelector('.wegwijs-question-helper__in')!.getAttribute('lang')).to.equal('tr');
  });

  it('keeps every control at least 24×24 px under aggressive host CSS', async () => {
    const hostile = new CSSStyleSheet();
    hostile.replaceSync(`html { font-size: 10px }
      * { box-sizing: content-box !important; font-size: 9px !important }
      *, *::before, *::after { margin: 0; padding: 0 }
      div, p, button, li, a, input { all: unset }
      :focus { outline: none }
      [hidden] { display: block }`);
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, hostile];
    try {
      const { el } = await helperFor(
        html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
      );
      el.setAnswers({ domains: ['money', 'letter'], language: 'ar' });
      for (const step of [0, 1, 2, 3]) {
        el.go(step);
        await el.updateComplete;
        await waitUntil(() => !el.querySelector('[aria-busy]'), 'step not ready');
        const controls = [
          ...el.querySelectorAll<HTMLElement>(
            '.wegwijs-question-helper__helper button, .wegwijs-question-helper__helper a.wegwijs-question-helper__whatsapp, .wegwijs-question-helper__helper input',
          ),
        ].filter((c) => c.checkVisibility());
        expect(controls.length, `step ${step + 1}`).to.be.greaterThan(2);
        for (const control of controls) {
          const { width, height } = control.getBoundingClientRect();
          const name = `step ${step + 1}: ${control.outerHTML.slice(0, 80)}`;
          expect(width, name).to.be.at.least(24);
          expect(height, name).to.be.at.least(24);
        }
      }
      const button = el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__print')!;
      button.focus({ focusVisible: true } as FocusOptions);
      expect(getComputedStyle(button).outlineStyle).not.to.equal('none');
    } finally {
      document.adoptedStyleSheets = before;
    }
  });
});
