/**
 * The one table of contact-list columns (csv-columns.json): their keys, the Dutch names editors
 * use (tel, telefoon, mail, e-mail, url, website, soort, talen, onderwerpen…), which are
 * required, which are ways to get in touch. The widget's CSV reader, the check, the example
 * generator and the CSV template all read it.
 */
import table from './csv-columns.json';
import { fold } from './text.js';

export interface CsvColumn {
  key: string;
  aliases: string[];
  /** Every row needs a value. */
  required?: boolean;
  /** A way to get in touch: a row needs at least one. */
  channel?: boolean;
  /** May have a column per language: `role:ar`. */
  localized?: boolean;
  /** The value in the template's example row. */
  example: string;
}

export const CSV_COLUMNS: readonly CsvColumn[] = table as CsvColumn[];

const BY_NAME = new Map<string, string>();
for (const column of CSV_COLUMNS) {
  BY_NAME.set(column.key, column.key);
  for (const alias of column.aliases) BY_NAME.set(fold(alias).replace(/\s+/g, '_'), column.key);
}

/**
 * The column's key for a heading cell: trimmed, lower case, without accents, a "required" mark
 * ("naam*", "naam (verplicht)") dropped, aliases resolved; `role:ar` keeps its language.
 * Unknown headings come back folded (and are reported by the check).
 */
export function columnKey(heading: string): string {
  const clean = fold(heading)
    .replace(/\s*(\*|\((verplicht|required)\))$/, '')
    .trim()
    .replace(/\s+/g, '_');
  const [base = '', lang] = clean.split(':');
  const key = BY_NAME.get(base) ?? base;
  return lang ? `${key}:${lang}` : key;
}

/** Whether the table knows a column key (`role:ar` counts when `role` is localized). */
export function isKnownColumn(key: string): boolean {
  const [base = '', lang] = key.split(':');
  const column = CSV_COLUMNS.find((c) => c.key === base);
  return !!column && (lang === undefined || !!column.localized);
}
