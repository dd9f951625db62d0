/**
 * Reads the editor's markup — an `<ol>` of `<li>` steps, other languages in
 * `<template lang="…">` blocks of the same shape — into a route. Reads the DOM (and
 * `template.content`); never writes HTML.
 */
import { coded, type ContentProblem } from '@wegwijs/core';
import {
  auditMarkup,
  droppedProblem,
  inertCopy,
  markupToRichText,
  type DroppedMarkup,
} from '@wegwijs/core/rich-text';
import type { Route, Step } from './types.js';

type Texts = Record<string, string>;
interface Fields {
  title?: string;
  text: string;
  bring: string[];
  label?: string;
  href?: string;
  phone?: string;
  src?: string;
  alt?: string;
  audio?: string;
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6';
const trim = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

function fields(li: Element, dropped: DroppedMarkup): Fields {
  const link = li.querySelector('a[data-action]');
  const img = li.querySelector('img');
  // Copied into an inert document: a copy made in the page would load its images (onerror).
  const rest = inertCopy(li);
  rest
    .querySelectorAll(`${HEADINGS},[data-bring],a[data-action],img,template`)
    .forEach((n) => n.remove());
  auditMarkup(rest, { dropped });
  return {
    title: trim(li.querySelector(HEADINGS)),
    text: markupToRichText(rest),
    bring: [...li.querySelectorAll('[data-bring] > li')].map((item) => trim(item) ?? ''),
    label: trim(link) || undefined,
    href: link?.getAttribute('href') ?? undefined,
    phone: link?.getAttribute('data-phone') ?? undefined,
    src: img?.getAttribute('src') ?? undefined,
    alt: img?.getAttribute('alt') ?? undefined,
    audio: li.getAttribute('data-audio') ?? undefined,
  };
}

const items = (list: Element | null | undefined) =>
  [...(list?.children ?? [])].filter((li) => li.localName === 'li');

/** The route in the host's markup (`data` is undefined when it holds no step with a heading). */
export function readMarkup(host: Element): { data?: Route; problems: ContentProblem[] } {
  const list = host.querySelector(':scope > ol');
  if (!list) return { problems: [] };
  const problems: ContentProblem[] = [];
  const base = list.closest('[lang]')?.getAttribute('lang') || 'nl';
  const dropped: DroppedMarkup = new Map();
  const read = (li: Element) => fields(li, dropped);
  const languages: [string, Fields[]][] = [[base, items(list).map(read)]];
  for (const template of host.querySelectorAll<HTMLTemplateElement>(':scope > template[lang]')) {
    const lang = template.getAttribute('lang') ?? '';
    const translated = items(template.content.querySelector('ol')).map(read);
    if (translated.length !== languages[0]![1].length) {
      const params = { lang, found: translated.length, count: languages[0]![1].length };
      problems.push(coded('content', 'step-template', { severity: 'warning', params }));
    }
    if (lang) languages.push([lang, translated]);
  }
  const report = droppedProblem(dropped, 'steps');
  if (report) problems.push(report);
  const pick = (index: number, key: keyof Fields): Texts | undefined => {
    let found: Texts | undefined;
    for (const [lang, steps] of languages) {
      const value = steps[index]?.[key];
      if (typeof value === 'string' && value) (found ??= {})[lang] = value;
    }
    return found;
  };
  const steps: Step[] = [];
  items(list).forEach((li, index) => {
    const title = pick(index, 'title');
    if (!title) {
      const path = `steps[${index}].title`;
      problems.push(coded('schema', 'step-heading', { path, severity: 'warning' }));
      return;
    }
    const src = languages[0]![1][index]!.src;
    const href = pick(index, 'href');
    const phone = languages[0]![1][index]!.phone;
    const label = pick(index, 'label');
    const data = (name: string) => li.getAttribute(`data-${name}`) ?? undefined;
    steps.push({
      id: data('id') ?? (li.id || undefined),
      title,
      text: pick(index, 'text'),
      pictogram: src ? { src, alt: pick(index, 'alt') } : data('pictogram'),
      audio: pick(index, 'audio'),
      bring: languages[0]![1][index]!.bring.map((_, item) => {
        const texts: Texts = {};
        for (const [lang, all] of languages) {
          const value = all[index]?.bring[item];
          if (value) texts[lang] = value;
        }
        return texts;
      }),
      action: href || phone ? { label, href: href?.[base], phone } : undefined,
      next: data('next') as Step['next'],
      status: data('status') as Step['status'],
    });
  });
  if (steps.length === 0) {
    problems.push(coded('schema', 'step-no-heading', { path: 'steps' }));
    return { problems };
  }
  return { data: { steps }, problems };
}
