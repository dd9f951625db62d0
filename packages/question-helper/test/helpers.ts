import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { WegwijsQuestionHelper } from '../src/question-helper.js';
import { laterSteps } from '../src/later-steps-loader.js';

export const SET_URL = '/packages/content-oco/content/question-helper-oco.json';
export const CONTACTS_URL = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';

/** Render a helper and wait until its content is loaded (or failed) and rendered. */
export async function helperFor(template: TemplateResult, selector = 'wegwijs-question-helper') {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  console.warn = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    const root = await fixture(template);
    const el = (
      root.matches(selector) ? root : root.querySelector(selector)!
    ) as WegwijsQuestionHelper;
    await settle(el);
    return { el, root, logged };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

export async function settle(el: WegwijsQuestionHelper): Promise<void> {
  await el.updateComplete;
  await el.content.loaded;
  await waitUntil(
    () =>
      el.content.status !== 'loading' &&
      (el.querySelector('.wegwijs-question-helper__in') ||
        el.shadowRoot?.querySelector('.fallback')),
    'helper did not render',
    { timeout: 4000 },
  );
  await waitUntil(
    () => !el.querySelector('[data-pictogram="loading"]'),
    'pictograms did not load',
    { timeout: 20000 },
  );
  // The later steps' code, fetched after the first render (later-steps-loader.ts): settled
  // means a tap on "Next" shows the next step at once (lazy-steps.test.ts taps before it).
  if (el.querySelector('.wegwijs-question-helper__in'))
    await waitUntil(() => laterSteps() !== undefined, 'the later steps did not load', {
      timeout: 20000,
    });
  await el.updateComplete;
}

/** The element that has focus, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Press Tab (Shift+Tab with `back`) until `match` has focus: keyboard only, like a resident. */
export async function tabTo(match: (el: Element) => boolean, what: string, back = false) {
  for (let i = 0; i < 80; i++) {
    const now = focused();
    if (now && match(now)) return now as HTMLElement;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

export const press = (key: string) => sendKeys({ press: key });

/** Walk to the card with two domains, two statements and some preferences (not the keyboard test). */
export async function toCard(el: WegwijsQuestionHelper, language = 'ar') {
  el.setAnswers({
    domains: ['money', 'letter'],
    statements: ['money/bills', 'letter/understand'],
    freeText: 'Ik schaam me een beetje.',
    language,
    helpLanguage: 'interpreter',
    channel: 'walk-in',
    supporter: 'woman',
    deadline: 'yes',
    deadlineDate: '2027-01-12',
  });
  el.go(3);
  await waitUntil(() => el.querySelector('.wegwijs-question-helper__half'), 'no card');
  await el.updateComplete;
}
