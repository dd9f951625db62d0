/**
 * The small, safe markup editors may use in content texts: paragraphs (blank line),
 * **bold**, lists ("- " lines) and [links](https://…) to http(s), tel: and mailto: only.
 * Parsed into Lit templates — never into HTML strings — so it cannot inject anything and
 * needs no Trusted Types policy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from './safe-url.js';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block = { kind: 'paragraph'; inlines: Inline[] } | { kind: 'list'; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
// A backslash makes the next markup character literal: \* \[ \] \\ (private-use stand-ins).
const ESCAPES: Record<string, string> = {
  '*': '\uE000',
  '[': '\uE001',
  ']': '\uE002',
  '\\': '\uE003',
};
const UNESCAPE = new Map(Object.entries(ESCAPES).map(([char, stand]) => [stand, char]));

function protect(text: string): string {
  return text.replace(/\\([*[\]\\])/g, (_, char: string) => ESCAPES[char] ?? char);
}

function restore(text: string): string {
  return text.replace(/[\uE000-\uE003]/g, (stand) => UNESCAPE.get(stand) ?? stand);
}

/** Escape text so it shows literally inside rich text. */
export function escapeRichText(text: string): string {
  return text.replace(/[*[\]\\]/g, '\\$&');
}

export function parseInline(text: string): Inline[] {
  return parseProtected(protect(text));
}

function parseProtected(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ kind: 'text', text: restore(text.slice(last, index)) });
    if (match[1] !== undefined) {
      out.push({ kind: 'bold', children: parseProtected(match[1]) });
    } else {
      const href = safeUrl(restore(match[3] ?? ''));
      const children = parseProtected(match[2] ?? '');
      // An unsafe link keeps its words and loses its address.
      if (href) out.push({ kind: 'link', href, children });
      else out.push(...children);
    }
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: restore(text.slice(last)) });
  return out;
}

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    const isItem = (line: string) => /^[-*•]\s+/.test(line);
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length)
        blocks.push({ kind: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
      if (list.length) blocks.push({ kind: 'list', items: list.map(parseInline) });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      if (isItem(line)) {
        if (paragraph.length) flush();
        list.push(line.replace(/^[-*•]\s+/, ''));
      } else {
        if (list.length) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

function renderInlines(inlines: Inline[]): unknown[] {
  return inlines.map((node) => {
    if (node.kind === 'text') return node.text;
    if (node.kind === 'bold') return html`<strong>${renderInlines(node.children)}</strong>`;
    const external = /^https?:/.test(node.href);
    return html`<a href=${node.href} rel=${external ? 'noopener noreferrer' : nothing}
      >${renderInlines(node.children)}</a
    >`;
  });
}

/** Render the safe markup subset as Lit templates. */
export function renderRichText(source: string): TemplateResult {
  return html`${parseRichText(source).map((block) =>
    block.kind === 'paragraph'
      ? html`<p>${renderInlines(block.inlines)}</p>`
      : html`<ul>
          ${block.items.map((item) => html`<li>${renderInlines(item)}</li>`)}
        </ul>`,
  )}`;
}

/** The plain text of the markup (for read-aloud and search). */
export function richTextToPlain(source: string): string {
  const plain = (inlines: Inline[]): string =>
    inlines.map((node) => (node.kind === 'text' ? node.text : plain(node.children))).join('');
  return parseRichText(source)
    .map((block) =>
      block.kind === 'paragraph' ? plain(block.inlines) : block.items.map(plain).join('. '),
    )
    .join('\n');
}
