/**
 * Schema validation with valibot (small, tree-shakeable), worded for editors:
 * `steps[2].title: verwacht tekst of { "nl": "…" }, gevonden getal`.
 */
import * as v from 'valibot';
import { problemLine, type CheckOptions } from '../check/problem.js';
import { issueProblems } from '../check/schema-check.js';
import { problem, type ContentProblem } from './content-problem.js';
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
 * check's message table (English with `lang: 'en'`), like every widget's check, the CLI and the
 * snippet builder. Before the table has loaded (`loadCheckMessages`, which the content loader
 * awaits when there is a problem) the message is the code.
 */
export function toProblems(
  issues: readonly v.BaseIssue<unknown>[],
  options: CheckOptions = {},
): ContentProblem[] {
  return issueProblems(issues, options).map((p) =>
    problem('schema', problemLine(p), { path: p.path || undefined, lang: options.lang ?? 'nl' }),
  );
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
