/**
 * `@wegwijs/question-helper/check`: the question set's content check (parse, validate, profile)
 * with problems in Dutch (English on request), for the CLI (`wegwijs check`) and the tests.
 * The fields are those of the widget's reader (`schema.ts`) and of
 * `schema/question-helper.schema.json`; where the widget skips a bad domain or statement and
 * shows the rest, the check names it as an error, and it also names unknown fields (typos).
 */
import * as v from 'valibot';
import { audioSchema, createWidgetCheck, textSchema as text } from '@wegwijs/core/check';
import { FINDER_TOPICS } from './topics.js';

const d = v.description;
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'schema-pattern'),
  d(
    'Vaste naam: kleine letters, cijfers en -. De kaart en "onthouden op deze telefoon" gebruiken die.',
  ),
);

const statementSchema = v.object({
  id,
  text: v.pipe(
    text,
    d('Een gewone zin in de woorden van de bewoner: "Ik kan mijn rekeningen niet betalen."'),
  ),
  pictogram: v.optional(v.pipe(v.string(), d('Naam van een ingebouwd pictogram.'))),
  audio: v.optional(audioSchema),
});

const domainSchema = v.object({
  id,
  label: v.pipe(text, d('Kort woord onder het pictogram: "Geld en schulden".')),
  pictogram: v.optional(v.pipe(v.string(), d('Naam van een ingebouwd pictogram.'))),
  topic: v.optional(v.pipe(v.picklist(FINDER_TOPICS), d('Het onderwerp voor de contactzoeker.'))),
  letter: v.optional(
    v.pipe(v.boolean(), d('Gaat over een brief: de vraag naar de termijn biedt de link.')),
  ),
  link: v.optional(
    v.object({
      href: v.pipe(v.string(), d('http(s)-adres, bijvoorbeeld de pagina met de brievenuitlegger.')),
      label: text,
    }),
  ),
  statements: v.optional(v.array(statementSchema)),
});

export const questionSetSchema = v.object({
  $schema: v.optional(v.string()),
  id: v.optional(v.pipe(v.string(), d('Naam van de set; daarmee onthoudt de telefoon de keuzes.'))),
  lang: v.optional(v.pipe(v.string(), d('Taal van teksten zonder taalcode (standaard nl).'))),
  review: v.optional(
    v.pipe(v.record(v.string(), v.string()), d('Stand van de vertaling per taal.')),
  ),
  intro: v.optional(v.pipe(text, d('Een paar woorden vóór de levensgebieden.'))),
  domains: v.pipe(v.array(domainSchema), v.minLength(1, 'schema-minItems')),
});

export const questionHelperCheck = createWidgetCheck({
  widget: 'question-helper',
  schema: questionSetSchema,
  shape: ['domains'],
});

export const { widget, schema, shape, validate, check, texts } = questionHelperCheck;
