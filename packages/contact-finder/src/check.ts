/**
 * `@wegwijs/contact-finder/check`: the contact list's check, for JSON and for the spreadsheet
 * export (CSV), with problems in Dutch (English on request). The CSV is read exactly as the
 * widget reads it (the same column table, the same row-to-contact conversion, the same schema),
 * so a row the checker passes is a contact residents see.
 */
import Papa from 'papaparse';
import {
  makeProblem,
  schemaProblems,
  type CheckProblem,
  type WidgetCheckOptions,
  type WidgetCheckResult,
} from '@wegwijs/core/check';
import { CSV_COLUMNS, columnKey, isKnownColumn } from './csv-columns.js';
import { columnOf } from './csv-path.js';
import { fromFlat } from './flat.js';
import { contactSchema } from './schema.js';

import { contactFinderCheck } from './directory-check.js';

export { contactFinderCheck };

export const { widget, schema, shape, validate, texts } = contactFinderCheck;

export interface CsvCheckResult extends WidgetCheckResult {
  /** Rows with content below the header. */
  rows: number;
  /** Rows the widget shows as a contact. */
  contacts: number;
  /** Column keys, in order (aliases resolved). */
  columns: string[];
}

/** Check a contact list exported from a spreadsheet (`;`, `,` or tab; a BOM is fine). */
export function checkCsv(text: string, options: WidgetCheckOptions = {}): CsvCheckResult {
  const problems: CheckProblem[] = [];
  const add = (
    code: string,
    path: string,
    params: Record<string, unknown> = {},
    severity: 'error' | 'warning' = 'error',
  ) => problems.push(makeProblem(code, path, params, { ...options, severity }));
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [head, ...records] = parsed.data;
  const done = (rows: number, contacts: number, columns: string[]): CsvCheckResult => ({
    ok: !problems.some((p) => p.severity === 'error'),
    problems,
    rows,
    contacts,
    columns,
  });
  if (!head?.some((cell) => cell.trim())) {
    add('csv-empty', '');
    return done(0, 0, []);
  }
  const columns = head.map(columnKey);
  for (const column of CSV_COLUMNS.filter((c) => c.required)) {
    if (!columns.includes(column.key))
      add('csv-missing-column', '', { column: column.key, aliases: column.aliases.join(', ') });
  }
  const seen = new Set<string>();
  columns.forEach((key, i) => {
    if (seen.has(key)) add('csv-duplicate-column', `kolom ${i + 1}`, { column: head[i]?.trim() });
    else if (key && !isKnownColumn(key))
      add('csv-unknown-column', `kolom ${i + 1}`, { column: head[i]?.trim() }, 'warning');
    seen.add(key);
  });
  const broken = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
  const channels = CSV_COLUMNS.filter((c) => c.channel).map((c) => c.key);
  let contacts = 0;
  records.forEach((cells, i) => {
    const at = `rij ${i + 2}`; // spreadsheet row: the header is row 1
    if (broken.has(i + 1)) return add('csv-quotes', at);
    if (cells.length !== columns.length)
      return add('csv-cells', at, { found: cells.length, expected: columns.length });
    const flat: Record<string, string> = {};
    columns.forEach((column, c) => (flat[column] = cells[c] ?? ''));
    const before = problems.length;
    for (const p of schemaProblems(contactSchema, fromFlat(flat), options)) {
      if (p.code === 'schema-unknown') continue;
      problems.push({ ...p, path: `${at}.${columnOf(p.path)}` });
    }
    if (!channels.some((c) => flat[c]?.trim())) add('csv-no-channel', at);
    if (problems.length === before) contacts++;
  });
  if (records.length === 0) add('csv-no-rows', '');
  return done(records.length, contacts, columns);
}

/** JSON text or data, or (with `kind: 'csv'`, or text that does not start with { or [) a CSV. */
export function check(
  input: unknown,
  options: WidgetCheckOptions & { kind?: 'json' | 'csv' } = {},
): WidgetCheckResult {
  const csv =
    options.kind === 'csv' ||
    (options.kind === undefined && typeof input === 'string' && !/^\uFEFF?\s*[[{]/.test(input));
  return csv ? checkCsv(input as string, options) : contactFinderCheck.check(input, options);
}
