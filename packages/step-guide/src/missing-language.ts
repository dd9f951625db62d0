/**
 * When the guide has no text in the resident's language and shows Dutch instead, say so in
 * their language and offer a person who speaks it: silent Dutch reads as "this is not for me"
 * (BRIEF §6). The link goes to a `<wegwijs-contact-finder>` on the same page, filtered on the
 * language through its hash state (`#cf-lang=…`, as the letter explainer's help link does).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { primaryLanguage, resolveText } from '@wegwijs/core';
import type { GuideHost } from './host.js';
import type { Route } from './types.js';

/** The language's name in the reader's own language ("Arabisch", "العربية"), else its code. */
export function languageName(lang: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** True when a step's title or text falls back to another language than the reader's. */
export function fallsBack(h: GuideHost, route: Route): boolean {
  const { locale } = h.localeInfo;
  return route.steps.some((step) =>
    [step.title, step.text].some((value) => resolveText(value, locale, route.lang)?.fallback),
  );
}

export function missingLanguageNotice(h: GuideHost, route: Route): TemplateResult | typeof nothing {
  if (!fallsBack(h, route)) return nothing;
  const { locale, uiLocale } = h.localeInfo;
  const lang = primaryLanguage(locale);
  const name = languageName(lang, uiLocale);
  const root = h.getRootNode() as Document | ShadowRoot;
  const finder = root.querySelector?.('wegwijs-contact-finder:not([no-hash])');
  const href = `#${new URLSearchParams({ 'cf-lang': lang })}`;
  return html`<div class="wegwijs-step-guide__missing" role="note">
    <p>
      ${msg(str`Deze tekst is nog niet in het ${name}.`)}
      ${msg('Een sleutelpersoon kan het uitleggen in uw taal.')}
    </p>
    ${finder ? html`<a class="wegwijs-step-guide__missing-link" href=${href}>${msg('Zoek een sleutelpersoon')}</a>` : nothing}
  </div>`;
}
