/**
 * The content schema (valibot), kept in sync with schema/contacts.schema.json by a test.
 * Each contact is checked on its own: an invalid record is skipped and reported with its
 * number (or spreadsheet row) and the reason; the valid contacts are shown.
 */
import * as v from 'valibot';
import { coded, fromCheck, type ContentProblem, type Validated } from '@wegwijs/core';
import {
  ISO_DATE,
  emailSchema,
  languageCode,
  phoneSchema,
  schemaProblems,
  textSchema,
} from '@wegwijs/core/check';
import { unknownKeys } from '@wegwijs/core/check/unknown-keys';
import { KINDS, TOPICS, type Contact, type Directory } from './types.js';
import { runAtOnce, runInSlices } from './slices.js';

const d = v.description;
/**
 * Text that is not only spaces: `text-empty`, as for every empty text (`schema-minLength`
 * showed editors "te kort (minstens {limit} teken(s))", a regex has no limit to fill in).
 */
const text = v.pipe(v.string(), v.regex(/\S/, 'text-empty'));
const time = v.pipe(
  v.string(),
  v.regex(/^([01]?\d|2[0-4])[:.][0-5]\d$/, 'schema-time'),
  d('Tijd als 09:00.'),
);
const date = v.pipe(v.string(), v.regex(ISO_DATE, 'schema-date'), d('Datum als 2027-12-24.'));
const days = v.pipe(
  v.string(),
  v.regex(/^\s*(MO|TU|WE|TH|FR|SA|SU)(\s*[,-]\s*(MO|TU|WE|TH|FR|SA|SU))*\s*$/, 'schema-days'),
  d('Dagen als "MO,TU" of "MO-FR" (in de CSV mag "ma-vr").'),
);
const schedule = v.object({ byday: days, opens_at: time, closes_at: time });

export const contactSchema = v.object({
  id: v.optional(v.string()),
  name: v.pipe(text, d('Naam van de persoon of het team (verplicht).')),
  kind: v.pipe(v.picklist(KINDS), d('Soort contact (verplicht).')),
  role: v.optional(v.pipe(textSchema, d('Functie, bijvoorbeeld "Sleutelpersoon".'))),
  organization: v.optional(v.object({ name: text, url: v.optional(v.string()) })),
  description: v.optional(textSchema),
  photo: v.optional(v.object({ url: text, alt: v.optional(textSchema) })),
  languages: v.pipe(
    v.array(languageCode),
    v.minLength(1, 'schema-minItems'),
    d('Talen die deze persoon of dit team spreekt (minstens één).'),
  ),
  topics: v.pipe(v.array(v.picklist(TOPICS)), d('Onderwerpen waarmee deze persoon helpt.')),
  free: v.optional(v.boolean()),
  independent: v.optional(v.boolean()),
  confidential: v.optional(v.boolean()),
  phones: v.optional(
    v.array(
      v.object({
        number: phoneSchema,
        languages: v.optional(v.array(languageCode)),
        description: v.optional(textSchema),
      }),
    ),
  ),
  whatsapp: v.optional(phoneSchema),
  email: v.optional(v.pipe(emailSchema, d('E-mailadres.'))),
  url: v.optional(v.pipe(text, d('Website (https://…).'))),
  location: v.optional(
    v.object({
      name: v.optional(textSchema),
      address_1: text,
      postal_code: v.optional(v.string()),
      city: v.optional(v.string()),
      latitude: v.optional(v.number()),
      longitude: v.optional(v.number()),
    }),
  ),
  access: v.optional(v.picklist(['walk-in', 'appointment', 'both'])),
  schedules: v.optional(v.array(schedule)),
  exceptions: v.optional(
    v.array(
      v.object({
        date,
        closed: v.optional(v.boolean()),
        opens_at: v.optional(time),
        closes_at: v.optional(time),
      }),
    ),
  ),
  service_areas: v.optional(v.array(v.string())),
});

/** What the directory holds beside its contacts; the widget ignores it when it is wrong. */
const directoryExtras = v.object({
  neighbourhoods: v.optional(
    v.pipe(
      v.record(v.string(), v.array(v.string())),
      d('Wijken met hun postcodes, bijvoorbeeld { "Noord": ["9904-9906"] }.'),
    ),
  ),
  holidays: v.optional(
    v.pipe(
      v.array(date),
      d('Alleen lokale sluitingsdagen: de Nederlandse feestdagen worden voor elk jaar berekend.'),
    ),
  ),
});

/** The whole directory, as the check and the JSON Schema see it. */
export const directorySchema = v.pipe(
  v.object({
    $schema: v.optional(v.pipe(v.string(), d('Adres van dit JSON Schema (voor uw editor).'))),
    contacts: v.pipe(v.array(contactSchema), d('De contacten.')),
    helpline: v.optional(contactSchema),
    ...directoryExtras.entries,
  }),
  d('Contactenlijst voor <wegwijs-contact-finder>.'),
);

/** Where a record came from, for the editor: "contacts[3]" or "row 14". */
export const ROWS = Symbol('rows');
/** For rows: the column of a path in a contact (csv-path.ts, in the lazy CSV reader's file). */
export const COLUMN_OF = Symbol('column');
type RawDirectory = {
  contacts?: unknown;
  [ROWS]?: number[];
  [COLUMN_OF]?: (path: string) => string;
} & Record<string, unknown>;

/**
 * The contact, or undefined (skipped) with its problems at the paths `wegwijs check` names:
 * `contacts[3].name`, or for a spreadsheet row its column (`rij 14.phone`).
 */
function check(
  raw: unknown,
  where: string,
  problems: ContentProblem[],
  /** A spreadsheet row: the column of a path in it (`rij 14.phone`). */
  row?: (path: string) => string,
): Contact | undefined {
  const result = v.safeParse(contactSchema, raw);
  // Unknown fields are ignored (a spreadsheet's unknown columns are named by the CSV reader).
  if (result.success) {
    if (!row) problems.push(...unknownKeys(contactSchema, raw, where));
    return result.output as Contact;
  }
  for (const p of schemaProblems(contactSchema, raw)) {
    const unknown = p.code === 'schema-unknown';
    if (unknown && row) continue;
    const path = !p.path ? where : `${where}.${row ? row(p.path) : p.path}`;
    const note = unknown ? 'note-ignored' : 'note-contact-skipped';
    problems.push(fromCheck(p, 'schema', 'warning', { path, note }));
  }
  return undefined;
}

export function validateDirectory(raw: unknown): Validated<Directory> {
  return runAtOnce(validationSteps(raw));
}

/** validateDirectory in slices that yield to the browser (long lists: no long task). */
export function validateDirectoryInSlices(
  raw: unknown,
  sliceMs?: number,
): Promise<Validated<Directory>> {
  return runInSlices(validationSteps(raw), sliceMs);
}

/**
 * The check, contact by contact: it may pause every 4 contacts (see slices.ts; checking one
 * takes about a millisecond on a slow phone, and runInSlices only pauses after 8 ms).
 */
function* validationSteps(raw: unknown): Generator<void, Validated<Directory>> {
  const problems: ContentProblem[] = [];
  const input = (Array.isArray(raw) ? { contacts: raw } : raw) as RawDirectory | null;
  // The words of `wegwijs check`: an object is expected, with a list at `contacts`.
  if (!input || typeof input !== 'object' || !Array.isArray(input.contacts)) {
    const found = schemaProblems(directorySchema, input).filter((p) =>
      /^(contacts)?$/.test(p.path),
    );
    return { problems: found.map((p) => fromCheck(p, 'schema')) };
  }
  const rows = input[ROWS];
  if (!rows && !Array.isArray(raw)) problems.push(...unknownKeys(directorySchema, input));
  const contacts: Contact[] = [];
  for (let i = 0; i < input.contacts.length; i++) {
    if ((i & 3) === 3) yield;
    const record: unknown = input.contacts[i];
    const at = rows ? `rij ${rows[i]}` : `contacts[${i}]`;
    const contact = check(record, at, problems, rows && (input[COLUMN_OF] ?? String));
    if (contact) contacts.push(contact);
  }
  const directory: Directory = { contacts };
  if (input.helpline !== undefined) {
    const helpline = check(input.helpline, 'helpline', problems);
    if (helpline) directory.helpline = helpline;
  }
  // Neighbourhoods and holidays in a wrong form are ignored, named as `wegwijs check` names them.
  const extras = { neighbourhoods: input.neighbourhoods, holidays: input.holidays };
  for (const p of schemaProblems(directoryExtras, extras))
    problems.push(fromCheck(p, 'schema', 'warning', { note: 'note-ignored' }));
  const areas = v.safeParse(directoryExtras.entries.neighbourhoods, input.neighbourhoods);
  if (areas.success && !Array.isArray(input.neighbourhoods))
    directory.neighbourhoods = areas.output;
  const holidays = v.safeParse(directoryExtras.entries.holidays, input.holidays);
  if (holidays.success) directory.holidays = holidays.output;
  if (contacts.length === 0) {
    problems.push(coded('content', 'contact-none'));
    return { problems };
  }
  return { data: directory, problems };
}
