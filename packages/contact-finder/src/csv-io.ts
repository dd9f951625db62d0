/**
 * `@wegwijs/contact-finder/csv`: the spreadsheet (CSV) both ways, for Studio and other tools:
 * the widget's own reader (papaparse, loaded on demand), its column table, the row ↔ contact
 * conversion and the writer that is its inverse.
 */
export { parseContactsCsv, papaparse } from './csv.js';
export { CSV_COLUMNS, columnKey, isKnownColumn, type CsvColumn } from './csv-columns.js';
export { columnOf } from './csv-path.js';
export { fromFlat, parseHours, parseExceptions, type Flat } from './flat.js';
export {
  contactToFlat,
  writeContactsCsv,
  hoursCell,
  exceptionsCell,
  type ContactsCsv,
  type LostField,
} from './csv-writer.js';
export { ROWS } from './schema.js';
