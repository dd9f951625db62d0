/**
 * When a widget has no content in the resident's language and shows Dutch (or another
 * language) instead, it says so in the resident's language and offers a person who speaks it:
 * silent Dutch reads as "this is not for me" (BRIEF §6). One notice for every widget, so the
 * words, the link and the screen-reader behaviour are the same everywhere.
 *
 * The offer is a link to a `<wegwijs-contact-finder>` on the same page, filtered on the
 * language through its hash state (`#cf-lang=…`, as the letter explainer's help link does);
 * a widget may give its own action instead (the contact finder filters itself).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from './msg.js';
import { directionOf, primaryLanguage } from './locales.js';
import { resolveText, type LocalizedText } from '../content/localized-text.js';

/** The language's name in the reader's own language ("Arabisch", "العربية"), else its code. */
export function languageName(lang: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** True when one of the texts falls back to another language than `locale`. */
export function fallsBack(
  texts: Iterable<LocalizedText | undefined>,
  locale: string,
  defaultLang?: string,
): boolean {
  for (const value of texts) if (resolveText(value, locale, defaultLang)?.fallback) return true;
  return false;
}

/** The first contact finder in `root` that reads its filters from the hash, if any. */
export function hashFinderIn(root: Node): Element | undefined {
  const scope = root as Document | ShadowRoot;
  return scope.querySelector?.('wegwijs-contact-finder:not([no-hash])') ?? undefined;
}

export interface MissingLanguageOptions {
  /** The resident's language (the page locale): the language the content lacks. */
  locale: string;
  /** The interface language the notice is written in. */
  uiLocale: string;
  /** What is missing: a text (default) or a video. */
  what?: 'text' | 'video';
  /** Where to look for a contact finder (the widget's root node). */
  root?: Node;
  /** Class of the notice (each widget's own anatomy). */
  className: string;
  /** Class of the link to a key person. */
  linkClassName: string;
  /** An action of the widget's own instead of the link (or `nothing` for none). */
  action?: TemplateResult | typeof nothing;
}

/**
 * The notice: a `role="note"` in the interface language with its own `lang` and `dir` (the
 * content next to it keeps the fallback's), and a link to a key person when a contact finder
 * is on the page.
 */
export function missingLanguageNotice(o: MissingLanguageOptions): TemplateResult {
  const lang = primaryLanguage(o.locale);
  const name = languageName(lang, o.uiLocale);
  const href = `#${new URLSearchParams({ 'cf-lang': lang })}`;
  const link =
    o.root && hashFinderIn(o.root)
      ? html`<a class=${o.linkClassName} href=${href}>${msg('Zoek een sleutelpersoon')}</a>`
      : nothing;
  return html`<div
    class=${o.className}
    role="note"
    lang=${o.uiLocale}
    dir=${directionOf(o.uiLocale)}
  >
    <p>
      ${
        o.what === 'video'
          ? msg(str`Deze video is nog niet in het ${name}.`)
          : msg(str`Deze tekst is nog niet in het ${name}.`)
      }
      ${msg('Een sleutelpersoon kan het uitleggen in uw taal.')}
    </p>
    ${o.action ?? link}
  </div>`;
}

export interface FallbackNoticeOptions {
  /** The widget's name in the light-DOM class scheme: `wegwijs-<widget>__missing(-link)`. */
  widget: string;
  /** The content texts shown; the notice appears when one of them falls back. */
  texts: Iterable<LocalizedText | undefined>;
  /** The content's own language (the texts' default), when it has one. */
  contentLang?: string;
  /** The resident's language (the page locale). */
  locale: string;
  /** The interface language the notice is written in. */
  uiLocale: string;
  /** Where to look for a contact finder (the widget's root node). */
  root?: Node;
  /** An action of the widget's own instead of the link, made only when the notice shows. */
  action?: () => TemplateResult | typeof nothing;
}

/**
 * The widgets' one way to use the notice: each gathers the texts it shows, this says whether
 * one falls back and renders the notice with the widget's light-DOM classes, else nothing.
 */
export function fallbackNotice(o: FallbackNoticeOptions): TemplateResult | typeof nothing {
  if (!fallsBack(o.texts, o.locale, o.contentLang)) return nothing;
  return missingLanguageNotice({
    locale: o.locale,
    uiLocale: o.uiLocale,
    root: o.root,
    className: `wegwijs-${o.widget}__missing`,
    linkClassName: `wegwijs-${o.widget}__missing-link`,
    action: o.action?.(),
  });
}
