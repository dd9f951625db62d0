// `@wegwijs/step-guide/define-with-view` (what the CDN loader fetches): the view comes with the
// element, so a guide renders in the task it connects in — the resident never sees the editor's
// markup painted first, and no second file is awaited.
import { expect } from '@open-wc/testing';
import '../src/define-with-view.js';
import type { WegwijsStepGuide } from '../src/step-guide.js';
import { settle } from './helpers.js';

function guideWithSteps(count: number): WegwijsStepGuide {
  const el = document.createElement('wegwijs-step-guide');
  const list = document.createElement('ol');
  for (let i = 1; i <= count; i++) {
    const step = document.createElement('li');
    step.dataset['pictogram'] = 'phone';
    step.append(Object.assign(document.createElement('h3'), { textContent: `Stap ${i}` }));
    step.append(Object.assign(document.createElement('p'), { textContent: 'Bel de gemeente.' }));
    list.append(step);
  }
  el.append(list);
  return el;
}

/** Resolves after `turns` microtasks: no task (network, timer, paint) can run in between. */
async function microtasks(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await Promise.resolve();
}

describe('step guide with its view up front (define-with-view)', () => {
  afterEach(() => document.querySelectorAll('wegwijs-step-guide').forEach((el) => el.remove()));

  it('renders all steps before any other task runs', async () => {
    const el = guideWithSteps(7);
    document.body.append(el);
    await microtasks(50);
    expect(el.querySelectorAll('.wegwijs-step-guide__step')).to.have.length(7);
    expect(el.querySelectorAll('.wegwijs-step-guide__title button[aria-expanded]')).to.have.length(
      7,
    );
    // The editor's markup is no longer what is shown: the slot shows the rendered guide.
    expect(el.shadowRoot!.querySelector('slot[name=guide]')).to.not.equal(null);
  });

  it('is the same element as `define`: works fully once its pictograms arrive', async () => {
    const el = guideWithSteps(3);
    document.body.append(el);
    await settle(el);
    expect(el.querySelectorAll('.wegwijs-step-guide__pic svg[role=img]')).to.have.length(3);
    el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle')[1]!.click();
    await el.updateComplete;
    expect(
      el.querySelectorAll('.wegwijs-step-guide__toggle')[1]!.getAttribute('aria-expanded'),
    ).to.equal('true');
  });
});
