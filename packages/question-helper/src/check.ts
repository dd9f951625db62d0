/**
 * `@wegwijs/question-helper/check`: the question set's content check (parse, validate, profile)
 * with problems in Dutch (English on request), for the CLI (`wegwijs check`) and the tests.
 * The fields are those of the widget's reader (`schema.ts`) and of
 * `schema/question-helper.schema.json`; where the widget skips a bad domain or statement and
 * shows the rest, the check names it as an error, and it also names unknown fields (typos).
 */
import * as v from 'valibot';
import {
  audioSchema,
  createWidgetCheck,
  filledTextSchema as text,
  makeProblem,
  type CheckOptions,
  type CheckProblem,
} from '@wegwijs/core/check';
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
  statements: v.optional(
    v.pipe(
      v.array(statementSchema),
      d(
        'De uitspraken van dit levensgebied. Niet in JSON Schema: dat elke id maar één keer voorkomt in het levensgebied (de controle van Wegwijs ziet het wel; de widget slaat de tweede over).',
      ),
    ),
  ),
});

export const questionSetSchema = v.object({
  $schema: v.optional(v.string()),
  id: v.optional(v.pipe(v.string(), d('Naam van de set; daarmee onthoudt de telefoon de keuzes.'))),
  lang: v.optional(v.pipe(v.string(), d('Taal van teksten zonder taalcode (standaard nl).'))),
  review: v.optional(
    v.pipe(v.record(v.string(), v.string()), d('Stand van de vertaling per taal.')),
  ),
  intro: v.optional(v.pipe(text, d('Een paar woorden vóór de levensgebieden.'))),
  domains: v.pipe(
    v.array(domainSchema),
    v.minLength(1, 'schema-minItems'),
    d(
      'De levensgebieden. Niet in JSON Schema: dat elke id maar één keer voorkomt (de controle van Wegwijs ziet het wel; de widget slaat het tweede over).',
    ),
  ),
});

interface Identified {
  id?: unknown;
  statements?: unknown;
}

/**
 * Ids used twice: the widget skips the second domain (or the second statement in a domain),
 * as "remember on this phone" and the card know them by id. JSON Schema cannot say this
 * (`uniqueItems` compares whole items), so the check does, at the second one's `id`.
 */
function duplicateIds(data: unknown, options: CheckOptions): CheckProblem[] {
  const out: CheckProblem[] = [];
  const domains = (data as { domains?: unknown } | null)?.domains;
  if (!Array.isArray(domains)) return out;
  const twice = (items: unknown[], at: string, code: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = (item as Identified | null)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) out.push(makeProblem(code, `${at}[${i}].id`, { id }, options));
      seen.add(id);
    });
  };
  twice(domains, 'domains', 'question-domain-twice');
  domains.forEach((domain, i) => {
    const statements = (domain as Identified | null)?.statements;
    if (Array.isArray(statements))
      twice(statements, `domains[${i}].statements`, 'question-statement-twice');
  });
  return out;
}

export const questionHelperCheck = createWidgetCheck({
  widget: 'question-helper',
  schema: questionSetSchema,
  shape: ['domains'],
  beyond: duplicateIds,
});

export const { widget, schema, shape, validate, check, texts } = questionHelperCheck;
