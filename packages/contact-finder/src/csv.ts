/**
 * The spreadsheet export editors maintain (CSV, comma or semicolon, with or without BOM).
 * Loaded on demand: papaparse is only downloaded when a CSV file is used.
 * Columns and their Dutch names: csv-columns.ts (also the template and the checker's).
 */
import { problem, type ContentProblem, type Validated } from '@wegwijs/core';
import { checkMessages, loadCheckMessages } from '@wegwijs/core/check/message-table';
import { problemMessage } from '@wegwijs/core/check/problem';
import { columnKey } from './csv-columns.js';
import { fromFlat } from './flat.js';
import { ROWS } from './schema.js';
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
  const first = await read();
  // Problems are worded from core's message table, loaded only when there is one (a file
  // without problems never fetches it): read once more to word them.
  if (!first.problems.length || checkMessages()) return first;
  await loadCheckMessages().catch(() => undefined);
  return checkMessages() ? read() : first;
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
  const errors: { row?: number; message: string }[] = [];
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
    return {
      problems: [problem('parse', problemMessage('csv-no-name-column', {}))],
    };
  }
  const columns = head.map(heading);
  const broken = new Map<number, string>();
  for (const error of errors) {
    if (error.row !== undefined && error.row > 0) broken.set(error.row, error.message);
  }
  const contacts: unknown[] = [];
  const rowNumbers: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if ((i & 255) === 255) yield;
    const cells = rows[i]!;
    const row = i + 2; // spreadsheet row: the heading is row 1
    const reason =
      broken.get(i + 1) ??
      (cells.length !== columns.length
        ? problemMessage('csv-cells', { found: cells.length, expected: columns.length })
        : undefined);
    if (reason) {
      problems.push(
        problem('parse', problemMessage('csv-row-skipped', { row, problem: reason }), {
          path: `row ${row}`,
          severity: 'warning',
        }),
      );
      continue;
    }
    const flat: Record<string, string> = {};
    columns.forEach((column, c) => (flat[column] = cells[c] ?? ''));
    contacts.push(fromFlat(flat));
    rowNumbers.push(row);
  }
  return { data: { contacts, [ROWS]: rowNumbers }, problems };
}
