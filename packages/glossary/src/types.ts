/** Pictogram names of `@wegwijs/pictograms` (kept here as a string union so this data package has no dependency). */
export type GlossaryPictogram =
  | 'phone'
  | 'letter'
  | 'calendar'
  | 'home-visit'
  | 'kitchen-table'
  | 'conversation'
  | 'money'
  | 'debts'
  | 'care'
  | 'family'
  | 'child'
  | 'elderly'
  | 'house'
  | 'work'
  | 'doctor'
  | 'medicine'
  | 'question'
  | 'interpreter'
  | 'volunteer'
  | 'municipality'
  | 'documents'
  | 'computer'
  | 'bus'
  | 'waiting'
  | 'free'
  | 'independent'
  | 'privacy'
  | 'checkmark'
  | 'warning'
  | 'walk-in'
  | 'message'
  | 'email'
  | 'location'
  | 'clock'
  | 'help'
  | 'wheelchair'
  | 'school'
  | 'food'
  | 'energy'
  | 'form'
  | 'signature'
  | 'plan'
  | 'accompany'
  | 'loneliness'
  | 'health'
  | 'youth';

export type GlossaryTopic =
  'care' | 'money' | 'tax' | 'law' | 'identity' | 'housing' | 'work' | 'youth' | 'general';

/** One term in the Dutch base data. */
export interface GlossaryTerm {
  /** Stable kebab-case ASCII id, the key used in every locale file. */
  id: string;
  /** Dutch term as it appears in letters, e.g. "eigen bijdrage". */
  term: string;
  /** Other Dutch forms to match in letter text: plurals, verb forms, abbreviations, long forms. */
  forms?: string[];
  topic: GlossaryTopic;
  /** Plain Dutch explanation at B1 level (short sentences, everyday words). */
  explanation: string;
  /** Name of a pictogram in `@wegwijs/pictograms`. */
  pictogram?: GlossaryPictogram;
  /** When a form that also has a common everyday meaning counts as this term. */
  context?: GlossaryContext;
}

/**
 * Some forms have an everyday meaning too: "beroep" (a profession, or an appeal), "herinnering"
 * (a memory, or a payment reminder). Such forms count only in the right surroundings. Words
 * are compared without case or diacritics; a `near` word matches words that start with it.
 */
export interface GlossaryContext {
  /** The forms this applies to (the others always count). */
  forms: string[];
  /** The form counts only if its sentence has a word starting with one of these. */
  near?: string[];
  /** The form does not count inside one of these phrases, e.g. "van beroep", "geen bezwaar". */
  not?: string[];
}

/** A term in another language. The Dutch term is always shown beside it. */
export interface GlossaryTranslation {
  /** Short gloss of the term in that language. */
  term: string;
  /** Plain explanation (A2–B1) in that language. */
  explanation: string;
}

export interface GlossaryLocale {
  /** BCP 47 primary language code, e.g. "ar". */
  locale: string;
  /** false: machine-assisted, needs review by a native speaker. */
  reviewed: boolean;
  /** Keyed by `GlossaryTerm.id`. */
  terms: Record<string, GlossaryTranslation>;
}
