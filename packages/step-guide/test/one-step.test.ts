import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor, ROUTE_URL, markup, barButton } from './helpers.js';

document.documentElement.lang = 'nl';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('one step at a time', () => {
  it('moves with big buttons, announces progress and moves focus to the step heading', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one" src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    expect(el.querySelectorAll('.wegwijs-step-guide__step')).to.have.length(1);
    const progress = el.querySelector('.wegwijs-step-guide__progress')!;
    expect(progress.getAttribute('role')).to.equal('status');
    expect(progress.querySelector('.wegwijs-step-guide__vh')!.textContent).to.equal('Stap 1 van 7');
    expect(progress.querySelector('[aria-hidden]')!.textContent).to.equal('1 / 7');
    const prev = el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__prev')!;
    const next = el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__next')!;
    expect(prev.disabled).to.equal(true);
    next.focus();
    const changed = oneEvent(el, 'wegwijs-step-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.index).to.equal(1);
    await el.updateComplete;
    expect(
      el.querySelector('.wegwijs-step-guide__progress .wegwijs-step-guide__vh')!.textContent,
    ).to.equal('Stap 2 van 7');
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-step-guide__title'));
    expect(document.activeElement!.textContent).to.contain('Loop binnen');
    expect(document.activeElement!.getAttribute('tabindex')).to.equal('-1');
    // Tab from the heading goes on into the step; Previous brings us back.
    el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__prev')!.click();
    await el.updateComplete;
    expect(
      el.querySelector('.wegwijs-step-guide__progress .wegwijs-step-guide__vh')!.textContent,
    ).to.equal('Stap 1 van 7');
    expect(document.activeElement!.textContent).to.contain('Bel de gemeente');
  });

  it('announces the progress in a live region (virtual screen reader)', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one">${markup}</wegwijs-step-guide>`,
    );
    const one = el.querySelector<HTMLElement>('.wegwijs-step-guide__one')!;
    await virtual.start({ container: one });
    try {
      await virtual.next();
      el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__next')!.click();
      await el.updateComplete;
      await waitUntil(async () =>
        (await virtual.spokenPhraseLog()).some((p) => p.includes('Stap 2 van 3')),
      );
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.match(/polite: Stap 2 van 3/);
    } finally {
      await virtual.stop();
    }
  });

  it('switches views by the resident, and mirrors arrows in RTL', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    barButton(el, /Stap voor stap/).click();
    await el.updateComplete;
    expect(el.currentView).to.equal('one');
    expect(document.activeElement?.classList.contains('wegwijs-step-guide__title')).to.equal(true);
    expect(el.querySelector('.wegwijs-step-guide__next [aria-hidden]')!.textContent).to.equal('→');
    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    expect(el.querySelector('.wegwijs-step-guide__next [aria-hidden]')!.textContent).to.equal('←');
    expect(el.querySelector('.wegwijs-step-guide__next')!.textContent).to.contain('التالي');
  });

  it('swipes with pointer events (towards the reading direction)', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one">${markup}</wegwijs-step-guide>`,
    );
    const area = el.querySelector('.wegwijs-step-guide__one')!;
    const swipe = (from: number, to: number) => {
      area.dispatchEvent(
        new PointerEvent('pointerdown', { clientX: from, clientY: 100, bubbles: true }),
      );
      area.dispatchEvent(
        new PointerEvent('pointerup', { clientX: to, clientY: 105, bubbles: true }),
      );
    };
    swipe(300, 100);
    await el.updateComplete;
    expect(el.activeStep).to.equal(1);
    swipe(100, 130); // too short: nothing
    await el.updateComplete;
    expect(el.activeStep).to.equal(1);
    swipe(100, 300);
    await el.updateComplete;
    expect(el.activeStep).to.equal(0);
  });

  it('has no axe violations in Dutch and in Arabic (RTL)', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one" src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    await expect(el).to.be.accessible();
    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
