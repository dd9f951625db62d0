/**
 * Reads the editor's markup into a question set: a `<ul>` of domains, each an `<li>` with a
 * heading (the label) and a `<ul>` of statements; other languages in `<template lang="…">`
 * blocks of the same shape, matched by position. Reads the DOM; never writes HTML.
 *
 *   <li data-id="letter" data-pictogram="letter" data-topic="letters" data-letter>
 *     <h3>Een brief die ik niet begrijp</h3>
 *     <a data-link href="/brief-uitleg">Laat de brief uitleggen</a>   (optional)
 *     <ul><li data-id="understand">Ik heb een brief gekregen die ik niet begrijp.</li></ul>
 *   </li>
 *
 * Paragraphs before the list are the intro.
 */
import { coded, safeUrl, type ContentProblem } from '@wegwijs/core';
import type { Domain, QuestionSet } from './types.js';

const trim = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const items = (list: Element | null | undefined) =>
  [...(list?.children ?? [])].filter((li) => li.localName === 'li');
const heading = (li: Element) => li.querySelector(':scope > :is(h2,h3,h4,h5,h6)');

type Texts = Record<string, string>;

/** The question set in the host's markup (`data` undefined when there is no usable domain). */
export function readMarkup(host: Element): { data?: QuestionSet; problems: ContentProblem[] } {
  const list = host.querySelector(':scope > ul');
  if (!list) return { problems: [] };
  const problems: ContentProblem[] = [];
  // By code: worded (in Dutch) when the editor reads it.
  const say = (
    code: string,
    path: string,
    params: Record<string, unknown> = {},
    severity: ContentProblem['severity'] = 'warning',
  ) =>
    problems.push(
      coded(severity === 'error' ? 'schema' : 'content', code, {
        path: path || undefined,
        params,
        severity,
      }),
    );
  const base = list.closest('[lang]')?.getAttribute('lang') || 'nl';
  const lists: [string, Element[]][] = [[base, items(list)]];
  for (const template of host.querySelectorAll<HTMLTemplateElement>(':scope > template[lang]')) {
    const lang = template.getAttribute('lang') ?? '';
    const translated = items(template.content.querySelector('ul'));
    if (translated.length !== lists[0]![1].length)
      say('question-template', '', { lang, found: translated.length, count: lists[0]![1].length });
    if (lang) lists.push([lang, translated]);
  }
  /** One text per language, from the element at the same position in each list. */
  const texts = (index: number, read: (li: Element) => string): Texts | undefined => {
    let found: Texts | undefined;
    for (const [lang, lis] of lists) {
      const li = lis[index];
      const value = li ? read(li) : '';
      if (value) (found ??= {})[lang] = value;
    }
    return found;
  };
  const domains: Domain[] = [];
  items(list).forEach((li, index) => {
    const at = `domains[${index}]`;
    const label = texts(index, (d) => trim(heading(d)));
    if (!label) return say('question-heading', `${at}.label`);
    const data = (name: string) => li.getAttribute(`data-${name}`) || undefined;
    const statementsOf = (d: Element) => items(d.querySelector(':scope > ul'));
    const statements = statementsOf(li).map((s, i) => ({
      id: s.getAttribute('data-id') || String(i),
      pictogram: s.getAttribute('data-pictogram') || undefined,
      text: texts(index, (d) => trim(statementsOf(d)[i])) ?? trim(s),
    }));
    const link = li.querySelector(':scope > a[data-link]');
    const href = safeUrl(link?.getAttribute('href'));
    if (link && !href) say('question-link', `${at}.link.href`);
    domains.push({
      id: data('id') ?? (li.id || String(index)),
      label,
      pictogram: data('pictogram'),
      topic: data('topic'),
      letter: li.hasAttribute('data-letter') || undefined,
      link: href
        ? {
            href,
            label: texts(index, (d) => trim(d.querySelector(':scope > a[data-link]'))) ?? href,
          }
        : undefined,
      statements,
    });
  });
  if (domains.length === 0) {
    say('question-no-heading', 'domains', {}, 'error');
    return { problems };
  }
  // The intro: the editor's paragraphs before the list, per language.
  const intro: Texts = {};
  const introOf = (root: ParentNode) =>
    [...root.children]
      .filter((p) => p.localName === 'p')
      .map((p) => trim(p))
      .join(' ');
  if (introOf(host)) intro[base] = introOf(host);
  for (const template of host.querySelectorAll<HTMLTemplateElement>(':scope > template[lang]')) {
    const text = introOf(template.content);
    if (text) intro[template.getAttribute('lang') ?? ''] = text;
  }
  return {
    data: { lang: base, intro: Object.keys(intro).length ? intro : undefined, domains },
    problems,
  };
}
