/**
 * `wegwijs check` on an HTML file: the editor's markup of Wegwijs widgets, walked with the same
 * allowlist the widgets use (`@wegwijs/core/content/markup-allowlist`), so the checker names
 * what a widget will not show (script, object, `on…` attributes, `javascript:` links…) before
 * the page goes live. Plain ES module; parse5 parses as a browser does (templates, foreign
 * content), with line numbers.
 */
import { parse, parseFragment } from 'parse5';
import { attributeProblem, elementVerdict } from '@wegwijs/core/content/markup-allowlist';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Elements a widget reads as data rather than shows as text (a video explainer's `<video>`,
 * its sources and caption tracks; inline JSON; `<template lang>` translations, whose content is
 * walked). Their attributes are still checked for handlers and unsafe links.
 * @type {Record<string, (node: any) => boolean>}
 */
const READ_AS_DATA = {
  video: () => true,
  source: (node) => node.parentNode?.nodeName === 'video',
  track: (node) => node.parentNode?.nodeName === 'video',
  script: (node) => attr(node, 'type') === 'application/json',
  template: (node) => attr(node, 'lang') !== undefined,
};

/** @param {any} node @param {string} name */
function attr(node, name) {
  return node.attrs?.find((/** @type {{ name: string }} */ a) => a.name === name)?.value;
}

/**
 * @typedef {object} MarkupFinding
 * @property {string} what the same short Dutch description as the widget's preview report
 * @property {number} [line]
 */

/**
 * The Wegwijs widgets in an HTML file and what each would drop from the editor's markup.
 * @param {string} text
 * @returns {Array<{ tag: string, line?: number, dropped: Map<string, number>, first: Map<string, number | undefined> }>}
 */
export function auditHtml(text) {
  const whole = /^\uFEFF?\s*(<!doctype|<html)/i.test(text);
  const options = { sourceCodeLocationInfo: true };
  const root = whole ? parse(text, options) : parseFragment(text, options);
  /** @type {any[]} */
  const widgets = [];
  /** @param {any} node */
  const find = (node) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName?.startsWith('wegwijs-')) widgets.push(child);
      else find(child);
    }
  };
  find(root);
  return widgets.map((widget) => {
    /** @type {Map<string, number>} */
    const dropped = new Map();
    /** @type {Map<string, number | undefined>} */
    const first = new Map();
    /** @param {string} what @param {any} node */
    const note = (what, node) => {
      dropped.set(what, (dropped.get(what) ?? 0) + 1);
      if (!first.has(what)) first.set(what, node.sourceCodeLocation?.startLine);
    };
    /** @param {any} el @param {boolean} data */
    const attributes = (el, data) => {
      for (const { name, value } of el.attrs ?? []) {
        const why = attributeProblem(el.tagName, name, value);
        // A data element keeps its own attributes (controls, poster, srclang…); handlers and
        // script URLs are dropped everywhere.
        if (why && (!data || /^on|^style|^link naar|^afbeelding van/.test(why))) note(why, el);
        else if (
          data &&
          /^(src|poster|href)$/i.test(name) &&
          /^\s*(javascript|vbscript|data:text)/i.test(value)
        )
          note(`${name}-attribuut met "${value.slice(0, 30)}"`, el);
      }
    };
    // Iterative: very deep markup cannot overflow the stack.
    const stack = [...childrenOf(widget)].reverse();
    while (stack.length) {
      const node = stack.pop();
      if (!node.tagName) continue; // text, comments
      const foreign = node.namespaceURI !== HTML_NS;
      const data = !foreign && (READ_AS_DATA[node.tagName]?.(node) ?? false);
      const verdict = data ? 'keep' : foreign ? 'drop' : elementVerdict(node.tagName);
      if (verdict === 'drop') {
        note(`<${node.tagName}>`, node);
        continue;
      }
      if (verdict === 'unwrap') note(`<${node.tagName}>`, node);
      attributes(node, data);
      if (node.tagName === 'script') continue; // inline JSON: the JSON check's business
      const children = [...childrenOf(node)];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return { tag: widget.tagName, line: widget.sourceCodeLocation?.startLine, dropped, first };
  });
}

/** @param {any} node */
function childrenOf(node) {
  return node.tagName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
}
