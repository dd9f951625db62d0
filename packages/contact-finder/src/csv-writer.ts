/**
 * The spreadsheet export (CSV) of a contact list: the inverse of the CSV reader (`csv.ts` →
 * `flat.ts`), on the same column table (`csv-columns.ts`). Dutch words for kinds, topics, days
 * and yes/no, as editors write them; `;` between cells (what Dutch spreadsheet programs expect)
 * and a BOM, so Excel reads UTF-8 (العربية, Türkçe) right. What a spreadsheet row cannot hold
 * (a second phone number, a location's name…) is reported, never dropped in silence.
 */
import type { LocalizedText } from '@wegwijs/core';
import { CSV_COLUMNS } from './csv-columns.js';
import type { Flat } from './flat.js';
import type { Contact, Directory, Schedule, ScheduleException } from './types.js';

const KIND_WORD: Record<string, string> = {
  'client-supporter': 'clientondersteuner',
  'key-person': 'sleutelpersoon',
  volunteer: 'vrijwilliger',
  team: 'buurtteam',
  helpline: 'hulplijn',
};
const TOPIC_WORD: Record<string, string> = {
  money: 'geld',
  care: 'zorg',
  youth: 'jeugd',
  housing: 'wonen',
  work: 'werk',
  health: 'gezondheid',
  letters: 'brieven',
  loneliness: 'eenzaamheid',
};
const ACCESS_WORD: Record<string, string> = {
  'walk-in': 'inloop',
  appointment: 'afspraak',
  both: 'beide',
};
const DAY_WORD: Record<string, string> = {
  MO: 'ma',
  TU: 'di',
  WE: 'wo',
  TH: 'do',
  FR: 'vr',
  SA: 'za',
  SU: 'zo',
};

/** A field the spreadsheet cannot hold: where it is in the content, and what it is (Dutch). */
export interface LostField {
  path: string;
  what: string;
}

const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? 'ja' : 'nee';

/** "MO-FR" → "ma-vr": the reader turns Dutch day names back into HSDS codes. */
const dutchDays = (byday: string) =>
  byday.replace(/\b(MO|TU|WE|TH|FR|SA|SU)\b/g, (day) => DAY_WORD[day] ?? day);

export const hoursCell = (schedules: readonly Schedule[] | undefined) =>
  schedules?.map((s) => `${dutchDays(s.byday)} ${s.opens_at}-${s.closes_at}`).join(' | ');

export const exceptionsCell = (exceptions: readonly ScheduleException[] | undefined) =>
  exceptions
    ?.map((e) =>
      e.opens_at && e.closes_at && !e.closed
        ? `${e.date} ${e.opens_at}-${e.closes_at}`
        : `${e.date} gesloten`,
    )
    .join(' | ');

/** A text in Dutch and other languages → `role`, `role:ar`, `role:tr` cells. */
function localizedCells(flat: Flat, key: string, value: LocalizedText | undefined): void {
  if (value === undefined) return;
  if (typeof value === 'string') {
    flat[key] = value;
    return;
  }
  for (const [lang, text] of Object.entries(value))
    flat[lang === 'nl' ? key : `${key}:${lang}`] = text;
}

/** One contact → one spreadsheet row (column key → cell), and what the row cannot hold. */
export function contactToFlat(contact: Contact, path = ''): { flat: Flat; lost: LostField[] } {
  const flat: Flat = {};
  const lost: LostField[] = [];
  const at = (field: string) => (path ? `${path}.${field}` : field);
  flat['id'] = contact.id;
  flat['name'] = contact.name;
  flat['kind'] = KIND_WORD[contact.kind] ?? contact.kind;
  localizedCells(flat, 'role', contact.role);
  flat['organization'] = contact.organization?.name;
  flat['organization_url'] = contact.organization?.url;
  localizedCells(flat, 'description', contact.description);
  flat['photo'] = contact.photo?.url;
  localizedCells(flat, 'photo_alt', contact.photo?.alt);
  flat['languages'] = contact.languages?.join(' ');
  flat['topics'] = contact.topics?.map((t) => TOPIC_WORD[t] ?? t).join(' ');
  const [phone, ...otherPhones] = contact.phones ?? [];
  flat['phone'] = phone?.number;
  flat['phone_languages'] = phone?.languages?.join(' ');
  if (phone?.description !== undefined)
    lost.push({ path: at('phones[0].description'), what: 'omschrijving van het telefoonnummer' });
  otherPhones.forEach((_, i) =>
    lost.push({ path: at(`phones[${i + 1}]`), what: 'tweede of volgend telefoonnummer' }),
  );
  flat['whatsapp'] = contact.whatsapp;
  flat['email'] = contact.email;
  flat['website'] = contact.url;
  const location = contact.location;
  flat['address'] = location?.address_1;
  flat['postal_code'] = location?.postal_code;
  flat['city'] = location?.city;
  flat['latitude'] = location?.latitude?.toString();
  flat['longitude'] = location?.longitude?.toString();
  if (location?.name !== undefined)
    lost.push({ path: at('location.name'), what: 'naam van de locatie' });
  flat['areas'] = contact.service_areas?.join(', ');
  flat['access'] = contact.access && (ACCESS_WORD[contact.access] ?? contact.access);
  flat['hours'] = hoursCell(contact.schedules);
  flat['exceptions'] = exceptionsCell(contact.exceptions);
  flat['free'] = yesNo(contact.free);
  flat['independent'] = yesNo(contact.independent);
  flat['confidential'] = yesNo(contact.confidential);
  return { flat, lost };
}

/** A cell as RFC 4180 wants it: quoted when it holds the separator, a quote or a line break. */
function cell(value: string | undefined, separator: string): string {
  const text = value ?? '';
  return text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export interface ContactsCsv {
  /** The CSV text, with a BOM, `;` between cells and CRLF line ends. */
  text: string;
  /** Column keys in order (the reader's keys, e.g. `role:ar`). */
  columns: string[];
  /** What the spreadsheet cannot hold (shown to the editor before the export). */
  lost: LostField[];
}

/** The contact list as the spreadsheet the widget reads back (`src="contacten.csv"`). */
export function writeContactsCsv(
  directory: Pick<Directory, 'contacts'> & Partial<Directory>,
): ContactsCsv {
  const separator = ';';
  const rows = directory.contacts.map((contact, i) => contactToFlat(contact, `contacts[${i}]`));
  const lost = rows.flatMap((row) => row.lost);
  if (directory.helpline) lost.push({ path: 'helpline', what: 'algemene hulplijn' });
  if (directory.neighbourhoods) lost.push({ path: 'neighbourhoods', what: 'wijken met postcodes' });
  if (directory.holidays?.length) lost.push({ path: 'holidays', what: 'lokale sluitingsdagen' });
  // Every column of the table, then a column per other language of a text that has one.
  const columns: string[] = CSV_COLUMNS.map((column) => column.key);
  for (const column of CSV_COLUMNS.filter((c) => c.localized)) {
    const langs = new Set<string>();
    for (const { flat } of rows)
      for (const key of Object.keys(flat))
        if (key.startsWith(`${column.key}:`) && flat[key] !== undefined) langs.add(key);
    const after = columns.indexOf(column.key) + 1;
    columns.splice(after, 0, ...[...langs].sort());
  }
  const lines = [
    columns.join(separator),
    ...rows.map(({ flat }) => columns.map((key) => cell(flat[key], separator)).join(separator)),
  ];
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, columns, lost };
}
