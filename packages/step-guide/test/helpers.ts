import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { WegwijsStepGuide } from '../src/step-guide.js';

export const ROUTE_URL = '/packages/step-guide/examples/oco-route.json';

/** Render a guide and wait until its content is loaded (or failed) and rendered. */
export async function guideFor(template: TemplateResult) {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  console.warn = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    const el = (await fixture(template)) as WegwijsStepGuide;
    await settle(el);
    return {
      el,
      logged,
      guide: el.querySelector<HTMLElement>(':scope > .wegwijs-step-guide__guide'),
    };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

export async function settle(el: WegwijsStepGuide): Promise<void> {
  await el.updateComplete;
  await el.content.loaded;
  await waitUntil(
    () =>
      el.content.status !== 'loading' &&
      (el.querySelector('.wegwijs-step-guide__step') || el.shadowRoot?.querySelector('.fallback')),
    'guide did not render',
    { timeout: 4000 },
  );
  // Pictograms arrive in lazy chunks.
  await waitUntil(
    () => !el.querySelector('[data-pictogram="loading"]'),
    'pictograms did not load',
    {
      timeout: 4000,
    },
  );
  await el.updateComplete;
}

export const headings = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('.wegwijs-step-guide__title')].map((h) =>
    h.textContent!.replace(/\s+/g, ' ').trim(),
  );

export const markup = html`<ol>
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

export const json = (data: unknown) =>
  `/__fault/text?body=${encodeURIComponent(JSON.stringify(data))}`;
export const step = (el: Element, index: number) =>
  el.querySelectorAll<HTMLElement>('.wegwijs-step-guide__step')[index]!;
export const toggles = (el: Element) => [
  ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle'),
];
export const barButton = (el: Element, text: RegExp) =>
  [...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__bar button')].find((b) =>
    text.test(b.textContent!),
  )!;
