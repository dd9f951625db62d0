/**
 * When the guide has no text in the resident's language and shows Dutch instead, say so in
 * their language and offer a person who speaks it (the shared notice of core).
 */
import { nothing, type TemplateResult } from 'lit';
import { fallsBack, missingLanguageNotice } from '@wegwijs/core/locale/missing-language';
import type { GuideHost } from './host.js';
import type { Route } from './types.js';

export function guideMissingLanguage(h: GuideHost, route: Route): TemplateResult | typeof nothing {
  const { locale, uiLocale } = h.localeInfo;
  const texts = route.steps.flatMap((step) => [step.title, step.text]);
  if (!fallsBack(texts, locale, route.lang)) return nothing;
  return missingLanguageNotice({
    locale,
    uiLocale,
    root: h.getRootNode(),
    className: 'wegwijs-step-guide__missing',
    linkClassName: 'wegwijs-step-guide__missing-link',
  });
}
