/**
 * The content of a letter explainer (JSON from `src` or an inline script, or read from the
 * editor's markup). Kept in sync with schema/letter-explainer.schema.json by a test.
 */
import * as v from 'valibot';
import { localizedTextSchema } from '@wegwijs/core/content/validation';
import { parseIsoDate } from './iso-date.js';

const text = localizedTextSchema;
const id = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'an id of letters, digits, - or _'));
const isoDate = v.pipe(
  v.string(),
  v.check((value) => parseIsoDate(value) !== undefined, 'a real date as YYYY-MM-DD'),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3660));
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

export const deadlineSchema = v.pipe(
  v.object({
    date: v.optional(isoDate),
    days: v.optional(count),
    weeks: v.optional(count),
    months: v.optional(count),
    from: v.optional(v.picklist(['letter-date'])),
    /** What must be done by then, e.g. "Bezwaar maken" (the calendar event's title). */
    label: v.optional(text),
    /** Use the deadline found in the letter's text (instead of a date or period). */
    auto: v.optional(v.boolean()),
    /** The sentence of the letter the deadline comes from; residents see it beside the date. */
    source: v.optional(v.string()),
  }),
  v.check(
    (rule) => !!rule.auto || !!rule.date || !!(rule.days || rule.weeks || rule.months),
    'deadline: give a date, or days, weeks or months after the letter date, or auto: true',
  ),
);

export const explanationSchema = v.object({
  id,
  /** The Dutch word or passage as it is in the letter. */
  term: v.optional(v.string()),
  text,
  /** A @wegwijs/glossary term id whose translations may be used as well. */
  glossary: v.optional(v.string()),
});

export const regionSchema = v.object({
  x: percent,
  y: percent,
  width: percent,
  height: percent,
  /** What this part of the letter says (its text alternative). */
  text,
  /** The explanation shown for this region. */
  explain: id,
});

export const letterSchema = v.object({
  title: v.optional(text),
  /** The language of the letter itself (default nl). */
  lang: v.optional(v.string()),
  /** Topic for the contact finder (default "letters"). */
  topic: v.optional(v.string()),
  /** Languages whose texts were machine-assisted and not yet checked by a person. */
  machineTranslated: v.optional(v.array(v.string())),
  answers: v.object({
    what: text,
    todo: text,
    when: v.optional(text),
    ifNothing: text,
    help: text,
  }),
  deadline: v.optional(deadlineSchema),
  /** true: the resident can object (bezwaar) to this letter; shows what an objection must contain. */
  objection: v.optional(v.boolean()),
  /** The letter as paragraphs; mark a passage as [[explanation-id|passage]]. */
  letter: v.optional(v.array(v.string())),
  image: v.optional(
    v.object({
      src: v.string(),
      alt: text,
      regions: v.array(regionSchema),
    }),
  ),
  explanations: v.optional(v.array(explanationSchema)),
  /** false: no automatic explanations of glossary terms in the letter (default true). */
  autoTerms: v.optional(v.boolean()),
  /** Glossary terms (ids or Dutch words) not to explain automatically in this letter. */
  skipTerms: v.optional(v.array(v.string())),
  help: v.optional(
    v.object({
      phone: v.optional(v.string()),
      walkIn: v.optional(text),
      link: v.optional(v.object({ href: v.string(), text })),
      /** A page with a <wegwijs-contact-finder> (URL), or "#id" of one on this page. */
      contactFinder: v.optional(v.string()),
    }),
  ),
});

export type LetterContent = v.InferOutput<typeof letterSchema>;
export type Explanation = v.InferOutput<typeof explanationSchema>;
export type Region = v.InferOutput<typeof regionSchema>;
export type AnswerKey = keyof LetterContent['answers'];
