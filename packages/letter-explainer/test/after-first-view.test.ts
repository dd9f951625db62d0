import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { EXAMPLES, ready, termButtons } from './helpers.js';

interface Boxes {
  /** The classes of the answers' parts (date field, deadline, objection steps…). */
  parts: string[];
  /** Top, height (and for the tools: start, width) of each box, from the element's top. */
  boxes: string[];
}

/** Where the tools, each answer and the letter are, relative to the element. */
function boxes(el: HTMLElement): Boxes {
  const origin = el.getBoundingClientRect();
  const box = (node: Element) => {
    const r = node.getBoundingClientRect();
    return `${node.localName} ${Math.round(r.x - origin.x)},${Math.round(r.y - origin.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  };
  const top = el.querySelector('[slot=wegwijs-top]')!;
  const answers = [...top.querySelectorAll('.wegwijs-letter-explainer__q > li')];
  const letter = el.querySelector('[slot=wegwijs-letter]')!;
  const letterTop = letter.getBoundingClientRect().y - origin.y;
  return {
    parts: answers.flatMap((li) =>
      [...li.children].map((c) => c.className.replace('wegwijs-letter-explainer__', '')),
    ),
    boxes: [
      ...[...top.querySelectorAll('.wegwijs-letter-explainer__tools > *')].map(box),
      ...answers.map(box),
      `letter starts at ${Math.round(letterTop)}`,
    ],
  };
}

/**
 * The work after the letter's first view (glossary marks, deadlines, numbering) comes in
 * separate tasks (issue 23); residents must see and hear the same letter, in the same order.
 */
describe('the letter after its first view', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
  });

  it('shows the answers in their final place at once: nothing moves when the later parts land', async () => {
    // The boxes as first painted (in the frame after the answers appear) against the boxes
    // once the letter is ready. The deadline, its sentence from the letter, the objection steps
    // and the language switch came after the first view and pushed the answers down or aside
    // (CLS 0.126 on the bench page). The letter's own height may grow with the glossary's
    // numbered terms (after the first view, below them); where it starts may not.
    let first: Promise<Boxes> | undefined;
    const observer = new MutationObserver(() => {
      const el = document.querySelector<HTMLElement>('wegwijs-letter-explainer');
      if (first || !el?.querySelector('[slot=wegwijs-top] li')) return;
      first = new Promise((resolve) => requestAnimationFrame(() => resolve(boxes(el))));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const el = await ready(
      await fixture<WegwijsLetterExplainer>(
        html`<wegwijs-letter-explainer
          style="display: block; inline-size: 412px"
          src="${EXAMPLES}/wmo-beschikking.json"
          today="2025-04-01"
        ></wegwijs-letter-explainer>`,
      ),
    );
    observer.disconnect();
    await nextFrame();
    const final = boxes(el);
    expect(final.parts, 'the deadline and the objection steps are there').to.include.members([
      'date',
      'source',
      'deadline',
      'objection',
    ]);
    expect(await first).to.deep.equal(final);
  });

  it('marks glossary terms in one task and turns them into buttons in a later one, keeping focus', async () => {
    // A mutation observer runs at the end of each task's work: with the marking and the
    // buttons in one task it would see both at once.
    const seen: { marks: number; buttons: number }[] = [];
    let focused: HTMLButtonElement | undefined;
    const observer = new MutationObserver(() => {
      const el = document.querySelector('wegwijs-letter-explainer');
      if (!el) return;
      const marks = el.querySelectorAll('[data-auto]').length;
      const buttons = el.querySelectorAll('[data-auto] button').length;
      seen.push({ marks, buttons });
      // A resident on a term button of the first view while the glossary's come in.
      if (marks && !buttons && !focused) {
        focused = termButtons(el as HTMLElement)[0];
        focused?.focus({ preventScroll: true });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const el = await ready(
      await fixture<WegwijsLetterExplainer>(
        html`<wegwijs-letter-explainer
          src="${EXAMPLES}/wmo-beschikking.json"
          today="2025-04-01"
        ></wegwijs-letter-explainer>`,
      ),
    );
    observer.disconnect();
    const marked = seen.find((s) => s.marks > 0);
    expect(marked, 'the marks arrive before their buttons').to.deep.include({ buttons: 0 });
    expect(el.querySelectorAll('[data-auto] button').length).to.equal(
      el.querySelectorAll('[data-auto]').length,
    );
    expect(focused, 'a button of the first view').to.exist;
    expect(document.activeElement).to.equal(focused);
    // Every term a button, reachable with Tab in reading order, numbered in that order.
    const buttons = termButtons(el);
    expect(buttons.length).to.equal(17);
    const numbers = buttons.map((b) =>
      Number(b.querySelector('.wegwijs-letter-explainer__n')!.textContent!.replace(/\D/g, '')),
    );
    // Numbered in reading order: each new explanation gets the next number (a term that comes
    // back keeps its own).
    const firsts = numbers.filter((n, i) => numbers.indexOf(n) === i);
    expect(firsts).to.deep.equal(firsts.map((_, i) => i + 1));
    expect(buttons.every((b) => b.tabIndex === 0 && !b.disabled)).to.equal(true);
    const inOrder = [...buttons].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    expect(inOrder).to.deep.equal(buttons);
  });
});
