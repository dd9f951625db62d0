/**
 * The spreadsheet export editors maintain (CSV, comma or semicolon, with or without BOM).
 * Loaded on demand: papaparse is only downloaded when a CSV file is used.
 * Columns and their Dutch names: csv-columns.ts (also the template and the checker's).
 */
import { problem, type ContentProblem, type Validated } from '@wegwijs/core';
import { columnKey } from './csv-columns.js';
import { fromFlat } from './flat.js';
import { ROWS } from './schema.js';

/** A heading cell → its column key, by the one column table (csv-columns.ts). */
const heading = columnKey;

/**
 * How papaparse is loaded (a dynamic import: its own lazy chunk). Replaceable only because the
 * test runner cannot import a UMD module; the tests load the same library as a classic script.
 */
export const papaparse = {
  load: (): Promise<typeof import('papaparse')> => import('papaparse').then((m) => m.default ?? m),
};

export async function parseContactsCsv(text: string): Promise<Validated<unknown>> {
  const Papa = await papaparse.load();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [head, ...rows] = parsed.data;
  const problems: ContentProblem[] = [];
  if (!head || !head.map(heading).includes('name')) {
    return {
      problems: [problem('parse', 'Het CSV-bestand heeft geen kopregel met een kolom "naam"')],
    };
  }
  const columns = head.map(heading);
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && error.row > 0) broken.set(error.row, error.message);
  }
  const contacts: unknown[] = [];
  const rowNumbers: number[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2; // spreadsheet row: the heading is row 1
    const reason =
      broken.get(i + 1) ??
      (cells.length !== columns.length
        ? `${cells.length} cellen, de kopregel heeft er ${columns.length}`
        : undefined);
    if (reason) {
      problems.push(
        problem('parse', `rij ${row} overgeslagen: ${reason}`, {
          path: `row ${row}`,
          severity: 'warning',
        }),
      );
      return;
    }
    const flat: Record<string, string> = {};
    columns.forEach((column, c) => (flat[column] = cells[c] ?? ''));
    contacts.push(fromFlat(flat));
    rowNumbers.push(row);
  });
  return { data: { contacts, [ROWS]: rowNumbers }, problems };
}
