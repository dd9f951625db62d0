import { primaryLanguage } from '@wegwijs/core/locale/locales';

// Endonyms from Intl.DisplayNames (capitalised), except where engines lack them: Chromium
// names Tigrinya and Somali in English (measured: Chromium 156). Core's language switch keeps
// the full list; the facade carries only these, to stay small before the first play.
const KNOWN: Record<string, string> = { ti: 'ትግርኛ', so: 'Soomaali' };

/** The name of a language in that language itself: never a flag, never a translation. */
export function endonym(code: string): string {
  const primary = primaryLanguage(code);
  const known = KNOWN[primary];
  if (known) return known;
  try {
    // The language, not the regional variant: "ar-MA" is shown as العربية.
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(primary);
    if (name) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    /* an unknown code: show the code itself */
  }
  return code;
}
