/**
 * A text for residents in several languages (`"tekst"` or `{ nl, ar, … }`, the content
 * model's LocalizedText): read one language, write one language. Dutch alone stays a plain
 * string; an emptied language is taken out.
 */
import type { LocalizedText } from '@wegwijs/core';

export function textIn(value: LocalizedText | undefined, lang: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return lang === 'nl' ? value : '';
  return value[lang] ?? '';
}

export function withText(
  value: LocalizedText | undefined,
  lang: string,
  text: string,
): LocalizedText | undefined {
  const map: Record<string, string> =
    typeof value === 'string' ? { nl: value } : { ...(value ?? {}) };
  if (text) map[lang] = text;
  else delete map[lang];
  const langs = Object.keys(map);
  if (langs.length === 0) return undefined;
  return langs.length === 1 && langs[0] === 'nl' ? map['nl'] : map;
}
