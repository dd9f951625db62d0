/** The set's texts are not in the resident's language: say so in it, and offer a key person. */
import { fallbackNotice } from '@wegwijs/core/locale/missing-language';
import type { QuestionHost } from '../host.js';
import type { QuestionSet } from '../types.js';

export function missingLanguage(h: QuestionHost, set: QuestionSet) {
  const { locale, uiLocale } = h.localeInfo;
  return fallbackNotice({
    widget: 'question-helper',
    texts: [
      set.intro,
      ...set.domains.flatMap((d) => [d.label, ...d.statements.map((s) => s.text)]),
    ],
    contentLang: set.lang,
    locale,
    uiLocale,
    root: h.getRootNode(),
  });
}
