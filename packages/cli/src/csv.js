/**
 * Check a contact list exported from a spreadsheet (CSV). Plain ES module (papaparse).
 *
 * Delimiter: `;` (Dutch Excel), `,` or tab, taken from the header row. A byte-order mark is
 * removed. Row numbers are spreadsheet rows: the header is row 1, so they match Excel even
 * when a quoted cell spans several lines.
 */
import Papa from 'papaparse';

/** Contact channels: a row needs at least one of these. */
export const CHANNELS = ['phone', 'email', 'whatsapp', 'website'];

/** Other spellings editors use for the standard columns (lower case). */
export const COLUMN_ALIASES = /** @type {Record<string, string>} */ ({
  naam: 'name',
  telefoon: 'phone',
  telefoonnummer: 'phone',
  tel: 'phone',
  'e-mail': 'email',
  mail: 'email',
  emailadres: 'email',
  'e-mailadres': 'email',
  site: 'website',
  url: 'website',
});

/**
 * @typedef {object} CsvProblem
 * @property {'error' | 'warning'} severity
 * @property {string} code
 * @property {number} [row] spreadsheet row (header = 1)
 * @property {string} [column]
 * @property {Record<string, string | number>} params
 */

/**
 * Normalise a header cell: trim, lower case, drop a "required" mark ("naam*", "name (verplicht)").
 * @param {string} cell
 * @returns {{ column: string, required: boolean }}
 */
export function parseHeaderCell(cell) {
  const raw = cell.trim().toLowerCase();
  const required = /\*$|\((verplicht|required)\)$/.test(raw);
  const name = raw.replace(/\s*(\*|\((verplicht|required)\))$/, '').trim();
  return { column: COLUMN_ALIASES[name] ?? name, required };
}

/** @param {string} line */
function guessDelimiter(line) {
  const outside = line.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map(
    (d) => /** @type {const} */ ([d, outside.split(d).length - 1]),
  );
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ',';
}

/**
 * @param {string} text the CSV file
 * @param {string[] | null} [templateHeader] header cells of contacts-template.csv, when known
 * @returns {{ delimiter: string, columns: string[], rows: number, problems: CsvProblem[] }}
 */
export function checkContactsCsv(text, templateHeader = null) {
  /** @type {CsvProblem[]} */
  const problems = [];
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = guessDelimiter(firstLine);
  const parsed = Papa.parse(source, { delimiter, skipEmptyLines: false });
  const records = /** @type {string[][]} */ (parsed.data);
  const headerCells = records[0] ?? [];
  if (!headerCells.some((c) => c.trim())) {
    problems.push({ severity: 'error', code: 'csv-empty', params: {} });
    return { delimiter, columns: [], rows: 0, problems };
  }
  const header = headerCells.map(parseHeaderCell);
  const columns = header.map((h) => h.column);

  // Which columns are required and which are known.
  const template = templateHeader?.map(parseHeaderCell) ?? null;
  const required = new Set([
    'name',
    ...(template?.filter((t) => t.required).map((t) => t.column) ?? []),
  ]);
  for (const column of required) {
    if (!columns.includes(column))
      problems.push({ severity: 'error', code: 'csv-missing-column', column, params: { column } });
  }
  const channelColumns = CHANNELS.filter((c) => columns.includes(c));
  if (!channelColumns.length) {
    problems.push({
      severity: 'error',
      code: 'csv-no-channel-column',
      params: { columns: CHANNELS.join(', ') },
    });
  }
  if (template) {
    const known = new Set([...template.map((t) => t.column), ...CHANNELS, 'name']);
    header.forEach((h, i) => {
      // "role:ar" is the Arabic version of the "role" column.
      const base = h.column.replace(/:[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, '');
      if (h.column && !known.has(h.column) && !known.has(base)) {
        problems.push({
          severity: 'warning',
          code: 'csv-unknown-column',
          column: headerCells[i],
          params: { column: headerCells[i]?.trim() ?? '' },
        });
      }
    });
  }
  const seen = new Set();
  header.forEach((h, i) => {
    if (!h.column)
      problems.push({ severity: 'warning', code: 'csv-empty-column', params: { index: i + 1 } });
    else if (seen.has(h.column))
      problems.push({
        severity: 'error',
        code: 'csv-duplicate-column',
        column: h.column,
        params: { column: h.column },
      });
    seen.add(h.column);
  });

  // papaparse's own errors (quotes), by record.
  /** @type {Map<number, string>} */
  const parseErrors = new Map();
  for (const e of parsed.errors) {
    if (e.type === 'Delimiter') continue;
    if (typeof e.row === 'number' && !parseErrors.has(e.row)) parseErrors.set(e.row, e.code);
  }

  let rows = 0;
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    const recordIndex = index + 1;
    if (record.every((cell) => cell.trim() === '')) return;
    rows++;
    const parseError = parseErrors.get(recordIndex);
    if (parseError) {
      problems.push({
        severity: 'error',
        code: 'csv-quotes',
        row,
        params: { row, detail: parseError },
      });
      return;
    }
    if (record.length !== headerCells.length) {
      problems.push({
        severity: 'error',
        code: record.length > headerCells.length ? 'csv-too-many-fields' : 'csv-too-few-fields',
        row,
        params: { row, found: record.length, expected: headerCells.length },
      });
      return;
    }
    /** @param {string} column */
    const cell = (column) => record[columns.indexOf(column)]?.trim() ?? '';
    for (const column of required) {
      if (columns.includes(column) && !cell(column)) {
        const label = headerCells[columns.indexOf(column)]?.trim() ?? column;
        problems.push({
          severity: 'error',
          code: 'csv-missing-value',
          row,
          column,
          params: { row, column: label },
        });
      }
    }
    if (channelColumns.length && !channelColumns.some((c) => cell(c))) {
      problems.push({ severity: 'error', code: 'csv-no-channel', row, params: { row } });
    }
    const email = cell('email');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      problems.push({
        severity: 'warning',
        code: 'csv-bad-email',
        row,
        params: { row, value: email },
      });
    }
    for (const phoneColumn of ['phone', 'whatsapp']) {
      const phone = cell(phoneColumn);
      if (phone && !/^\+?[\d\s().-]{6,}$/.test(phone)) {
        problems.push({
          severity: 'warning',
          code: 'csv-bad-phone',
          row,
          column: phoneColumn,
          params: { row, column: phoneColumn, value: phone },
        });
      }
    }
  });
  if (rows === 0) problems.push({ severity: 'error', code: 'csv-no-rows', params: {} });
  return { delimiter, columns, rows, problems };
}
