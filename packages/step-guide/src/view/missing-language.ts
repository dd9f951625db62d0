/**
 * When the guide has no text in the resident's language and shows Dutch instead, say so in
 * their language and offer a person who speaks it (the shared notice of core).
 */
import type { TemplateResult, nothing } from 'lit';
import { fallbackNotice } from '@wegwijs/core/locale/missing-language';
import type { GuideHost } from '../host.js';
import type { Route } from '../types.js';

export function guideMissingLanguage(h: GuideHost, route: Route): TemplateResult | typeof nothing {
  const { locale, uiLocale } = h.localeInfo;
  return fallbackNotice({
    widget: 'step-guide',
    texts: route.steps.flatMap((step) => [step.title, step.text]),
    contentLang: route.lang,
    locale,
    uiLocale,
    root: h.getRootNode(),
  });
}
