/**
 * The letter's text for reading aloud and glossary matching: blocks of text with where each
 * text node starts, the sentence around a spoken word, and its highlight. Loaded after the
 * first render (with the letter reader or the glossary).
 */

/** The letter's own text, without our numbers and explanations. */
export function letterText(letter: Element): string {
  return segments(letter)
    .map((segment) => segment.text)
    .join('\n');
}

export interface Segment {
  text: string;
  nodes: { node: Text; start: number }[];
}

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, address, blockquote, pre, div';
const SKIP =
  '.wegwijs-letter-explainer__tip, .wegwijs-letter-explainer__n, script, style, template';

/** The letter's text per block (paragraph, list item…), with where each text node starts. */
export function segments(letter: Element): Segment[] {
  const out: Segment[] = [];
  let block: Element | null | undefined;
  let current: Segment | undefined;
  const walker = document.createTreeWalker(letter, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    if (!node.data.trim() && !current) continue;
    const owner = parent.closest(BLOCK);
    if (!current || owner !== block) {
      block = owner;
      current = { text: '', nodes: [] };
      out.push(current);
    }
    current.nodes.push({ node, start: current.text.length });
    current.text += node.data;
  }
  return out.filter((segment) => segment.text.trim());
}

/**
 * The text node of a segment that holds character `index` (the last that starts at or before
 * it): a binary search, as a paragraph of 2,000 links has 4,000 text nodes.
 */
export function nodeAt(segment: Segment, index: number): Segment['nodes'][number] | undefined {
  const { nodes } = segment;
  let low = 0;
  let high = nodes.length - 1;
  let found: Segment['nodes'][number] | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (nodes[mid]!.start <= index) {
      found = nodes[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The sentence around a character of a segment, as a DOM range. */
export function sentenceRange(segment: Segment, charIndex: number): Range | undefined {
  const { text } = segment;
  let start = charIndex;
  while (start > 0 && !/[.!?]\s/.test(text.slice(start - 2, start))) start--;
  let end = text.slice(charIndex).search(/[.!?](\s|$)/);
  end = end < 0 ? text.length : charIndex + end + 1;
  const at = (offset: number) => {
    const hit = nodeAt(segment, offset) ?? segment.nodes[0];
    return hit && { node: hit.node, offset: Math.min(offset - hit.start, hit.node.length) };
  };
  const from = at(start);
  const to = at(end);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

type Highlights = { set(name: string, value: unknown): void; delete(name: string): void };

/** Highlights a range with the CSS Custom Highlight API; does nothing where unsupported. */
export function highlight(range: Range | undefined): void {
  const registry = (globalThis.CSS as unknown as { highlights?: Highlights })?.highlights;
  const Ctor = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (!registry || !Ctor) return;
  if (range) registry.set('wegwijs-reading', new Ctor(range));
  else registry.delete('wegwijs-reading');
}
