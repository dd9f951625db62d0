import type { LocalizedText } from '@wegwijs/core';

/** Who the resident will meet. */
export const KINDS = ['client-supporter', 'key-person', 'volunteer', 'team', 'helpline'] as const;
export type Kind = (typeof KINDS)[number];

/** The topics residents choose from (ids are stable; labels are translated). */
export const TOPICS = [
  'money',
  'care',
  'youth',
  'housing',
  'work',
  'health',
  'letters',
  'loneliness',
] as const;
export type Topic = (typeof TOPICS)[number];

/** HSDS `phone`: a number and the languages spoken when you call it. */
export interface Phone {
  number: string;
  languages?: string[];
  description?: LocalizedText;
}

/** HSDS `schedule` (weekly): `byday` "MO,TU", `opens_at` "09:00", `closes_at` "12:00". */
export interface Schedule {
  byday: string;
  opens_at: string;
  closes_at: string;
}

/** A date that differs from the weekly schedule (a public holiday, a special day). */
export interface ScheduleException {
  date: string;
  closed?: boolean;
  opens_at?: string;
  closes_at?: string;
}

/** HSDS `location` + `address` (physical). */
export interface Location {
  name?: LocalizedText;
  address_1: string;
  postal_code?: string;
  city?: string;
  latitude?: number;
  longitude?: number;
}

export interface Contact {
  id?: string;
  name: string;
  kind: Kind;
  role?: LocalizedText;
  organization?: { name: string; url?: string };
  description?: LocalizedText;
  photo?: { url: string; alt?: LocalizedText };
  /** BCP 47 codes of the languages this person or team speaks. */
  languages: string[];
  topics: Topic[];
  free?: boolean;
  independent?: boolean;
  confidential?: boolean;
  phones?: Phone[];
  whatsapp?: string;
  email?: string;
  url?: string;
  location?: Location;
  /** walk-in: just come by; appointment: make an appointment first; both. */
  access?: 'walk-in' | 'appointment' | 'both';
  schedules?: Schedule[];
  exceptions?: ScheduleException[];
  /** HSDS `service_area`: postcodes ("1011", "1011AB"), ranges ("1011-1019") or neighbourhood names. */
  service_areas?: string[];
}

export interface Directory {
  contacts: Contact[];
  /** A general helpline offered when nothing matches. */
  helpline?: Contact;
  /** Neighbourhood name → postcode areas, so contacts can list neighbourhoods. */
  neighbourhoods?: Record<string, string[]>;
  /** Dates (YYYY-MM-DD) on which every walk-in desk is closed (public holidays). */
  holidays?: string[];
}

export interface Filters {
  language: string;
  topic: string;
  postcode: string;
  query: string;
  openNow: boolean;
}
