/**
 * The one table of contact-list columns: their keys, the Dutch names editors
 * use (tel, telefoon, mail, e-mail, url, website, soort, talen, onderwerpen…), which are
 * required, which are ways to get in touch. The widget's CSV reader, the check, the example
 * generator and the CSV template all read it.
 */
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

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'id', aliases: [], example: 'vb-1' },
  { key: 'name', aliases: ['naam'], required: true, example: 'Voornaam Achternaam' },
  { key: 'kind', aliases: ['soort', 'type'], required: true, example: 'sleutelpersoon' },
  { key: 'role', aliases: ['functie', 'rol'], localized: true, example: 'Sleutelpersoon' },
  { key: 'organization', aliases: ['organisatie'], example: 'Naam van de organisatie' },
  {
    key: 'organization_url',
    aliases: ['organisatie_website'],
    example: 'https://www.voorbeeld.example/',
  },
  {
    key: 'description',
    aliases: ['omschrijving', 'beschrijving'],
    localized: true,
    example: 'Korte uitleg (mag leeg)',
  },
  { key: 'photo', aliases: ['foto'], example: '' },
  { key: 'photo_alt', aliases: ['foto_alt'], localized: true, example: '' },
  { key: 'languages', aliases: ['talen', 'taal'], required: true, example: 'ar nl' },
  { key: 'topics', aliases: ['onderwerpen', 'onderwerp'], example: 'brieven geld' },
  {
    key: 'phone',
    aliases: ['telefoon', 'tel', 'telefoonnummer'],
    channel: true,
    example: '020 123 4567',
  },
  { key: 'phone_languages', aliases: ['telefoon_talen'], example: 'ar nl' },
  { key: 'whatsapp', aliases: ['whatsapp_nummer'], channel: true, example: '06 12345678' },
  {
    key: 'email',
    aliases: ['e-mail', 'e_mail', 'mail', 'emailadres', 'e-mailadres'],
    channel: true,
    example: 'naam@voorbeeld.example',
  },
  {
    key: 'website',
    aliases: ['url', 'site', 'internet'],
    channel: true,
    example: 'https://www.voorbeeld.example/',
  },
  { key: 'address', aliases: ['adres'], example: 'Marktplein 1' },
  { key: 'postal_code', aliases: ['postcode'], example: '9901 AB' },
  { key: 'city', aliases: ['plaats', 'woonplaats'], example: 'Voorbeeldstad' },
  { key: 'latitude', aliases: ['breedtegraad'], example: '' },
  { key: 'longitude', aliases: ['lengtegraad'], example: '' },
  { key: 'areas', aliases: ['werkgebied', 'wijken'], example: '9901-9903, 9910' },
  { key: 'access', aliases: ['toegang'], example: 'both' },
  {
    key: 'hours',
    aliases: ['openingstijden', 'tijden'],
    example: 'ma-vr 09:00-12:00 | wo 13:00-17:00',
  },
  {
    key: 'exceptions',
    aliases: ['uitzonderingen'],
    example: '2027-12-24 09:00-12:00 | 2027-12-31 gesloten',
  },
  { key: 'free', aliases: ['gratis'], example: 'ja' },
  { key: 'independent', aliases: ['onafhankelijk'], example: 'ja' },
  { key: 'confidential', aliases: ['vertrouwelijk'], example: 'ja' },
];

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
