import { expect, fixture, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { EXAMPLES, ready, termButtons } from './helpers.js';

/**
 * The work after the letter's first view (glossary marks, deadlines, numbering) comes in
 * separate tasks (issue 23); residents must see and hear the same letter, in the same order.
 */
describe('the letter after its first view', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
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
