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
