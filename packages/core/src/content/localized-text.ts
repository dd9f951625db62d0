/**
 * Content text is either one string (in the content's default language) or a map of
 * language → text. `resolveText` picks one and says which language it really is, so the
 * element showing it can carry the right `lang` and `dir`.
 */
import { SOURCE_LOCALE, directionOf, normaliseLocale, primaryLanguage } from '../locale/locales.js';

export type LocalizedText = string | Readonly<Record<string, string>>;

export interface ResolvedText {
  text: string;
  /** The language of `text` (may differ from the requested one: a fallback). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** True when the text is not in the requested language. */
  fallback: boolean;
}

function isTextMap(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((text) => typeof text === 'string')
  );
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'string' || (isTextMap(value) && Object.keys(value).length > 0);
}

function pick(map: Readonly<Record<string, string>>, wanted: string): string | undefined {
  if (map[wanted] !== undefined) return wanted;
  const lower = wanted.toLowerCase();
  const primary = primaryLanguage(wanted);
  const keys = Object.keys(map);
  return (
    keys.find((key) => key.toLowerCase() === lower) ??
    keys.find((key) => key.toLowerCase() === primary) ??
    keys.find((key) => primaryLanguage(key) === primary)
  );
}

/**
 * The text for `locale`: active → Dutch → the first available. `defaultLang` is the
 * language of a plain string (the content's own language, Dutch unless said otherwise).
 */
export function resolveText(
  text: LocalizedText | null | undefined,
  locale: string,
  defaultLang: string = SOURCE_LOCALE,
): ResolvedText | undefined {
  if (text === null || text === undefined) return undefined;
  const wanted = normaliseLocale(locale) ?? SOURCE_LOCALE;
  if (typeof text === 'string') {
    return {
      text,
      lang: defaultLang,
      dir: directionOf(defaultLang),
      fallback: primaryLanguage(defaultLang) !== primaryLanguage(wanted),
    };
  }
  const key = pick(text, wanted) ?? pick(text, SOURCE_LOCALE) ?? Object.keys(text)[0];
  if (key === undefined) return undefined;
  return {
    text: text[key] ?? '',
    lang: key,
    dir: directionOf(key),
    fallback: primaryLanguage(key) !== primaryLanguage(wanted),
  };
}

/** The languages a set of texts is available in (for a language switch). */
export function languagesOf(texts: Iterable<LocalizedText | undefined>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (text && typeof text !== 'string') for (const key of Object.keys(text)) found.add(key);
  }
  return [...found];
}
