// Issue 23: core's language switch in the guide's bar must not move the steps when it upgrades
// (a layout shift of 0.05 on the 412 px bench page: defined after the guide's first render, it
// took a row of its own and pushed the steps 52 px down). The entry the CDN loader uses,
// define-with-view, defines the switch before the guide's first render.
//
// Any definition of the switch made after this file's imports ran is held back until the test
// lets it through, so a guide that defines it later (as the lazy `define` entry does, in a
// timer) is measured, deterministically, before and after. Every position is read once the
// guide has settled (content, pictograms, two frames): only the switch's upgrade differs.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import { setPageLocale } from '@wegwijs/core';
import '../src/define-with-view.js';
import type { WegwijsStepGuide } from '../src/step-guide.js';
import { ROUTE_URL, markup, settle } from './helpers.js';

const held: (() => void)[] = [];
const define = customElements.define.bind(customElements);

function holdBackSwitch(): () => void {
  customElements.define = (name, constructor, options) => {
    if (name === 'wegwijs-language-switch') held.push(() => define(name, constructor, options));
    else define(name, constructor, options);
  };
  return () => {
    customElements.define = define;
    held.splice(0).forEach((run) => run());
  };
}

// 320 px and 412 px phones (8 px page margins; 320 px is also a 1280 px screen at 400 % zoom)
// and a desktop column.
const widths = [304, 396, 960];

/** One guide per width and content form (editor markup, a JSON file), each in its own box. */
async function guides(): Promise<WegwijsStepGuide[]> {
  const box = document.createElement('div');
  document.body.append(box);
  render(
    html`${widths.map(
      (width) =>
        html`<div style="inline-size:${width}px">
            <wegwijs-step-guide>${markup}</wegwijs-step-guide>
          </div>
          <div style="inline-size:${width}px">
            <wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>
          </div>`,
    )}`,
    box,
  );
  const all = [...box.querySelectorAll<WegwijsStepGuide>('wegwijs-step-guide')];
  for (const el of all) await settle(el);
  await nextFrame();
  await nextFrame();
  return all;
}

/** Where the steps and the view buttons are, relative to their guide. */
function positions(el: WegwijsStepGuide): number[] {
  const host = el.getBoundingClientRect();
  return ['.wegwijs-step-guide__steps', '.wegwijs-step-guide__views'].flatMap((selector) => {
    const box = el.querySelector(selector)!.getBoundingClientRect();
    return [box.top - host.top, box.left - host.left, box.right - host.left];
  });
}

async function expectNoShift(): Promise<void> {
  const release = holdBackSwitch();
  let all: WegwijsStepGuide[] = [];
  try {
    all = await guides();
    const switches = all.map((el) => el.querySelector('wegwijs-language-switch'));
    expect(switches.every((s) => s instanceof HTMLElement)).to.equal(true);
    const definedFirst = switches.every((s) => s!.matches(':defined'));
    const before = all.map(positions);
    release();
    await customElements.whenDefined('wegwijs-language-switch');
    for (const s of switches)
      await (s as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await waitUntil(() => switches.every((s) => s!.shadowRoot?.querySelector('select')), 'switch', {
      timeout: 4000,
    });
    await nextFrame();
    await nextFrame();
    const after = all.map(positions);
    all.forEach((el, i) => {
      const label = `${widths[i >> 1]} px, ${i % 2 ? 'JSON' : 'markup'}`;
      const moved = after[i]!.map((value, j) => Math.abs(value - before[i]![j]!));
      expect(Math.max(...moved), `${label}: ${before[i]} → ${after[i]}`).to.be.below(0.5);
      // The switch is where it is now: in the bar, above the view buttons on a phone.
      expect(el.querySelector('.wegwijs-step-guide__bar wegwijs-language-switch')).to.be.instanceOf(
        HTMLElement,
      );
    });
    expect(definedFirst, 'switch defined before the guide settled').to.equal(true);
  } finally {
    release();
    all.forEach((el) => el.parentElement!.remove());
  }
}

describe('language switch in the bar (issue 23)', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setPageLocale('nl', { remember: false });
  });

  it('is defined before the first render: nothing moves when it upgrades (RTL)', async () => {
    await setPageLocale('ar', { remember: false });
    await expectNoShift();
  });

  it('nothing moves in Dutch either, at every width and content form', async () => {
    await setPageLocale('nl', { remember: false });
    await expectNoShift();
  });

  it('nothing moves at 200 % text size either (the switch then wraps on a phone)', async () => {
    document.documentElement.style.fontSize = '200%';
    await expectNoShift();
  });
});
