/**
 * The route as the editor markup the step guide reads (`packages/step-guide/src/markup.ts`,
 * docs/step-guide.md): an `<ol>` of steps in Dutch that is a readable page without JavaScript,
 * and each other language in a `<template lang>` of the same shape. The profile is filled in
 * first, so a resident without JavaScript reads the real phone number, not {{telefoon}}.
 */
import { directionOf, telHref } from '@wegwijs/core';
import { applyProfile, type Profile } from '@wegwijs/core/check';
import type { Route, Step } from '@wegwijs/step-guide';
import { asTexts } from '../forms/texts.js';
import { escapeAttribute as attr, escapeText as text, richTextToHtml } from './html.js';

function stepHtml(step: Step, lang: string, base: boolean, indent: string): string {
  const t = (value: unknown) => asTexts(value)[lang] ?? '';
  const lines: string[] = [];
  const attrs: string[] = [];
  if (base) {
    if (step.id) attrs.push(`data-id="${attr(step.id)}"`);
    if (typeof step.pictogram === 'string' && step.pictogram)
      attrs.push(`data-pictogram="${attr(step.pictogram)}"`);
    if (step.next) attrs.push(`data-next="${step.next}"`);
    if (step.status) attrs.push(`data-status="${step.status}"`);
  }
  lines.push(`${indent}<li${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
  const inner = `${indent}  `;
  if (typeof step.pictogram === 'object' && step.pictogram.src)
    lines.push(
      `${inner}<img src="${attr(step.pictogram.src)}" alt="${attr(t(step.pictogram.alt))}" />`,
    );
  lines.push(`${inner}<h3>${text(t(step.title))}</h3>`);
  const body = t(step.text);
  if (body) lines.push(richTextToHtml(body, inner));
  const bring = (step.bring ?? []).map(t).filter(Boolean);
  if (bring.length)
    lines.push(
      `${inner}<ul data-bring>\n${bring.map((b) => `${inner}  <li>${text(b)}</li>`).join('\n')}\n${inner}</ul>`,
    );
  const action = step.action;
  const tel = action?.phone ? telHref(action.phone) : undefined;
  const href = tel ?? action?.href;
  if (action && href) {
    const label = t(action.label) || action.phone || href;
    const phone = action.phone && base ? ` data-phone="${attr(action.phone)}"` : '';
    lines.push(`${inner}<a data-action href="${attr(href)}"${phone}>${text(label)}</a>`);
  }
  lines.push(`${indent}</li>`);
  return lines.join('\n');
}

/** The inner markup of `<wegwijs-step-guide>`, indented by two spaces. */
export function stepGuideMarkup(route: Route, languages: string[], profile?: Profile): string {
  const filled = applyProfile(route, profile);
  const steps = filled.steps ?? [];
  const list = (lang: string, base: boolean, indent: string) =>
    `${indent}<ol>\n${steps.map((s) => stepHtml(s, lang, base, `${indent}  `)).join('\n')}\n${indent}</ol>`;
  const parts = [list('nl', true, '  ')];
  for (const lang of languages.filter((l) => l !== 'nl')) {
    const dir = directionOf(lang) === 'rtl' ? ' dir="rtl"' : '';
    parts.push(
      `  <template lang="${attr(lang)}">\n${list(lang, false, '    ').replace('<ol>', `<ol${dir}>`)}\n  </template>`,
    );
  }
  return parts.join('\n');
}
