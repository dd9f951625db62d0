/**
 * The letter in the light DOM: built from JSON paragraphs, read from the editor's markup, and
 * its marked passages wrapped in buttons. Only createElement and textContent: never HTML strings.
 */

/** The editor's letter among the element's children. */
export const LETTER_SELECTOR = ':scope > [data-letter], :scope > article';

/** What marks a passage or term in the letter. */
export const MARK_SELECTOR = '[data-explain], [data-term], dfn';

const MARK_IN_TEXT = /\[\[([\w-]{1,64})\|([^\]]+)\]\]/g;

/** Builds the letter from JSON paragraphs; `[[id|passage]]` becomes `<mark data-explain="id">`. */
export function buildLetter(paragraphs: readonly string[], lang: string): HTMLElement {
  const letter = document.createElement('div');
  letter.lang = lang;
  for (const paragraph of paragraphs) {
    const p = document.createElement('p');
    let last = 0;
    for (const match of paragraph.matchAll(MARK_IN_TEXT)) {
      p.append(paragraph.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.dataset['explain'] = match[1];
      mark.textContent = match[2] ?? '';
      p.append(mark);
      last = (match.index ?? 0) + match[0].length;
    }
    p.append(paragraph.slice(last));
    letter.append(p);
  }
  return letter;
}

/** The explanation key of a mark: `data-explain`, `data-term`, or a plain `<dfn>`'s text. */
export function markKey(mark: Element): { key: string; byTerm: boolean } {
  const el = mark as HTMLElement;
  if (el.dataset['explain']) return { key: el.dataset['explain'], byTerm: false };
  return { key: el.dataset['term'] || (el.textContent ?? '').trim(), byTerm: true };
}

const INTERACTIVE = 'a, button, input, select, textarea, [tabindex]';

/**
 * Turns a mark into a toggle: its words move into a new `<button aria-expanded>` (or, when the
 * passage holds a link, a small numbered button goes right after it). Returns the button.
 */
export function wrapMark(mark: Element, id: string, tipId: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.id = id;
  button.className = 'wegwijs-letter-explainer__term';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', tipId);
  const number = document.createElement('span');
  number.className = 'wegwijs-letter-explainer__n';
  if (mark.querySelector(INTERACTIVE)) {
    button.append(number);
    mark.after(button);
  } else {
    button.append(...mark.childNodes, number);
    mark.append(button);
  }
  return button;
}

/** Sets the numbered label of a term button: a visually hidden word, then the number. */
export function labelButton(button: HTMLButtonElement, word: string, n: number): void {
  const number = button.querySelector('.wegwijs-letter-explainer__n');
  if (!number) return;
  const hidden = document.createElement('span');
  hidden.className = 'wegwijs-letter-explainer__vh';
  hidden.textContent = ` ${word} `;
  number.replaceChildren(hidden, String(n));
}

/** The same words, ignoring case and surrounding space. */
export function same(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}
