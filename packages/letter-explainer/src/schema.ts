/**
 * The letter's content model (valibot): the one source for the widget, the editor's markup
 * reader, `@wegwijs/letter-explainer/check`, the CLI and the generated
 * `schema/letter-explainer.schema.json` (JSON Schema 2020-12, see packages/cli/scripts).
 */
import * as v from 'valibot';
import { ISO_DATE, idSchema as id, phoneSchema, textSchema as text } from '@wegwijs/core/check';
import { parseIsoDate } from './iso-date.js';

const d = v.description;
const isoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'schema-date'),
  v.check((value) => parseIsoDate(value) !== undefined, 'schema-real-date'),
  d('Datum als JJJJ-MM-DD. Niet in JSON Schema: dat de datum bestaat (30 februari niet).'),
);
/**
 * An answer to one of the five questions: a text for residents that is not empty, in no
 * language (`""` or `{ "ar": " " }` would show residents an empty answer). The JSON Schema
 * file carries the same rule (`if`/`then`/`else` beside the text's `anyOf`).
 */
const filledIn = (value: string | Record<string, string>) =>
  typeof value === 'string' ? /\S/.test(value) : Object.values(value).every((t) => /\S/.test(t));
const answer = (question: string) =>
  v.pipe(
    text,
    v.check(filledIn, 'letter-answer-empty'),
    v.metadata({
      if: { type: 'string' },
      then: { type: 'string', pattern: '\\S' },
      else: { type: 'object', additionalProperties: { type: 'string', pattern: '\\S' } },
    }),
    d(question),
  );
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3660));
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));
const PERIODS = ['days', 'weeks', 'months'] as const;

export const deadlineSchema = v.pipe(
  v.object({
    date: v.optional(isoDate),
    days: v.optional(v.pipe(count, d('Aantal dagen na de datum van de brief.'))),
    weeks: v.optional(v.pipe(count, d('Aantal weken na de datum van de brief.'))),
    months: v.optional(v.pipe(count, d('Aantal maanden na de datum van de brief.'))),
    from: v.optional(v.picklist(['letter-date'])),
    /** What must be done by then, e.g. "Bezwaar maken" (the calendar event's title). */
    label: v.optional(v.pipe(text, d('Wat er dan klaar moet zijn, bijvoorbeeld "Bezwaar maken".'))),
    /** Use the deadline found in the letter's text (instead of a date or period). */
    auto: v.optional(
      v.pipe(v.boolean(), d('true: gebruik de termijn die in de tekst van de brief staat.')),
    ),
    /** The sentence of the letter the deadline comes from; residents see it beside the date. */
    source: v.optional(
      v.pipe(v.string(), d('De zin uit de brief waar de termijn uit komt (bewoners zien die).')),
    ),
  }),
  v.check(
    (rule) => !!rule.auto || !!rule.date || !!(rule.days || rule.weeks || rule.months),
    'letter-deadline-empty',
  ),
  // The same rule for the JSON Schema file (the generator skips `check` actions).
  v.metadata({
    anyOf: [
      { required: ['date'] },
      { required: ['auto'], properties: { auto: { const: true } } },
      ...PERIODS.map((p) => ({
        required: [p],
        properties: { [p]: { type: 'integer', minimum: 1 } },
      })),
    ],
  }),
  d('Uiterste datum: een datum, dagen, weken of maanden na de datum van de brief, of auto: true.'),
);

export const explanationSchema = v.object({
  id: v.pipe(id, d('Naam van de uitleg; in de brief als [[naam|stukje tekst]].')),
  /** The Dutch word or passage as it is in the letter. */
  term: v.optional(v.pipe(v.string(), d('Het woord of stukje zoals het in de brief staat.'))),
  text: v.pipe(text, d('De uitleg in gewone woorden.')),
  /** A @wegwijs/glossary term id whose translations may be used as well. */
  glossary: v.optional(v.pipe(v.string(), d('Een begrip uit @wegwijs/glossary.'))),
});

export const regionSchema = v.object({
  x: percent,
  y: percent,
  width: percent,
  height: percent,
  /** What this part of the letter says (its text alternative). */
  text: v.pipe(text, d('Wat dit deel van de brief zegt (tekstalternatief).')),
  /** The explanation shown for this region. */
  explain: v.pipe(id, d('De uitleg (id) bij dit deel.')),
});

export const letterSchema = v.pipe(
  v.object({
    $schema: v.optional(v.pipe(v.string(), d('Adres van dit JSON Schema (voor uw editor).'))),
    title: v.optional(text),
    /** The language of the letter itself (default nl). */
    lang: v.optional(v.pipe(v.string(), d('Taal van de brief zelf (standaard nl).'))),
    /** Topic for the contact finder (default "letters"). */
    topic: v.optional(
      v.pipe(v.string(), d('Onderwerp voor de contactzoeker (standaard "letters").')),
    ),
    /** Languages whose texts were machine-assisted and not yet checked by a person. */
    machineTranslated: v.optional(
      v.pipe(
        v.array(v.string()),
        d('Talen die met hulp van een machine zijn vertaald en nog niet nagekeken.'),
      ),
    ),
    answers: v.pipe(
      v.object({
        what: answer('Wat is dit voor brief?'),
        todo: answer('Wat moet ik doen?'),
        when: v.optional(answer('Wanneer?')),
        ifNothing: answer('Wat gebeurt er als ik niets doe?'),
        help: answer('Wie kan mij helpen?'),
      }),
      d('De vijf vragen over de brief.'),
    ),
    deadline: v.optional(deadlineSchema),
    /** true: the resident can object (bezwaar) to this letter; shows what an objection must contain. */
    objection: v.optional(
      v.pipe(
        v.boolean(),
        d(
          'true: tegen deze brief kan de inwoner bezwaar maken. Toont wat er in een bezwaar moet staan, als stappen.',
        ),
      ),
    ),
    /** The letter as paragraphs; mark a passage as [[explanation-id|passage]]. */
    letter: v.optional(
      v.pipe(
        v.array(v.string()),
        d('De brief in alinea’s; markeer een stukje als [[uitleg-id|stukje]].'),
      ),
    ),
    image: v.optional(
      v.object({
        src: v.pipe(v.string(), d('Afbeelding van de brief.')),
        alt: text,
        regions: v.array(regionSchema),
      }),
    ),
    explanations: v.optional(v.array(explanationSchema)),
    /** false: no automatic explanations of glossary terms in the letter (default true). */
    autoTerms: v.optional(
      v.pipe(
        v.boolean(),
        d('false: leg woorden uit de woordenlijst niet vanzelf uit (standaard true).'),
      ),
    ),
    /** Glossary terms (ids or Dutch words) not to explain automatically in this letter. */
    skipTerms: v.optional(
      v.pipe(
        v.array(v.string()),
        d(
          'Woorden uit de woordenlijst (id of Nederlands woord) die hier niet vanzelf uitgelegd worden.',
        ),
      ),
    ),
    help: v.optional(
      v.object({
        phone: v.optional(phoneSchema),
        walkIn: v.optional(
          v.pipe(text, d('Inloopspreekuur, bijvoorbeeld "{{inlooptijden}} op {{adres}}".')),
        ),
        link: v.optional(v.object({ href: v.string(), text })),
        /** A page with a <wegwijs-contact-finder> (URL), or "#id" of one on this page. */
        contactFinder: v.optional(
          v.pipe(
            v.string(),
            d('Pagina met de contactzoeker (adres of "#id"), of {{contactpagina}}.'),
          ),
        ),
      }),
    ),
  }),
  d('Uitleg van een brief voor <wegwijs-letter-explainer>.'),
);

export type LetterContent = v.InferOutput<typeof letterSchema>;
export type Explanation = v.InferOutput<typeof explanationSchema>;
export type Region = v.InferOutput<typeof regionSchema>;
export type AnswerKey = keyof LetterContent['answers'];
