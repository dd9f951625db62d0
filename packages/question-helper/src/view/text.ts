/** The content's texts in the page language, and the card words (phrases) of a language. */
import { html, nothing } from 'lit';
import { resolveText, type LocalizedText } from '@wegwijs/core';
import { loadPhrases, phrasesOf, type Phrases } from '../phrases.js';
import type { QuestionHost } from '../host.js';
import type { Domain, QuestionSet } from '../types.js';

/** The phrases of a language, once loaded; asks for them (and re-renders) when not yet. */
export function phrases(h: QuestionHost, lang: string): Phrases | undefined {
  const found = phrasesOf(lang);
  if (!found) void loadPhrases(lang).then(() => h.requestUpdate());
  return found;
}

export const text = (h: QuestionHost, value: LocalizedText | undefined) =>
  resolveText(value, h.localeInfo.locale, h.set?.lang);

/** A resolved content text with its own `lang` and `dir` (a fallback may be another language). */
export function said(h: QuestionHost, value: LocalizedText | undefined, id?: string) {
  const t = text(h, value);
  return t ? html`<span id=${id ?? nothing} lang=${t.lang} dir=${t.dir}>${t.text}</span>` : nothing;
}

export function chosenDomains(h: QuestionHost, set: QuestionSet): Domain[] {
  return set.domains.filter((d) => h.answers.domains.includes(d.id));
}
