/**
 * Validate content against a JSON Schema (draft 2020-12) with @cfworker/json-schema (no eval,
 * so it runs under a strict CSP) and turn its output into a short list of editor problems with
 * JSON paths. Plain ES module.
 */
import { Validator } from '@cfworker/json-schema';
import { formatPath, pointerToSegments } from './json-path.js';

/**
 * @typedef {object} SchemaProblem
 * @property {string} path e.g. `steps[2].title`
 * @property {string} code e.g. schema-type, schema-required, schema-unknown, schema-enum…
 * @property {Record<string, string | number>} params
 */

/** @typedef {import('@cfworker/json-schema').OutputUnit} OutputUnit */

const COMBINATORS = new Set(['anyOf', 'oneOf']);
/** Keywords that only say "something below failed": their children carry the detail. */
const STRUCTURAL = new Set([
  'properties',
  'items',
  'prefixItems',
  'allOf',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
  'additionalItems',
  'unevaluatedItems',
  'patternProperties',
  'dependentSchemas',
  'if',
  'then',
  'else',
  'false',
  'propertyNames',
]);

/**
 * Whether `child` is an error inside the combinator `parent` (same schema place, same or
 * deeper instance place: keyword locations repeat for every array item).
 * @param {OutputUnit} child
 * @param {OutputUnit} parent
 */
function isInside(child, parent) {
  return (
    child.keywordLocation.startsWith(`${parent.keywordLocation}/`) &&
    (child.instanceLocation === parent.instanceLocation ||
      child.instanceLocation.startsWith(`${parent.instanceLocation}/`))
  );
}

/** @param {unknown} value */
export function jsonType(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/**
 * Pick the errors worth showing: for anyOf/oneOf, the errors of the one alternative that got
 * furthest (its type matched), else the combinator itself.
 * @param {OutputUnit[]} errors
 * @returns {OutputUnit[]}
 */
function simplify(errors) {
  const combinators = errors
    .filter((e) => COMBINATORS.has(e.keyword))
    .sort((a, b) => a.keywordLocation.length - b.keywordLocation.length);
  /** @type {OutputUnit[]} */
  const out = [];
  const consumed = new Set();
  for (const combinator of combinators) {
    if (consumed.has(combinator)) continue;
    consumed.add(combinator);
    const prefix = `${combinator.keywordLocation}/`;
    const children = errors.filter((e) => isInside(e, combinator));
    children.forEach((e) => consumed.add(e));
    /** @type {Map<string, OutputUnit[]>} */
    const branches = new Map();
    for (const child of children) {
      const branch = child.keywordLocation.slice(prefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), child]);
    }
    // A branch "went deeper" when its type matched: it has no type error at this location.
    const deeper = [...branches.values()].filter(
      (list) =>
        !list.some(
          (e) => e.keyword === 'type' && e.instanceLocation === combinator.instanceLocation,
        ),
    );
    if (deeper.length >= 1) {
      const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(...simplify(best));
    } else {
      out.push(combinator);
    }
  }
  for (const e of errors) if (!consumed.has(e)) out.push(e);
  return out;
}

/**
 * @param {unknown} data
 * @param {object} schema a JSON Schema (draft 2020-12 unless its $schema says otherwise)
 * @returns {SchemaProblem[]}
 */
export function validateWithSchema(data, schema) {
  const draft = /draft-07/.test(String(/** @type {{$schema?: string}} */ (schema).$schema))
    ? '7'
    : '2020-12';
  const result = new Validator(
    /** @type {import('@cfworker/json-schema').Schema} */ (schema),
    draft,
    false,
  ).validate(data);
  if (result.valid) return [];
  const errors = result.errors;
  /** @type {SchemaProblem[]} */
  const problems = [];
  const seen = new Set();
  const add = (
    /** @type {string} */ pointer,
    /** @type {string} */ code,
    /** @type {Record<string, string | number>} */ params,
  ) => {
    const path = formatPath(pointerToSegments(pointer, data));
    const key = `${path}|${code}|${JSON.stringify(params)}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ path, code, params });
  };
  const shown = simplify(errors).sort((a, b) => errors.indexOf(a) - errors.indexOf(b));
  for (const e of shown) {
    const at = pointerToSegments(e.instanceLocation, data);
    let value = /** @type {unknown} */ (data);
    for (const s of at) value = /** @type {Record<string | number, unknown>} */ (value)?.[s];
    const quoted = /"([^"]*)"/.exec(e.error)?.[1] ?? '';
    if (STRUCTURAL.has(e.keyword)) continue;
    switch (e.keyword) {
      case 'type': {
        const expected = /Expected (.*)\.$/.exec(e.error)?.[1]?.replace(/"/g, '') ?? '';
        add(e.instanceLocation, 'schema-type', { expected, actual: jsonType(value) });
        break;
      }
      case 'anyOf':
      case 'oneOf': {
        const types = errors
          .filter(
            (c) =>
              isInside(c, e) && c.keyword === 'type' && c.instanceLocation === e.instanceLocation,
          )
          .map((c) => /Expected (.*)\.$/.exec(c.error)?.[1]?.replace(/"/g, '') ?? '');
        if (types.length) {
          add(e.instanceLocation, 'schema-type', {
            expected: [...new Set(types)].join(', '),
            actual: jsonType(value),
          });
        } else add(e.instanceLocation, 'schema-alternatives', {});
        break;
      }
      case 'required':
        add(
          `${e.instanceLocation}/${encodeURI(quoted.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/#/g, '%23')}`,
          'schema-required',
          { property: quoted },
        );
        break;
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        // Only "property not allowed" (schema false); a wrong value has its own child error.
        const child = `${e.instanceLocation}/${encodeURI(quoted.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/#/g, '%23')}`;
        if (errors.some((c) => c.keyword === 'false' && c.instanceLocation === child)) {
          add(child, 'schema-unknown', { property: quoted });
        }
        break;
      }
      case 'enum':
      case 'const': {
        const raw = (/any of (.*)\.$/.exec(e.error) ?? /match (.*)\.$/.exec(e.error))?.[1] ?? '';
        let allowed = raw;
        try {
          const list = JSON.parse(raw);
          allowed = (Array.isArray(list) ? list : [list]).map((v) => JSON.stringify(v)).join(', ');
        } catch {
          // keep the raw text
        }
        add(e.instanceLocation, 'schema-enum', { allowed });
        break;
      }
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems': {
        const limit = /[<>] (\d+)\)/.exec(e.error)?.[1] ?? '';
        add(e.instanceLocation, `schema-${e.keyword}`, { limit: Number(limit) });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const limit = /([-\d.]+)\.$/.exec(e.error)?.[1] ?? '';
        add(e.instanceLocation, `schema-${e.keyword.replace('exclusiveM', 'm')}`, {
          limit: Number(limit),
        });
        break;
      }
      case 'pattern':
        add(e.instanceLocation, 'schema-pattern', {});
        break;
      case 'format':
        add(e.instanceLocation, 'schema-format', { format: quoted });
        break;
      default:
        add(e.instanceLocation, 'schema-other', { detail: e.error });
    }
  }
  return problems;
}
