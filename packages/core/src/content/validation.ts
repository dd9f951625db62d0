/**
 * Schema validation with valibot (small, tree-shakeable), worded for editors:
 * `steps[2].title: expected text, got number`.
 */
import * as v from 'valibot';
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

/** What the editor gave, in plain words. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() ? 'text' : 'empty text';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function expectedOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'custom') return issue.message;
  if (issue.type === 'picklist' || issue.type === 'enum' || issue.type === 'literal') {
    return `one of ${issue.expected ?? ''}`;
  }
  if (issue.type === 'string') return 'text';
  if (issue.type === 'array') return 'a list';
  if (issue.type === 'object' || issue.type === 'strict_object' || issue.type === 'loose_object') {
    return 'an object';
  }
  if (issue.kind === 'validation') return issue.message;
  return issue.expected ?? issue.type;
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
};

/** The schema of the field at `keys`, to say what a missing field should have been. */
function schemaAt(schema: AnySchema | undefined, keys: unknown[]): AnySchema | undefined {
  let current = schema;
  for (const key of keys) {
    while (current?.wrapped) current = current.wrapped;
    if (!current) return undefined;
    current = typeof key === 'number' ? current.item : current.entries?.[String(key)];
  }
  while (current?.wrapped) current = current.wrapped;
  return current;
}

function describeSchema(schema: AnySchema | undefined): string | undefined {
  if (!schema) return undefined;
  const wording: Record<string, string> = {
    string: 'text',
    array: 'a list',
    object: 'an object',
    strict_object: 'an object',
    loose_object: 'an object',
    number: 'a number',
    boolean: 'true or false',
  };
  if (wording[schema.type]) return wording[schema.type];
  if (schema.type === 'custom') return schema.expects;
  if (schema.type === 'picklist') return `one of ${schema.expects}`;
  return schema.expects;
}

export function toProblems(
  issues: readonly v.BaseIssue<unknown>[],
  schema?: v.GenericSchema,
): ContentProblem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => (item as { key: unknown }).key);
    const path = formatPath(issue.path as { key: unknown }[] | undefined);
    const missing = issue.input === undefined && keys.length > 0 && issue.type.endsWith('object');
    const expected =
      (missing && describeSchema(schemaAt(schema as AnySchema, keys))) || expectedOf(issue);
    const detail =
      issue.kind === 'validation'
        ? issue.message
        : `expected ${expected}, got ${describeValue(issue.input)}`;
    return problem('schema', path ? `${path}: ${detail}` : detail, { path: path || undefined });
  });
}

export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
): ValidationResult<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, data: result.output, problems: [] };
  return { ok: false, problems: toProblems(result.issues, schema) };
}

/** Valibot schema for a content text; its issues read "expected text". */
function withExpects<T extends object>(schema: T): T {
  return { ...schema, expects: 'text' };
}
// Pure: a widget that never validates does not pull valibot into its first download.
export const localizedTextSchema = /* @__PURE__ */ withExpects(
  /* @__PURE__ */ v.custom<LocalizedText>(isLocalizedText, 'text'),
) as unknown as v.CustomSchema<LocalizedText, 'text'>;
