import { normalizeTermText } from '@wegwijs/glossary';

/**
 * Dutch alphabetical order of terms, without a collator: the first `localeCompare(…, 'nl')`
 * or `Intl.Collator` of a page loads ICU collation data, 60–150 ms at 4× CPU slowdown inside
 * the letter's first render (issue 23). Terms compare by their letters without diacritics and
 * case (the collator's first level: "cliëntondersteuner" beside "client"), then as written.
 * The same order as the collator for every term and form of the glossary (term-order test).
 */
export function compareTerms(a: string, b: string): number {
  const x = normalizeTermText(a);
  const y = normalizeTermText(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
