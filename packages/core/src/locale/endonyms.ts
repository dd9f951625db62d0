import { normaliseLocale, primaryLanguage } from './locales.js';

/**
 * Endonyms we know to be right; Intl.DisplayNames fills in the rest. Kept as data because
 * ICU lacks some community languages (Tamazight, Papiamento) and lowercases others.
 */
const ENDONYMS: Record<string, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  fr: 'Français',
  pl: 'Polski',
  uk: 'Українська',
  bg: 'Български',
  ro: 'Română',
  fa: 'فارسی',
  ti: 'ትግርኛ',
  so: 'Soomaali',
  de: 'Deutsch',
  es: 'Español',
  pap: 'Papiamentu',
  zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ',
  ber: 'Tamaziɣt',
  rif: 'Tarifit',
  ku: 'Kurdî',
  prs: 'دری',
  ps: 'پښتو',
  ur: 'اردو',
  ru: 'Русский',
  zh: '中文',
  pt: 'Português',
  it: 'Italiano',
  hi: 'हिन्दी',
  ta: 'தமிழ்',
  sr: 'Српски',
  hr: 'Hrvatski',
  bs: 'Bosanski',
  am: 'አማርኛ',
};

/** The name of a language in that language itself: never a flag, never a translation. */
export function endonym(code: string): string {
  const normalised = normaliseLocale(code) ?? code;
  // The code as given first: "prs" (Dari) canonicalises to fa-AF, whose primary language
  // would give the Persian name (#26: Dari was shown as فارسی).
  const known =
    ENDONYMS[code.trim().toLowerCase()] ??
    ENDONYMS[normalised.toLowerCase()] ??
    ENDONYMS[primaryLanguage(normalised)];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([normalised], { type: 'language', fallback: 'none' }).of(
      normalised,
    );
    if (name) return name.charAt(0).toLocaleUpperCase(normalised) + name.slice(1);
  } catch {
    /* an unknown code: show the code itself */
  }
  return code;
}
