import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsStepChangeEvent, WegwijsStepGuide } from '../src/index.js';
import { settle } from './helpers.js';

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

describe('events and API', () => {
  it('reports the step change with a typed event', async () => {
    const el = (await fixture(
      html`<wegwijs-step-guide view="one">${markup}</wegwijs-step-guide>`,
    )) as WegwijsStepGuide;
    await settle(el);
    setTimeout(() => el.go(2));
    const event = await oneEvent(el, 'wegwijs-step-change');
    expect((event as unknown as WegwijsStepChangeEvent).index).to.equal(2);
    expect(event.bubbles && event.composed).to.equal(true);
  });
});
