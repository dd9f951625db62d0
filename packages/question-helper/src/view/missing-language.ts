/** The set's texts are not in the resident's language: say so in it, and offer a key person. */
import { nothing } from 'lit';
import { fallsBack, missingLanguageNotice } from '@wegwijs/core/locale/missing-language';
import type { QuestionHost } from '../host.js';
import type { QuestionSet } from '../types.js';

export function missingLanguage(h: QuestionHost, set: QuestionSet) {
  const { locale, uiLocale } = h.localeInfo;
  const texts = [
    set.intro,
    ...set.domains.flatMap((d) => [d.label, ...d.statements.map((s) => s.text)]),
  ];
  if (!fallsBack(texts, locale, set.lang)) return nothing;
  return missingLanguageNotice({
    locale,
    uiLocale,
    root: h.getRootNode(),
    className: 'wegwijs-question-helper__missing',
    linkClassName: 'wegwijs-question-helper__missing-link',
  });
}
