/**
 * What is missing per language: every text of the content whose Dutch is filled but whose
 * translation is not. "Where the texts are" comes from the widget's own check (`texts()`, read
 * from its schema), not from a list kept in Studio.
 */
import { dottedPath } from './paths.js';

export interface FoundTextLike {
  path: string;
  value: unknown;
}

export function missingPerLanguage(
  texts: FoundTextLike[],
  languages: string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const lang of languages.filter((l) => l !== 'nl')) out.set(lang, []);
  for (const { path, value } of texts) {
    const filled = (lang: string) =>
      typeof value === 'object' && value !== null
        ? Boolean(String((value as Record<string, unknown>)[lang] ?? '').trim())
        : lang === 'nl' && typeof value === 'string' && Boolean(value.trim());
    if (!filled('nl')) continue;
    for (const [lang, list] of out) if (!filled(lang)) list.push(dottedPath(path));
  }
  return out;
}
