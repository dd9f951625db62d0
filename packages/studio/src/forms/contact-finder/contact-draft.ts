/**
 * Editing one contact as the spreadsheet row it is (the widget's own row ↔ contact
 * conversion), so a contact made in Studio is exactly what the CSV export and the widget read.
 * The draft keeps the editor's text as typed (spaces, half-typed times); the contact is made
 * from it on every input. Fields a row cannot hold (a second phone, a location's name) are
 * carried over from the contact as it was.
 */
import { contactToFlat, fromFlat, type Flat } from '@wegwijs/contact-finder/csv';
import type { Contact } from '@wegwijs/contact-finder';

export type Draft = Record<string, string>;

export function draftOf(contact: Contact): Draft {
  const { flat } = contactToFlat(contact);
  const draft: Draft = {};
  for (const [key, value] of Object.entries(flat)) if (value !== undefined) draft[key] = value;
  // The form's choices use the content model's ids (the reader accepts them as well as the
  // Dutch words the spreadsheet has).
  draft['kind'] = contact.kind;
  draft['topics'] = (contact.topics ?? []).join(' ');
  if (contact.access) draft['access'] = contact.access;
  return draft;
}

/** The contact the draft describes, keeping what the draft cannot hold from `before`. */
export function contactOf(draft: Draft, before: Contact): Contact {
  const next = fromFlat(draft as Flat) as unknown as Contact;
  const [first, ...others] = before.phones ?? [];
  if (next.phones?.[0] && first?.description !== undefined)
    next.phones[0] = { ...next.phones[0], description: first.description };
  if (others.length) next.phones = [...(next.phones ?? []), ...others];
  if (next.location && before.location?.name !== undefined)
    next.location = { ...next.location, name: before.location.name };
  return next;
}

/** The codes in a list cell ("ar nl, tr") in order, without duplicates. */
export const codesOf = (cell: string | undefined): string[] => [
  ...new Set((cell ?? '').split(/[\s,|]+/).filter(Boolean)),
];

/** A new, empty contact: a key person who speaks Dutch (the editor fills in the rest). */
export const newContact = (): Contact => ({
  name: '',
  kind: 'key-person',
  languages: ['nl'],
  topics: [],
});
