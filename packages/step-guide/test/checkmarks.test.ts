import { expect, html, oneEvent } from '@open-wc/testing';
import { readDevice, setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor } from './helpers.js';

document.documentElement.lang = 'nl';

const markup = html`<ol>
    <li data-pictogram="phone" data-id="bel" data-next="or">
      <h3>Bel de gemeente</h3>
      <p>Zeg: ik wil een <strong>cliëntondersteuner</strong>.</p>
      <a data-action href="tel:0201234567" data-phone="020 123 45 67">Bel</a>
    </li>
    <li data-pictogram="walk-in">
      <h3>Loop binnen</h3>
      <p>Kom naar het wijkteam.</p>
      <ul data-bring>
        <li>Uw brieven</li>
        <li>Uw ID-kaart</li>
      </ul>
    </li>
    <li data-pictogram="plan">
      <h3>Samen maakt u een plan</h3>
      <p>Het plan is van u.</p>
    </li>
  </ol>
  <template lang="ar">
    <ol>
      <li>
        <h3>اتصل بالبلدية</h3>
        <p>قل: أريد مرشدًا.</p>
        <a data-action href="tel:0201234567">اتصل</a>
      </li>
      <li>
        <h3>تعال بدون موعد</h3>
        <p>تعال إلى فريق الحي.</p>
        <ul data-bring>
          <li>رسائلك</li>
          <li>بطاقة هويتك</li>
        </ul>
      </li>
      <li>
        <h3>تضعان خطة معًا</h3>
        <p>الخطة لك.</p>
      </li>
    </ol>
  </template>`;
const step = (el: Element, index: number) =>
  el.querySelectorAll<HTMLElement>('.wegwijs-step-guide__step')[index]!;
const toggles = (el: Element) => [
  ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle'),
];
const barButton = (el: Element, text: RegExp) =>
  [...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__bar button')].find((b) =>
    text.test(b.textContent!),
  )!;

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
