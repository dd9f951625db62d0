// The guide on a hostile host page: a locale switch after rendering, removal before the lazy
// view arrives, and a host stylesheet that resets every button (test/quality/hosts).
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { adoptStyles } from '../src/view/guide-view.js';
import type { WegwijsStepGuide } from '../src/index.js';
import { guideFor, ROUTE_URL } from './helpers.js';

document.documentElement.lang = 'nl';

const toggles = (el: Element) => [
  ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle'),
];

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('locale switch after the guide rendered', () => {
  it('keeps its show/hide buttons working (page locale set by code)', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`);
    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    const second = toggles(el)[1]!;
    expect(second.textContent).to.contain('الخطوة 2');
    expect(second.getAttribute('aria-expanded')).to.equal('false');
    second.click();
    await el.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    const body = el.querySelector<HTMLElement>(`#${second.getAttribute('aria-controls')}`)!;
    expect(body.hidden).to.equal(false);
    second.click();
    await el.updateComplete;
    expect(body.hidden).to.equal(true);
  });

  it('keeps its buttons working when the resident uses the language switch on the page', async () => {
    const page = (await fixture(
      html`<div>
        <wegwijs-language-switch languages="nl ar tr" variant="buttons"></wegwijs-language-switch>
        <wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>
      </div>`,
    )) as HTMLElement;
    const el = page.querySelector<WegwijsStepGuide>('wegwijs-step-guide')!;
    const { settle } = await import('./helpers.js');
    await settle(el);
    const pageSwitch = page.querySelector('wegwijs-language-switch')!;
    await (pageSwitch as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const turkish = [...pageSwitch.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.getAttribute('lang') === 'tr' || /Türkçe/.test(b.textContent ?? ''),
    )!;
    turkish.click();
    await aTimeout(200);
    await el.updateComplete;
    expect(el.querySelector('.wegwijs-step-guide__title')!.textContent).to.contain(
      'Belediyeyi arayın',
    );
    // Every rendered button is still wired: show all, then the view switch.
    const showAll = [
      ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__bar button'),
    ].find((b) => b.hasAttribute('aria-expanded'))!;
    showAll.click();
    await el.updateComplete;
    expect(toggles(el).every((t) => t.getAttribute('aria-expanded') === 'true')).to.equal(true);
    toggles(el)[0]!.click();
    await el.updateComplete;
    expect(toggles(el)[0]!.getAttribute('aria-expanded')).to.equal('false');
    const oneByOne = el.querySelector<HTMLButtonElement>(
      '.wegwijs-step-guide__views [aria-pressed=false]',
    )!;
    oneByOne.click();
    await el.updateComplete;
    expect(el.querySelector('.wegwijs-step-guide__one')).to.exist;
  });
});

describe('removed before the lazy view arrives', () => {
  it('adopts no styles into a detached tree (and throws nothing)', () => {
    const detached = document.createElement('wegwijs-step-guide');
    expect(() => adoptStyles(detached)).not.to.throw();
    const inFragment = document.createElement('div');
    document.createDocumentFragment().append(inFragment);
    expect(() => adoptStyles(inFragment)).not.to.throw();
  });

  it('causes no uncaught error when removed at once, and renders when it comes back', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('reason' in e ? e.reason : e.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const el = document.createElement('wegwijs-step-guide') as WegwijsStepGuide;
      el.src = ROUTE_URL;
      document.body.append(el);
      el.remove();
      await aTimeout(300);
      expect(errors).to.deep.equal([]);
      document.body.append(el);
      const { settle } = await import('./helpers.js');
      await settle(el);
      expect(el.querySelectorAll('.wegwijs-step-guide__step')).to.have.length(7);
      el.remove();
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });
});

describe('call to action', () => {
  it('reads "Bel 020 123 45 67": a space between the label and the number', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`);
    const action = el.querySelector<HTMLAnchorElement>('a.wegwijs-step-guide__act')!;
    // innerText follows the layout: separate flex items would give "Bel\n020 123 45 67", and
    // the accessible name "Bel020 123 45 67".
    expect(action.innerText.trim()).to.equal('Bel 020 123 45 67');
    expect(action.querySelector('bdi[dir=ltr]')!.textContent).to.equal('020 123 45 67');
  });
});

describe('under aggressive host CSS', () => {
  it('keeps every control at least 24×24 px and hidden steps hidden', async () => {
    const hostile = new CSSStyleSheet();
    hostile.replaceSync(`html { font-size: 10px }
      * { box-sizing: content-box !important; font-size: 9px !important }
      *, *::before, *::after { margin: 0; padding: 0 }
      div, p, button, li, a { all: unset }
      :focus { outline: none }
      [hidden] { display: block }`);
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, hostile];
    try {
      const { el } = await guideFor(
        html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`,
      );
      // Open every step but the second, so the calls to action are on screen too (by their
      // show/hide buttons, as a resident would).
      for (const [i, toggle] of toggles(el).entries()) {
        if ((toggle.getAttribute('aria-expanded') === 'true') !== (i !== 1)) toggle.click();
      }
      await el.updateComplete;
      expect(toggles(el).map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(
        toggles(el).map((_, i) => String(i !== 1)),
      );
      const controls = [
        ...el.querySelectorAll<HTMLElement>(
          '.wegwijs-step-guide__guide button, a.wegwijs-step-guide__act',
        ),
      ].filter((c) => c.checkVisibility());
      expect(controls.length).to.be.greaterThan(8);
      expect(controls.some((c) => c.matches('a.wegwijs-step-guide__act'))).to.equal(true);
      for (const control of controls) {
        const { width, height } = control.getBoundingClientRect();
        expect(width, control.textContent!).to.be.at.least(24);
        expect(height, control.textContent!).to.be.at.least(24);
        expect(getComputedStyle(control).cursor).to.equal('pointer');
      }
      const closed = toggles(el)[1]!;
      const body = el.querySelector<HTMLElement>(`#${closed.getAttribute('aria-controls')}`)!;
      expect(getComputedStyle(body).display).to.equal('none');
      closed.focus({ focusVisible: true } as FocusOptions);
      expect(getComputedStyle(closed).outlineStyle).not.to.equal('none');
    } finally {
      document.adoptedStyleSheets = before;
    }
  });
});
