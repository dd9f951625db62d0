/**
 * Walks editor markup with the one allowlist (markup-allowlist.ts): lists what would not be
 * shown, or removes it in place (for markup a widget shows as it is, like the letter). Only
 * DOM removal and attribute calls: never HTML strings, so it needs no Trusted Types policy.
 * Iterative, so very deep markup cannot overflow the stack.
 */
import { attributeProblem, elementVerdict } from './markup-allowlist.js';
import { problem, type ContentProblem } from './content-problem.js';

const MAX_NODES = 20_000;

/** What was (or would be) dropped: a short Dutch description → how often. */
export type DroppedMarkup = Map<string, number>;

/**
 * Check the markup under `root` (and, with `self`, the attributes of `root`). With `fix`, drop what the allowlist
 * refuses: elements that run or embed go with their content, unknown elements are unwrapped
 * (their text stays), refused attributes are removed. `skip` names children left alone (the
 * widget's own rendered parts, inline JSON).
 */
export function auditMarkup(
  root: ParentNode,
  {
    fix = false,
    self = false,
    skip,
    dropped = new Map(),
  }: { fix?: boolean; self?: boolean; skip?: string; dropped?: DroppedMarkup } = {},
): DroppedMarkup {
  const note = (what: string) => dropped.set(what, (dropped.get(what) ?? 0) + 1);
  const attributes = (el: Element) => {
    for (const { name, value } of [...el.attributes]) {
      const why = attributeProblem(el.localName, name, value);
      if (!why) continue;
      note(why);
      if (fix) el.removeAttribute(name);
    }
  };
  if (self && root.nodeType === 1) attributes(root as Element);
  const stack: Node[] = [...root.childNodes].reverse();
  let visited = 0;
  while (stack.length) {
    const node = stack.pop()!;
    // Far more than any letter or step: the rest goes (hostile or pasted by mistake), so
    // nothing after it can hold the page for seconds.
    if (++visited > MAX_NODES) {
      note('te veel HTML: de rest');
      if (fix) node.parentNode?.removeChild(node);
      continue;
    }
    if (node.nodeType === 8 /* comment */ && fix) {
      node.parentNode?.removeChild(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (skip && el.parentNode === root && el.matches(skip)) continue;
    const tag = el.localName;
    const foreign = el.namespaceURI !== 'http://www.w3.org/1999/xhtml';
    const verdict = foreign ? 'drop' : elementVerdict(tag);
    if (verdict === 'drop') {
      note(`<${tag}>`);
      if (fix) el.remove();
      continue;
    }
    attributes(el);
    const children = [...el.childNodes];
    if (verdict === 'unwrap') {
      note(`<${tag}>`);
      if (fix) el.replaceWith(...children);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return dropped;
}

/** The editor's report of dropped markup (Dutch, like everything an editor reads), if any. */
export function droppedProblem(dropped: DroppedMarkup, where: string): ContentProblem | undefined {
  if (dropped.size === 0) return undefined;
  const list = [...dropped]
    .slice(0, 8)
    .map(([what, n]) => (n > 1 ? `${what} (${n}×)` : what))
    .join(', ');
  const more = dropped.size > 8 ? ` en ${dropped.size - 8} andere` : '';
  return problem(
    'content',
    `${where}: niet getoond uit uw HTML: ${list}${more}. Toegestaan zijn tekst, koppen, lijsten, ` +
      'tabellen en links naar http(s), tel: en mailto: (zie docs/embedding.md).',
    { severity: 'warning', lang: 'nl', checkCode: 'markup-dropped' },
  );
}

let inert: Document | undefined;

/**
 * A copy of editor markup in a document without a browsing context: cloning in the page
 * would start loading an `<img src>` of the copy and run its `onerror`, even before the copy
 * is inserted anywhere.
 */
export function inertCopy<T extends Node>(node: T): T {
  inert ??= document.implementation.createHTMLDocument('');
  return inert.importNode(node, true);
}
