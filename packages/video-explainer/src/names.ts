import { primaryLanguage } from '@wegwijs/core/locale/locales';

// The endonyms of the Wegwijs UI languages, as data: ICU lacks or lowercases some (Chromium, for
// one, names Tigrinya in English); others come from Intl.DisplayNames. A compact copy of core's
// `endonym`, so the facade does not load core's longer list before the first play.
const KNOWN = Object.fromEntries(
  'nl Nederlands|en English|ar العربية|tr Türkçe|fr Français|pl Polski|uk Українська|bg Български|ro Română|fa فارسی|ti ትግርኛ|so Soomaali'
    .split('|')
    .map((pair) => pair.split(' ')),
) as Record<string, string>;

/** The name of a language in that language itself: never a flag, never a translation. */
export function endonym(code: string): string {
  const known = KNOWN[primaryLanguage(code)];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (name) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    /* an unknown code: show the code itself */
  }
  return code;
}
