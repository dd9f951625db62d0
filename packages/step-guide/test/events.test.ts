import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsStepChangeEvent, WegwijsStepGuide } from '../src/index.js';
import { settle, markup } from './helpers.js';

document.documentElement.lang = 'nl';

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
