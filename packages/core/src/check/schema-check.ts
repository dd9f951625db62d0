/**
 * Run a content schema and turn valibot's issues into editor problems (code, path, message).
 * Unknown fields are reported here rather than by `v.strictObject`: the widget keeps showing
 * content with a typo in a field name (it ignores the field), while the check, like the
 * generated JSON Schema (`additionalProperties: false`), calls it an error.
 */
import * as v from 'valibot';
import {
  joinPath,
  jsonType,
  makeProblem,
  type CheckOptions,
  type CheckProblem,
} from './problem.js';

type Key = string | number;
interface AnySchema {
  type: string;
  kind?: string;
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: AnySchema[] | readonly unknown[];
  value?: AnySchema;
  pipe?: readonly { kind: string; type: string; description?: string }[];
}
type Issue = v.BaseIssue<unknown> & { requirement?: unknown };

const keysOf = (issue: Issue): Key[] =>
  (issue.path ?? []).map((item) => (item as { key: unknown }).key as Key);

/** A problem code such as `schema-phone` (see messages.ts). */
const CODE = /^[a-z]+(?:-[a-zA-Z]+)+$/;

const TYPE_OF: Record<string, string> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
  loose_object: 'object',
  strict_object: 'object',
  record: 'object',
};

/** The problems for one valibot issue (a union may give the problems of its closest branch). */
function problemsOf(issue: Issue, options: CheckOptions): CheckProblem[] {
  const keys = keysOf(issue);
  const path = joinPath(keys);
  const at = (code: string, params: Record<string, unknown> = {}) => [
    makeProblem(code, path, params, options),
  ];
  if (issue.type === 'union') {
    const sub = (issue.issues ?? []) as Issue[];
    // A branch "went deeper" when its type matched: a validation issue, or one further in.
    // Their paths are relative to the union.
    const deeper = sub.filter((s) => s.kind === 'validation' || keysOf(s).length > 0);
    if (deeper.length)
      return deeper.flatMap((s) =>
        problemsOf({ ...s, path: [...(issue.path ?? []), ...(s.path ?? [])] } as Issue, options),
      );
    const expected = [...new Set(sub.map((s) => TYPE_OF[s.type] ?? s.type))];
    const text =
      expected.length === 2 && expected.includes('string') && expected.includes('object');
    return at('schema-type', {
      expected: text ? 'text' : expected.join(', '),
      actual: jsonType(issue.input),
    });
  }
  if (issue.kind === 'schema') {
    if (issue.input === undefined && keys.length > 0) return at('schema-required');
    if (issue.type === 'picklist' || issue.type === 'enum' || issue.type === 'literal') {
      const allowed = (issue.expected ?? '')
        .split(' | ')
        .map((x) => x.replace(/^\(|\)$/g, '').replace(/^"|"$/g, ''));
      return at('schema-enum', { allowed, value: issue.input });
    }
    return at('schema-type', {
      expected: TYPE_OF[issue.type] ?? issue.type,
      actual: jsonType(issue.input),
    });
  }
  // Validation actions.
  // A rule's message is one of our codes (`schema-phone`); valibot's own are sentences.
  if (CODE.test(issue.message) && issue.type !== 'min_length') {
    return at(issue.message, { value: issue.input });
  }
  switch (issue.type) {
    case 'min_length':
      return at(Array.isArray(issue.input) ? 'schema-minItems' : 'schema-minLength', {
        limit: issue.requirement,
      });
    case 'min_entries':
      return at('schema-minProperties', { limit: issue.requirement });
    case 'min_value':
      return at('schema-minimum', { limit: issue.requirement });
    case 'max_value':
      return at('schema-maximum', { limit: issue.requirement });
    case 'integer':
      return at('schema-type', { expected: 'integer', actual: 'number' });
    case 'email':
      return at('schema-email', { value: issue.input });
    default:
      return at('schema-pattern', { value: issue.input });
  }
}

/** Remove wrappers (optional, nullable…) to reach the schema that types the value. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  while (current?.wrapped) current = current.wrapped;
  return current;
}

const OBJECT_TYPES = new Set(['object', 'loose_object', 'strict_object']);

/** Fields the schema does not know, anywhere in the content. */
export function unknownFields(
  schema: v.GenericSchema,
  value: unknown,
  options: CheckOptions = {},
): CheckProblem[] {
  return shapeProblems(schema, value, options).filter((p) => p.code === 'schema-unknown');
}

/**
 * Unknown fields, and lists where the schema wants an object or a text: valibot's `record`
 * takes a list as an object with keys "0", "1"… (`intro["0"]: geen taalcode`), where the JSON
 * Schema and the editor see a list.
 */
function shapeProblems(
  schema: v.GenericSchema,
  value: unknown,
  options: CheckOptions,
): CheckProblem[] {
  const out: CheckProblem[] = [];
  const list = (keys: Key[], expected: string) =>
    out.push(makeProblem('schema-type', joinPath(keys), { expected, actual: 'array' }, options));
  const walk = (node: AnySchema | undefined, data: unknown, keys: Key[]) => {
    const s = unwrap(node);
    if (!s || data === null || typeof data !== 'object') return;
    if (s.type === 'union') {
      const type = jsonType(data);
      const types = (s.options as AnySchema[]).map((o) => TYPE_OF[unwrap(o)?.type ?? ''] ?? '');
      const match = (s.options as AnySchema[])[types.indexOf(type)];
      if (!match && type === 'array' && types.includes('object'))
        return list(keys, types.includes('string') ? 'text' : types.join(', '));
      walk(match, data, keys);
    } else if (s.type === 'array' && Array.isArray(data)) {
      data.forEach((item, i) => walk(s.item, item, [...keys, i]));
    } else if (OBJECT_TYPES.has(s.type) && !Array.isArray(data) && s.entries) {
      for (const [key, child] of Object.entries(data as Record<string, unknown>)) {
        if (key in s.entries) walk(s.entries[key], child, [...keys, key]);
        else out.push(makeProblem('schema-unknown', joinPath([...keys, key]), { key }, options));
      }
    } else if (s.type === 'record' && Array.isArray(data)) {
      list(keys, 'object');
    } else if (s.type === 'record') {
      for (const [key, child] of Object.entries(data as Record<string, unknown>))
        walk(s.value, child, [...keys, key]);
    }
  };
  walk(schema as unknown as AnySchema, value, []);
  return out;
}

/** Every problem the schema finds, in document order, each once. */
export function schemaProblems(
  schema: v.GenericSchema,
  value: unknown,
  options: CheckOptions = {},
): CheckProblem[] {
  const result = v.safeParse(schema, value, { abortEarly: false });
  const shape = shapeProblems(schema, value, options);
  // A list where an object belongs: that is the problem, not what valibot says inside it.
  const lists = shape.filter((p) => p.code === 'schema-type').map((p) => p.path);
  const inList = (path: string) =>
    lists.some((l) => path === l || path.startsWith(`${l}[`) || path.startsWith(`${l}.`));
  const found = [
    ...(result.success ? [] : result.issues.flatMap((i) => problemsOf(i as Issue, options))),
  ].filter((p) => !inList(p.path));
  found.push(...shape);
  const seen = new Set<string>();
  return found.filter((p) => {
    const key = `${p.path}|${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Parse JSON text; a syntax error is a problem with its line and column. */
export function parseJson(
  text: string,
  options: CheckOptions = {},
): { data?: unknown; problems: CheckProblem[] } {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { data: JSON.parse(source), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? source.length);
    const before = source.slice(0, position).split(/\r\n|\r|\n/);
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    return { problems: [makeProblem('json-syntax', '', { line, column }, options)] };
  }
}

/** A text for residents found by the schema: its path and its value (string or per language). */
export interface FoundText {
  path: string;
  value: string | Record<string, string>;
}

/**
 * The texts for residents in the content, found by walking the schema (every place the schema
 * uses `textSchema`), so translations and readability are checked where the widget reads text.
 */
export function findTexts(
  schema: v.GenericSchema,
  /** The text schema(s): `textSchema`, and `filledTextSchema` where a text must not be empty. */
  textSchema: v.GenericSchema | readonly v.GenericSchema[],
  value: unknown,
): FoundText[] {
  const out: FoundText[] = [];
  // `v.pipe(textSchema, v.description(…))` is a copy: recognise the text by its shape too.
  const bases = (Array.isArray(textSchema) ? textSchema : [textSchema]) as AnySchema[];
  const isText = (s: AnySchema): boolean =>
    bases.some(
      (base) =>
        s === base ||
        (s.type === 'union' &&
          s.options?.length === base.options?.length &&
          (s.options as AnySchema[]).every((o, i) => o === (base.options as AnySchema[])[i])),
    );
  const walk = (node: AnySchema | undefined, data: unknown, keys: Key[]) => {
    if (data === undefined || data === null) return;
    let s = node;
    while (s && !isText(s) && s.wrapped) s = s.wrapped;
    if (!s) return;
    if (isText(s)) {
      if (typeof data === 'string') out.push({ path: joinPath(keys), value: data });
      else if (data && typeof data === 'object' && !Array.isArray(data)) {
        const map = Object.fromEntries(
          Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'),
        );
        out.push({ path: joinPath(keys), value: map });
      }
      return;
    }
    if (s.type === 'union') {
      const type = jsonType(data);
      const match = (s.options as AnySchema[]).find(
        (o) => isText(o) || (TYPE_OF[unwrap(o)?.type ?? ''] ?? '') === type,
      );
      walk(match, data, keys);
    } else if (s.type === 'array' && Array.isArray(data)) {
      data.forEach((item, i) => walk(s.item, item, [...keys, i]));
    } else if (OBJECT_TYPES.has(s.type) && s.entries && typeof data === 'object') {
      for (const [key, child] of Object.entries(data as Record<string, unknown>))
        if (key in s.entries) walk(s.entries[key], child, [...keys, key]);
    }
  };
  walk(schema as unknown as AnySchema, value, []);
  return out;
}
