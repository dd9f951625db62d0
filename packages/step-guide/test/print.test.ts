import { expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor, ROUTE_URL, markup } from './helpers.js';

document.documentElement.lang = 'nl';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('print layout', () => {
  it('opens every step, keeps pictograms and drops the buttons', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide print view="one" src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    expect(el.querySelectorAll('.wegwijs-step-guide__step')).to.have.length(7);
    expect(el.querySelectorAll('button')).to.have.length(0);
    expect(el.querySelectorAll('input, wegwijs-read-aloud')).to.have.length(0);
    expect(el.querySelectorAll('.wegwijs-step-guide__body[hidden]')).to.have.length(0);
    expect(el.querySelectorAll('.wegwijs-step-guide__pic svg')).to.have.length(7);
    expect(el.querySelectorAll('.wegwijs-step-guide__title')).to.have.length(7);
  });

  it('switches to it when the browser prints', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.querySelectorAll('.wegwijs-step-guide__body[hidden]')).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.querySelectorAll('.wegwijs-step-guide__body[hidden]')).to.have.length(2);
  });

  it('gets its buttons back when the browser never says printing ended', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.querySelectorAll('button')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await el.updateComplete;
    expect(el.querySelectorAll('button').length).to.be.greaterThan(0);
  });
});
