import type { LocalizedText } from '@wegwijs/core';

/** A plain statement a resident can pick ("I cannot pay my bills"), with a pictogram. */
export interface Statement {
  /** Stable id (the card and "remember on this phone" refer to it). */
  id: string;
  text: LocalizedText;
  /** A built-in pictogram name (`debts`); without it the domain's pictogram is used. */
  pictogram?: string;
  /** A recorded audio file per language (played before any synthetic voice). */
  audio?: LocalizedText;
}

/** A link offered with a domain, e.g. to the letter explainer for "a letter I don't understand". */
export interface DomainLink {
  href: string;
  label: LocalizedText;
}

/** A life domain ("money and debts"), shown as a pictogram with a short label. */
export interface Domain {
  id: string;
  label: LocalizedText;
  /** A built-in pictogram name. */
  pictogram?: string;
  /**
   * The contact finder's topic for this domain (money, care, youth, housing, work, health,
   * letters, loneliness): handed over so the finder shows who helps with it.
   */
  topic?: string;
  /** This domain is about a letter: the deadline question offers `link` (the letter explainer). */
  letter?: boolean;
  link?: DomainLink;
  statements: Statement[];
}

export interface QuestionSet {
  /** Names the set; keys what is remembered on this phone. */
  id?: string;
  /** The language of plain-string texts (default `nl`). */
  lang?: string;
  /** Translation status per language, e.g. `{ "ar": "machine-assisted" }`. */
  review?: Record<string, string>;
  /**
   * A few words before the domains: asking is normal, the supporter listens and is
   * independent, you decide; a key person of your own community is possible too.
   */
  intro?: LocalizedText;
  domains: Domain[];
}

export const HELP_LANGUAGE = ['none', 'interpreter', 'key-person'] as const;
export const CHANNELS = ['phone', 'whatsapp', 'walk-in', 'home-visit'] as const;
export const SUPPORTERS = ['any', 'man', 'woman'] as const;
export const DEADLINES = ['unknown', 'yes', 'no'] as const;

export type HelpLanguage = (typeof HELP_LANGUAGE)[number];
export type Channel = (typeof CHANNELS)[number];
export type Supporter = (typeof SUPPORTERS)[number];
export type Deadline = (typeof DEADLINES)[number];

/** What the resident chose. Only ids and their own words: the texts come from the content. */
export interface Answers {
  domains: string[];
  /** Statement ids, as `domain/statement`. */
  statements: string[];
  /** Their own words, in their own language (never translated). */
  freeText: string;
  /** The language they want help in (a UI locale code). */
  language: string;
  helpLanguage: HelpLanguage;
  channel?: Channel;
  supporter: Supporter;
  deadline: Deadline;
  /** The date of the deadline (YYYY-MM-DD), when they know it. */
  deadlineDate: string;
}
