/** The UI languages Wegwijs ships translations for. Dutch is the source language. */
export const SOURCE_LOCALE = 'nl';
export const TARGET_LOCALES = [
  'en',
  'ar',
  'tr',
  'fr',
  'pl',
  'uk',
  'bg',
  'ro',
  'fa',
  'ti',
  'so',
] as const;
export const UI_LOCALES: readonly string[] = [SOURCE_LOCALE, ...TARGET_LOCALES];

/** Scripts written right to left (primary language subtags). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'ug', 'sd']);

/** The primary language subtag, lower case: "ar-MA" → "ar". */
export function primaryLanguage(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Codes normalised so far. resolveText asks for every text of every render (hundreds in a
 * letter), and Intl.getCanonicalLocales costs ~5 µs a call on a fast machine, four times that
 * on a resident's phone: a page has only a handful of codes, so each is canonicalised once.
 */
const normalised = new Map<string, string | undefined>();
const MAX_REMEMBERED = 256; // content with many made-up codes must not grow this without end

/** A normalised BCP 47 code (lower-case language, upper-case region), or undefined if not one. */
export function normaliseLocale(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  if (normalised.has(code)) return normalised.get(code);
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(code.trim().replace(/_/g, '-'));
  } catch {
    canonical = undefined;
  }
  if (normalised.size < MAX_REMEMBERED) normalised.set(code, canonical);
  return canonical;
}

export function isRtl(code: string): boolean {
  return RTL_LANGUAGES.has(primaryLanguage(code));
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return isRtl(code) ? 'rtl' : 'ltr';
}

/** The UI locale that serves a language, matching on the primary subtag. */
export function matchUiLocale(code: string | null | undefined): string | undefined {
  const normalised = normaliseLocale(code);
  if (!normalised) return undefined;
  const primary = primaryLanguage(normalised);
  return UI_LOCALES.find((locale) => locale === primary);
}
