/**
 * The question set as the editor markup the question helper reads
 * (`packages/question-helper/src/markup.ts`): the intro as paragraphs, then a `<ul>` of
 * domains, each an `<li>` with a heading (the label), an optional `<a data-link>` and a `<ul>`
 * of statements; a readable list without JavaScript. Each other language is a
 * `<template lang>` of the same shape, matched by position. The profile is filled in first,
 * so a resident without JavaScript never reads {{telefoon}}.
 *
 * The markup holds no recorded audio per statement (`questionHelperMarkupLosses` names it, so
 * Studio can advise the file snippet) and no set `id` (the widget then keys what a resident
 * remembers on the phone by its default).
 */
import { directionOf } from '@wegwijs/core';
import { msg, str } from '@wegwijs/core/locale/msg';
import { applyProfile, type Profile } from '@wegwijs/core/check';
import type { Domain, QuestionSet } from '@wegwijs/question-helper';
import { asTexts } from '../forms/texts.js';
import { escapeAttribute as attr, escapeText as text } from './html.js';

function domainHtml(domain: Domain, lang: string, base: boolean, indent: string): string {
  const t = (value: unknown) => asTexts(value)[lang] ?? '';
  const attrs: string[] = [];
  if (base) {
    attrs.push(`data-id="${attr(domain.id)}"`);
    if (domain.pictogram) attrs.push(`data-pictogram="${attr(domain.pictogram)}"`);
    if (domain.topic) attrs.push(`data-topic="${attr(domain.topic)}"`);
    if (domain.letter) attrs.push('data-letter');
  }
  const inner = `${indent}  `;
  const lines = [`${indent}<li${attrs.length ? ` ${attrs.join(' ')}` : ''}>`];
  lines.push(`${inner}<h3>${text(t(domain.label))}</h3>`);
  if (domain.link?.href)
    lines.push(
      `${inner}<a data-link href="${attr(domain.link.href)}">${text(t(domain.link.label) || domain.link.href)}</a>`,
    );
  const statements = domain.statements ?? [];
  if (statements.length) {
    lines.push(`${inner}<ul>`);
    for (const s of statements) {
      const sa = base
        ? ` data-id="${attr(s.id)}"${s.pictogram ? ` data-pictogram="${attr(s.pictogram)}"` : ''}`
        : '';
      lines.push(`${inner}  <li${sa}>${text(t(s.text))}</li>`);
    }
    lines.push(`${inner}</ul>`);
  }
  lines.push(`${indent}</li>`);
  return lines.join('\n');
}

/** The inner markup of `<wegwijs-question-helper>`, indented by two spaces. */
export function questionHelperMarkup(
  set: QuestionSet,
  languages: string[],
  profile?: Profile,
): string {
  const filled = applyProfile(set, profile);
  const domains = Array.isArray(filled.domains) ? filled.domains : [];
  const part = (lang: string, base: boolean, indent: string) => {
    const intro = asTexts(filled.intro)[lang];
    const dir = directionOf(lang) === 'rtl' ? ' dir="rtl"' : '';
    const lines = intro ? [`${indent}<p lang="${attr(lang)}"${dir}>${text(intro)}</p>`] : [];
    lines.push(
      `${indent}<ul lang="${attr(lang)}"${dir}>`,
      ...domains.map((d) => domainHtml(d, lang, base, `${indent}  `)),
      `${indent}</ul>`,
    );
    return lines.join('\n');
  };
  const parts = [part('nl', true, '  ')];
  for (const lang of languages.filter((l) => l !== 'nl'))
    parts.push(`  <template lang="${attr(lang)}">\n${part(lang, false, '    ')}\n  </template>`);
  return parts.join('\n');
}

/** For the editor: what the markup cannot hold (recorded audio per statement). */
export function questionHelperMarkupLosses(set: QuestionSet): string[] {
  const lost: string[] = [];
  (Array.isArray(set?.domains) ? set.domains : []).forEach((domain, d) =>
    (domain.statements ?? []).forEach((statement, s) => {
      if (statement.audio)
        lost.push(msg(str`Opgenomen geluid bij levensgebied ${d + 1}, zin ${s + 1}`));
    }),
  );
  return lost;
}
