/**
 * Schema validation with valibot (small, tree-shakeable), worded for editors:
 * `steps[2].title: verwacht tekst of { "nl": "…" }, gevonden getal`.
 */
import * as v from 'valibot';
import { joinPath, jsonType, type CheckOptions } from '../check/problem.js';
import { coded, type ContentProblem } from './content-problem.js';
import { isLocalizedText, type LocalizedText } from './localized-text.js';

export type ValidationResult<T> =
  | { ok: true; data: T; problems: ContentProblem[] }
  | { ok: false; data?: undefined; problems: ContentProblem[] };

/** `steps[2].title` from a valibot issue path. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const { key } of path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * The editor's problems for valibot's issues: a code and a path, worded in Dutch from the
 * check's message table (English with `lang: 'en'`), in the same words as every widget's check,
 * the CLI and the snippet builder. Before the table has loaded (`loadCheckMessages`, which the
 * content loader awaits when there is a problem) the message is the code. Smaller than the
 * check's own mapping (core/check/schema-check.ts: unions, numbers, e-mail), which the runtime
 * schemas do not need: their rules name their code as the message (`v.regex(…, 'schema-pattern')`).
 */
export function toProblems(
  issues: readonly v.BaseIssue<unknown>[],
  options: CheckOptions = {},
): ContentProblem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => (item as { key: string | number }).key);
    const t = issue.type;
    const empty =
      t === 'custom' && jsonType(issue.input) === 'object' && !Object.keys(issue.input!).length;
    const [code, params]: [string, Record<string, unknown>] =
      issue.input === undefined && keys.length
        ? ['schema-required', {}]
        : empty // a text `{}`: as the check says it (no language given)
          ? ['schema-minProperties', { limit: 1 }]
          : t === 'picklist' || t === 'enum' || t === 'literal'
            ? [
                'schema-enum',
                { allowed: (issue.expected ?? '').replace(/["()]/g, '').split(' | ') },
              ]
            : issue.kind === 'schema'
              ? [
                  'schema-type',
                  {
                    // valibot's type as the table names it; a `v.custom` text says "text".
                    expected: /object|record/.test(t)
                      ? 'object'
                      : t === 'custom'
                        ? issue.expected
                        : t,
                    actual: jsonType(issue.input),
                  },
                ]
              : [issue.message, { limit: (issue as { requirement?: unknown }).requirement }];
    const path = joinPath(keys) || undefined;
    return coded('schema', code, { path, params, lang: options.lang ?? 'nl' });
  });
}

export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  options: CheckOptions = {},
): ValidationResult<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, data: result.output, problems: [] };
  return { ok: false, problems: toProblems(result.issues, options) };
}

/** Valibot schema for a content text; its issues say "text" is expected (`schema-type`). */
function withExpects<T extends object>(schema: T): T {
  return { ...schema, expects: 'text' };
}
// Pure: a widget that never validates does not pull valibot into its first download.
export const localizedTextSchema = /* @__PURE__ */ withExpects(
  /* @__PURE__ */ v.custom<LocalizedText>(isLocalizedText, 'text'),
) as unknown as v.CustomSchema<LocalizedText, 'text'>;
