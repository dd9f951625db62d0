/**
 * Editor markup in the light DOM, converted to the safe markup subset (as text with
 * **bold**, "- " lists and [links](…)), so markup and JSON content take the same path.
 * Reads the DOM; never writes HTML.
 */
import { escapeRichText } from './rich-text.js';
import { elementVerdict } from './markup-allowlist.js';

function escapeText(text: string): string {
  return escapeRichText(text.replace(/\s+/g, ' '));
}

function inline(node: Node, depth = 0): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.localName;
  // Rich text has no use for deep nesting; very deep markup is read as its words (linear).
  if (depth > MAX_DEPTH) return escapeText(el.textContent ?? '');
  // The one allowlist: what runs, embeds or is foreign goes with its text (the rest of the
  // allowlist is narrower here: rich text has bold, links and lists only).
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || elementVerdict(tag) === 'drop')
    return '';
  const inner = [...el.childNodes].map((child) => inline(child, depth + 1)).join('');
  if (tag === 'strong' || tag === 'b') return inner.trim() ? `**${inner.trim()}**` : '';
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (!href) return inner;
    // encodeURIComponent leaves ( and ) alone, and a ) would end the link.
    const encoded = href.replace(/[()\s]/g, (c) =>
      c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c),
    );
    return `[${inner.trim()}](${encoded})`;
  }
  if (tag === 'br') return ' ';
  return inner;
}

// A step or an answer is a few sentences: markup far beyond that (pasted by mistake, or
// hostile) is cut, so rendering it cannot hold the resident's phone for seconds.
const MAX_ITEMS = 100;
const MAX_DEPTH = 32;
const MAX_CHARS = 20_000;

/** The safe-markup text of an element's children (paragraphs and lists kept). */
export function markupToRichText(element: Element): string {
  const text = readBlocks(element);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}

function readBlocks(element: Element): string {
  const blocks: string[] = [];
  let loose = '';
  const flushLoose = () => {
    if (loose.trim()) blocks.push(loose.trim());
    loose = '';
  };
  for (const child of element.childNodes) {
    if (child instanceof Element && (child.localName === 'ul' || child.localName === 'ol')) {
      flushLoose();
      const items = [...child.children].filter((li) => li.localName === 'li').slice(0, MAX_ITEMS);
      blocks.push(items.map((li) => `- ${inline(li).trim()}`).join('\n'));
    } else if (child instanceof Element && child.localName === 'p') {
      flushLoose();
      const text = inline(child).trim();
      if (text) blocks.push(text);
    } else {
      loose += inline(child);
    }
  }
  flushLoose();
  return blocks.join('\n\n');
}
