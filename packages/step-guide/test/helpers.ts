import { fixture, waitUntil } from '@open-wc/testing';
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
