/**
 * `@wegwijs/question-helper/check`: the question set's content check (parse, validate, profile)
 * with problems in Dutch (English on request), for the CLI (`wegwijs check`) and the tests.
 * The content model is the widget's own (`questionSetModel` in `schema.ts`), with core's
 * strict rules; it is the source of the generated `schema/question-helper.schema.json`; where the widget skips a bad domain or statement and
 * shows the rest, the check names it as an error, and it also names unknown fields (typos).
 */
import * as v from 'valibot';
import {
  audioSchema,
  createWidgetCheck,
  filledTextSchema,
  makeProblem,
  type CheckOptions,
  type CheckProblem,
} from '@wegwijs/core/check';
import { questionSetModel } from './schema.js';
import { FINDER_TOPICS } from './topics.js';

/** The model with core's strict rules: the source of the JSON Schema and of `wegwijs check`. */
export const questionSetSchema = questionSetModel(
  filledTextSchema,
  audioSchema,
  v.picklist(FINDER_TOPICS),
).set;

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
