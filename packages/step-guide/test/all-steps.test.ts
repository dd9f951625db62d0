import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import {
  guideFor,
  headings,
  ROUTE_URL,
  markup,
  json,
  step,
  toggles,
  barButton,
} from './helpers.js';

document.documentElement.lang = 'nl';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('all steps view', () => {
  it('shows and hides a step with a button that says whether it is open', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const [first, second] = toggles(el);
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(second!.getAttribute('aria-expanded')).to.equal('false');
    const body = el.querySelector<HTMLElement>(`#${second!.getAttribute('aria-controls')}`)!;
    expect(body.hidden).to.equal(true);
    second!.click();
    await el.updateComplete;
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
  });

  it('shows and hides all steps', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const all = barButton(el, /Toon alle stappen/);
    expect(all.getAttribute('aria-expanded')).to.equal('false');
    all.click();
    await el.updateComplete;
    expect(toggles(el).every((t) => t.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(all.textContent!.trim()).to.equal('Verberg alle stappen');
    all.click();
    await el.updateComplete;
    expect(toggles(el).every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('marks the current step with aria-current="step"', async () => {
    const route = {
      steps: [{ title: 'A', status: 'done' }, { title: 'B', status: 'current' }, { title: 'C' }],
    };
    const { el } = await guideFor(
      html`<wegwijs-step-guide src=${json(route)}></wegwijs-step-guide>`,
    );
    expect(step(el, 1).getAttribute('aria-current')).to.equal('step');
    expect(el.querySelectorAll('[aria-current]')).to.have.length(1);
    expect(step(el, 0).dataset['status']).to.equal('done');
    expect(step(el, 0).querySelector('.wegwijs-step-guide__chip')?.textContent).to.equal('Gedaan');
  });

  it('works with the keyboard alone', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const second = toggles(el)[1]!;
    second.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('false');
    // Tab from the first toggle reaches the step's call to action next.
    toggles(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.classList.contains('wegwijs-step-guide__act')).to.equal(true);
  });

  it('is what a screen reader reads: step numbers, headings, the list', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const list = el.querySelector<HTMLElement>('.wegwijs-step-guide__steps')!;
    await virtual.start({ container: list });
    try {
      for (let i = 0; i < 12; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('list');
      expect(spoken).to.match(/heading, Stap 1 van 3: Bel de gemeente, level 3/);
      expect(spoken).to.match(/button, Stap 1 van 3: Bel de gemeente, .*expanded/);
      expect(spoken).to.contain('Telefoon');
      expect(spoken).to.contain('current step');
    } finally {
      await virtual.stop();
    }
  });

  it('has no axe violations in Dutch and in Arabic (RTL)', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`);
    await expect(el).to.be.accessible();
    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    expect(el.querySelector('.wegwijs-step-guide__in')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('shows the Arabic UI when the page locale is set before the guide connects', async () => {
    await setPageLocale('ar', { remember: false });
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const allSteps = () => barButton(el, /./).textContent!.trim();
    await waitUntil(() => allSteps() === 'كل الخطوات', `UI not in Arabic: "${allSteps()}"`, {
      timeout: 3000,
    });
    const inner = el.querySelector('.wegwijs-step-guide__in')!;
    expect(inner.getAttribute('lang')).to.equal('ar');
    expect(inner.getAttribute('dir')).to.equal('rtl');
    expect(step(el, 0).querySelector('.wegwijs-step-guide__vh')!.textContent).to.contain(
      'الخطوة 1 من 3',
    );
    expect(headings(el)[0]).to.contain('اتصل بالبلدية');
  });
});
