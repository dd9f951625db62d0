/**
 * The editor's letter read back as the content's `letter` paragraphs: each block of the
 * `[data-letter]` element is a paragraph, `<br>` a line break, `<mark data-explain="id">` the
 * `[[id|passage]]` mark of JSON content. The page's letter is what residents see (it wins over
 * `letter`); these paragraphs are what the check, Studio and the round trip see of it.
 */

/** What the widget adds to the letter (numbers, tips): not the editor's words. */
const ADDED =
  '.wegwijs-letter-explainer__n, .wegwijs-letter-explainer__vh, .wegwijs-letter-explainer__tip';
/** A letter is a few pages: markup far beyond that is read as its words (no deep recursion). */
const MAX_DEPTH = 32;

const squash = (text: string) => text.replace(/[ \t\r\n\f]+/g, ' ');

function words(node: Node, depth: number): string {
  if (node.nodeType === Node.TEXT_NODE) return squash(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as HTMLElement;
  if (el.localName === 'br') return '\n';
  if (el.matches(ADDED) || el.localName === 'script' || el.localName === 'style') return '';
  if (depth > MAX_DEPTH) return squash(el.textContent ?? '');
  const inner = [...el.childNodes].map((child) => words(child, depth + 1)).join('');
  const id = el.dataset['explain'];
  // Only a mark the `[[id|passage]]` form can hold: an id without "|" or "]".
  if (id && /^[\w-]{1,64}$/.test(id) && inner.trim() && !/[\]|]/.test(inner))
    return `[[${id}|${inner.trim()}]]`;
  return inner;
}

const tidy = (text: string) => text.replace(/ *\n */g, '\n').trim();

/** The letter's paragraphs: one per child element, loose text between them as its own. */
export function letterParagraphs(letter: Element): string[] {
  const paragraphs: string[] = [];
  let loose = '';
  const flush = () => {
    if (tidy(loose)) paragraphs.push(tidy(loose));
    loose = '';
  };
  for (const child of letter.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName !== 'br') {
      flush();
      const text = tidy(words(child, 1));
      if (text) paragraphs.push(text);
    } else loose += words(child, 1);
  }
  flush();
  return paragraphs;
}
