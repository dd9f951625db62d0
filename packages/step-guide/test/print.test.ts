import { expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor, ROUTE_URL } from './helpers.js';

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
