import { expect, html, oneEvent } from '@open-wc/testing';
import { readDevice, setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor, markup, step, toggles, barButton } from './helpers.js';

document.documentElement.lang = 'nl';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('checkmarks on the device', () => {
  it('stores ticked steps under a documented key, and resets them', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide progress-key="test-route">${markup}</wegwijs-step-guide>`,
    );
    toggles(el)[1]!.click();
    await el.updateComplete;
    const box = step(el, 1).querySelector<HTMLInputElement>('.wegwijs-step-guide__check input')!;
    const checked = oneEvent(el, 'wegwijs-step-check');
    box.click();
    const event = await checked;
    expect(event.detail).to.deep.equal({ index: 1, id: '1', checked: true });
    expect(readDevice('step-guide:test-route')).to.equal('["1"]');
    box.checked = false;
    step(el, 0).querySelector<HTMLInputElement>('.wegwijs-step-guide__check input')!.click();
    expect(JSON.parse(localStorage.getItem('wegwijs:step-guide:test-route')!)).to.deep.equal([
      '1',
      'bel',
    ]);

    // A new guide on the same key shows the ticks, and starts at the first open step.
    const again = await guideFor(
      html`<wegwijs-step-guide progress-key="test-route">${markup}</wegwijs-step-guide>`,
    );
    expect(step(again.el, 0).dataset['status']).to.equal('done');
    expect(step(again.el, 0).querySelector('.wegwijs-step-guide__num')!.textContent).to.equal('✓');
    expect(step(again.el, 2).getAttribute('aria-current')).to.equal('step');

    barButton(again.el, /Wis mijn vinkjes/).click();
    await again.el.updateComplete;
    expect(localStorage.getItem('wegwijs:step-guide:test-route')).to.equal(null);
    expect(again.el.querySelector('.wegwijs-step-guide__bar [role=status]')!.textContent).to.equal(
      'Uw vinkjes zijn gewist.',
    );
    expect(again.el.querySelector('[data-status=done]')).to.equal(null);
  });
});
