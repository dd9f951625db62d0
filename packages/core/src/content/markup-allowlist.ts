/**
 * The one allowlist for content that reaches the page: rich text from JSON, and whatever a
 * widget shows of the editor's markup (steps, `<template lang>` translations, a letter,
 * answers). Pure data and decisions, no DOM: the widgets walk the DOM with it
 * (markup-audit.ts) and the checker can call it on a parsed tree of its own.
 *
 * Kept: text-level, paragraph, heading, list and table elements; links to http(s), tel: and
 * mailto: only. Dropped with their content: anything that runs script, embeds or loads another
 * document, or is parsed as raw text (script, style, template, noscript, iframe, object,
 * embed, base, meta, link, form and its controls, SVG and MathML). Any other element is
 * unwrapped: its text stays, the element goes.
 */
import { safeMediaUrl, safeUrl } from './safe-url.js';

/** Elements kept (with the attributes below). */
export const KEPT_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo br cite code data dfn del em i ins kbd mark q s samp small span strong ' +
    'sub sup time u var wbr p div section article aside header footer address blockquote ' +
    'h1 h2 h3 h4 h5 h6 hr pre ul ol li dl dt dd figure figcaption img ' +
    'table caption thead tbody tfoot tr th td'
  ).split(' '),
);

/** Elements dropped with everything inside them: they run, embed, load or hide raw text. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'script style template noscript noembed noframes xmp plaintext iframe frame frameset ' +
    'object embed applet param base meta link title form input button select option ' +
    'optgroup textarea datalist output fieldset legend label svg math canvas portal ' +
    'fencedframe audio video source track picture map area dialog slot head'
  ).split(' '),
);

/** Attributes kept on every kept element (besides `data-*` and `aria-*`). */
const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'lang',
  'dir',
  'title',
  'id',
  'class',
  'translate',
]);

/** Attributes kept on one element. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  time: ['datetime'],
  data: ['value'],
  del: ['datetime'],
  ins: ['datetime'],
};

const BASE = 'https://wegwijs.invalid/';

/** What becomes of an element (its lower-case local name). */
export function elementVerdict(tag: string): 'keep' | 'drop' | 'unwrap' {
  if (KEPT_ELEMENTS.has(tag)) return 'keep';
  // Anything in another namespace or with a namespace prefix is foreign content.
  if (DROPPED_ELEMENTS.has(tag) || tag.includes(':')) return 'drop';
  return 'unwrap';
}

/**
 * Whether an attribute may stay on a kept element; `undefined` when it may, else why not
 * (a short reason for the editor's report). URLs are checked with the same rules as JSON.
 */
export function attributeProblem(tag: string, name: string, value: string): string | undefined {
  const attr = name.toLowerCase();
  if (attr.startsWith('on')) return `${attr}-attribuut`;
  if (attr === 'style') return 'style-attribuut';
  const allowed =
    GLOBAL_ATTRIBUTES.has(attr) ||
    /^(data|aria)-[\w.-]+$/.test(attr) ||
    (ELEMENT_ATTRIBUTES[tag]?.includes(attr) ?? false);
  if (!allowed) return `${attr}-attribuut op <${tag}>`;
  // A fixed base: only the scheme matters here, and the checker has no page to resolve against.
  if (attr === 'href' && !safeUrl(value, BASE)) return `link naar "${preview(value)}"`;
  if (tag === 'img' && attr === 'src' && !safeMediaUrl(value, BASE))
    return `afbeelding van "${preview(value)}"`;
  return undefined;
}

function preview(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/g, '');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
