/**
 * The spreadsheet in and out, with the widget's own reader, check and writer: an import keeps
 * every row the widget would read (also rows with problems, which the table then shows) and
 * says what it could not take (unknown columns, broken rows); an export says what the
 * spreadsheet cannot hold. Everything happens on the device.
 */
import { parseContactsCsv, writeContactsCsv, type LostField } from '@wegwijs/contact-finder/csv';
import type { Contact, Directory } from '@wegwijs/contact-finder';
import type { StudioProblem } from '../contract.js';

export interface CsvImport {
  contacts: Contact[];
  /** In Dutch: columns the widget does not read, rows it skips (and so were not imported). */
  notes: StudioProblem[];
}

export async function importCsv(text: string): Promise<CsvImport> {
  const [parsed, { checkCsv }] = await Promise.all([
    parseContactsCsv(text),
    import('@wegwijs/contact-finder/check'),
  ]);
  const checked = checkCsv(text);
  const notes: StudioProblem[] = [
    ...parsed.problems.map((p) => ({
      path: p.path ?? '',
      message: p.message,
      severity: p.severity,
    })),
    // What the whole file or a column gets wrong (the rows' own problems show in the table).
    ...checked.problems
      .filter((p) => !/^rij /.test(p.path))
      .map(({ path, message, severity }) => ({ path, message, severity })),
  ];
  const contacts = ((parsed.data as { contacts?: unknown[] } | undefined)?.contacts ??
    []) as Contact[];
  return { contacts, notes };
}

export interface CsvExport {
  text: string;
  lost: LostField[];
}

export function exportCsv(directory: Directory): CsvExport {
  const { text, lost } = writeContactsCsv(directory);
  return { text, lost };
}

type CsvCheck = typeof import('@wegwijs/contact-finder/check');
let csvCheck: CsvCheck | undefined;

/** Loads the spreadsheet check (with papaparse) once; until then `spreadsheetProblems` is empty. */
export async function loadSpreadsheetCheck(): Promise<void> {
  csvCheck ??= await import('@wegwijs/contact-finder/check');
}

/**
 * The rules only the spreadsheet check has (a row needs a way to get in touch), on the list as
 * it would be exported: so the editor learns before the export that a row would not pass.
 */
export function spreadsheetProblems(directory: Directory): StudioProblem[] {
  if (!csvCheck || !directory.contacts?.length) return [];
  return csvCheck
    .checkCsv(writeContactsCsv(directory).text)
    .problems.filter((p) => p.code === 'csv-no-channel')
    .map(({ path, message, severity }) => ({ path, message, severity }));
}
