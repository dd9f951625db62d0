/**
 * The content schema (valibot), kept in sync with schema/contacts.schema.json by a test.
 * Each contact is checked on its own: an invalid record is skipped and reported with its
 * number (or spreadsheet row) and the reason; the valid contacts are shown.
 */
import * as v from 'valibot';
import { problem, type ContentProblem, type Validated } from '@wegwijs/core';
import { localizedTextSchema, toProblems } from '@wegwijs/core/validation';
import { KINDS, TOPICS, type Contact, type Directory } from './types.js';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected text, got empty text'));
const time = v.pipe(
  v.string(),
  v.regex(/^([01]?\d|2[0-4])[:.][0-5]\d$/, 'expected a time like 09:00'),
);
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-12-25'));
const language = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i, 'expected a language code like "ar" or "tr"'),
);
const days = v.pipe(
  v.string(),
  v.regex(
    /^\s*(MO|TU|WE|TH|FR|SA|SU)(\s*[,-]\s*(MO|TU|WE|TH|FR|SA|SU))*\s*$/i,
    'expected days like "MO,TU" or "MO-FR"',
  ),
);
const schedule = v.object({ byday: days, opens_at: time, closes_at: time });

export const contactSchema = v.object({
  id: v.optional(v.string()),
  name: text,
  kind: v.picklist(KINDS),
  role: v.optional(localizedTextSchema),
  organization: v.optional(v.object({ name: text, url: v.optional(v.string()) })),
  description: v.optional(localizedTextSchema),
  photo: v.optional(v.object({ url: text, alt: v.optional(localizedTextSchema) })),
  languages: v.pipe(v.array(language), v.minLength(1, 'expected at least one language')),
  topics: v.array(v.picklist(TOPICS)),
  free: v.optional(v.boolean()),
  independent: v.optional(v.boolean()),
  confidential: v.optional(v.boolean()),
  phones: v.optional(
    v.array(
      v.object({
        number: v.pipe(text, v.regex(/\d{3}/, 'expected a phone number')),
        languages: v.optional(v.array(language)),
        description: v.optional(localizedTextSchema),
      }),
    ),
  ),
  whatsapp: v.optional(v.pipe(text, v.regex(/\d{6}/, 'expected a phone number'))),
  email: v.optional(v.pipe(text, v.email('expected an e-mail address'))),
  url: v.optional(text),
  location: v.optional(
    v.object({
      name: v.optional(localizedTextSchema),
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
  service_areas: v.optional(v.array(v.pipe(v.string(), v.trim()))),
});

/** Where a record came from, for the editor: "contacts[3]" or "row 14". */
export const ROWS = Symbol('rows');
type RawDirectory = { contacts?: unknown; [ROWS]?: number[] } & Record<string, unknown>;

function check(raw: unknown, where: string, problems: ContentProblem[]): Contact | undefined {
  const result = v.safeParse(contactSchema, raw);
  if (result.success) return result.output as Contact;
  const name =
    raw && typeof raw === 'object' && typeof (raw as Contact).name === 'string'
      ? ` (${(raw as Contact).name})`
      : '';
  for (const p of toProblems(result.issues, contactSchema as v.GenericSchema)) {
    problems.push(
      problem('schema', `${where}${name} skipped: ${p.message}`, {
        path: where,
        severity: 'warning',
      }),
    );
  }
  return undefined;
}

export function validateDirectory(raw: unknown): Validated<Directory> {
  const problems: ContentProblem[] = [];
  const input = (Array.isArray(raw) ? { contacts: raw } : raw) as RawDirectory | null;
  if (!input || typeof input !== 'object' || !Array.isArray(input.contacts)) {
    return { problems: [problem('schema', 'contacts: expected a list of contacts')] };
  }
  const rows = input[ROWS];
  const contacts: Contact[] = [];
  input.contacts.forEach((record, i) => {
    const contact = check(record, rows ? `row ${rows[i]}` : `contacts[${i}]`, problems);
    if (contact) contacts.push(contact);
  });
  const directory: Directory = { contacts };
  if (input.helpline !== undefined) {
    const helpline = check(input.helpline, 'helpline', problems);
    if (helpline) directory.helpline = helpline;
  }
  const areas = v.safeParse(
    v.optional(v.record(v.string(), v.array(v.string()))),
    input.neighbourhoods,
  );
  if (areas.success) directory.neighbourhoods = areas.output;
  else
    problems.push(
      problem('schema', 'neighbourhoods: expected names with lists of postcodes', {
        severity: 'warning',
      }),
    );
  const holidays = v.safeParse(v.optional(v.array(date)), input.holidays);
  if (holidays.success) directory.holidays = holidays.output;
  else
    problems.push(
      problem('schema', 'holidays: expected a list of dates like 2026-12-25', {
        severity: 'warning',
      }),
    );
  if (contacts.length === 0) {
    problems.push(problem('content', 'No valid contacts: every record was skipped'));
    return { problems };
  }
  return { data: directory, problems };
}
