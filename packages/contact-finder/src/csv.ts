/**
 * The spreadsheet export editors maintain (CSV, comma or semicolon, with or without BOM).
 * Loaded on demand: papaparse is only downloaded when a CSV file is used.
 * Column layout: schema/contacts-template.csv and docs/contact-finder.md.
 */
import { problem, type ContentProblem, type Validated } from '@wegwijs/core';
import { fromFlat } from './flat.js';
import { ROWS } from './schema.js';
import { fold } from './text.js';

/** Dutch column headings editors may use instead of the English ones. */
const HEADINGS: Record<string, string> = {
  naam: 'name',
  soort: 'kind',
  functie: 'role',
  rol: 'role',
  organisatie: 'organization',
  organisatie_website: 'organization_url',
  omschrijving: 'description',
  foto: 'photo',
  foto_alt: 'photo_alt',
  talen: 'languages',
  onderwerpen: 'topics',
  gratis: 'free',
  onafhankelijk: 'independent',
  vertrouwelijk: 'confidential',
  telefoon: 'phone',
  telefoon_talen: 'phone_languages',
  'e-mail': 'email',
  e_mail: 'email',
  adres: 'address',
  postcode: 'postal_code',
  plaats: 'city',
  breedtegraad: 'latitude',
  lengtegraad: 'longitude',
  werkgebied: 'areas',
  toegang: 'access',
  openingstijden: 'hours',
  uitzonderingen: 'exceptions',
};

function heading(raw: string): string {
  const [base = '', lang] = fold(raw).replace(/\s+/g, '_').split(':');
  const key = HEADINGS[base] ?? base;
  return lang ? `${key}:${lang}` : key;
}

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
    return { problems: [problem('parse', 'The CSV file has no heading row with a "name" column')] };
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
        ? `expected ${columns.length} cells, got ${cells.length}`
        : undefined);
    if (reason) {
      problems.push(
        problem('parse', `row ${row} skipped: ${reason}`, {
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
