/**
 * The spreadsheet export editors maintain (CSV, comma or semicolon, with or without BOM).
 * Loaded on demand: papaparse is only downloaded when a CSV file is used.
 * Columns and their Dutch names: csv-columns.ts (also the template and the checker's).
 */
import { coded, type ContentProblem, type Validated } from '@wegwijs/core';
import { CSV_COLUMNS, columnKey } from './csv-columns.js';
import { fromFlat } from './flat.js';
import { COLUMN_OF, ROWS } from './schema.js';
import { columnOf } from './csv-path.js';
import { runAtOnce, runInSlices } from './slices.js';

/** A heading cell → its column key, by the one column table (csv-columns.ts). */
const heading = columnKey;

/**
 * How papaparse is loaded (a dynamic import: its own lazy chunk). Replaceable only because the
 * test runner cannot import a UMD module; the tests load the same library as a classic script.
 */
export const papaparse = {
  load: (): Promise<typeof import('papaparse')> => import('papaparse').then((m) => m.default ?? m),
};

/** A spreadsheet up to this length is read at once (a few milliseconds on a phone). */
const AT_ONCE = 256 * 1024;
/** The length of one piece of a long spreadsheet, each parsed at once. */
const PIECE = 64 * 1024;

/**
 * Reads the spreadsheet. A long one (thousands of rows) is read in pieces of whole lines,
 * yielding to the browser in between (slices.ts), so it never freezes a resident's phone.
 */
export async function parseContactsCsv(text: string): Promise<Validated<unknown>> {
  const Papa = await papaparse.load();
  const body = text.replace(/^\uFEFF/, '');
  const read = () =>
    body.length <= AT_ONCE
      ? Promise.resolve(runAtOnce(csvSteps(Papa, body, Infinity)))
      : runInSlices(csvSteps(Papa, body, PIECE));
  // Problems by code, worded (in Dutch) when the editor reads them.
  return read();
}

/**
 * The end of the piece that starts at `from`: just after the first line end at least `size`
 * characters on that is outside quotes (a quoted cell may hold line ends), or the text's end.
 */
function pieceEnd(text: string, from: number, size: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */)
      quoted = !quoted; // "" inside a quoted cell toggles twice
    else if (c === 10 /* \n */ && !quoted && i - from >= size) return i + 1;
  }
  return text.length;
}

/** The reading, step by step: a pause after each piece and every 256 rows (see slices.ts). */
export function* csvSteps(
  Papa: typeof import('papaparse'),
  body: string,
  size: number,
): Generator<void, Validated<unknown>> {
  const data: string[][] = [];
  const errors: { row?: number; type: string }[] = [];
  // Every piece with the delimiter the first one was found to use (comma or semicolon).
  let delimiter = '';
  for (let from = 0; from < body.length;) {
    const to = pieceEnd(body, from, size);
    const piece = Papa.parse<string[]>(body.slice(from, to), {
      skipEmptyLines: 'greedy',
      delimiter,
    });
    delimiter ||= piece.meta.delimiter;
    for (const error of piece.errors)
      errors.push({ ...error, row: error.row === undefined ? undefined : error.row + data.length });
    for (const row of piece.data) data.push(row);
    from = to;
    yield;
  }
  const [head, ...rows] = data;
  const problems: ContentProblem[] = [];
  if (!head || !head.map(heading).includes('name')) {
    // As `wegwijs check` says it: the required column and its Dutch names.
    const name = CSV_COLUMNS.find((c) => c.key === 'name')!;
    const params = { column: name.key, aliases: name.aliases.join(', ') };
    return { problems: [coded('parse', 'csv-missing-column', { params })] };
  }
  const columns = head.map(heading);
  // The columns the widget needs, as `wegwijs check` names them (the rows say what is missing).
  for (const column of CSV_COLUMNS)
    if (column.required && column.key !== 'name' && !columns.includes(column.key)) {
      const params = { column: column.key, aliases: column.aliases.join(', ') };
      problems.push(coded('parse', 'csv-missing-column', { params, severity: 'warning' }));
    }
  const channels = CSV_COLUMNS.filter((c) => c.channel).map((c) => c.key);
  // Quotes that do not close, as `wegwijs check` names them (`csv-quotes`).
  const broken = new Set<number>();
  for (const error of errors)
    if (error.type === 'Quotes' && error.row !== undefined && error.row > 0) broken.add(error.row);
  const contacts: unknown[] = [];
  const rowNumbers: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if ((i & 255) === 255) yield;
    const cells = rows[i]!;
    const row = i + 2; // spreadsheet row: the heading is row 1
    // The row is skipped; named as `wegwijs check` names it, at `rij 14`.
    const skip = (code: string, params?: Record<string, unknown>) =>
      problems.push(
        coded('parse', code, {
          path: `rij ${row}`,
          params,
          severity: 'warning',
          note: 'note-contact-skipped',
        }),
      );
    if (broken.has(i + 1)) {
      skip('csv-quotes');
      continue;
    }
    if (cells.length !== columns.length) {
      skip('csv-cells', { found: cells.length, expected: columns.length });
      continue;
    }
    const flat: Record<string, string> = {};
    columns.forEach((column, c) => (flat[column] = cells[c] ?? ''));
    // Shown, but residents cannot get in touch.
    if (!channels.some((c) => flat[c]?.trim()))
      problems.push(
        coded('content', 'csv-no-channel', { path: `rij ${row}`, severity: 'warning' }),
      );
    contacts.push(fromFlat(flat));
    rowNumbers.push(row);
  }
  return { data: { contacts, [ROWS]: rowNumbers, [COLUMN_OF]: columnOf }, problems };
}
