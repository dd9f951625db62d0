import { expect } from '@open-wc/testing';
import { checkRoute, routeSchema, stepSchema } from '../src/schema.js';

const load = (path: string) =>
  fetch(path).then((r) => r.json() as Promise<Record<string, unknown>>);
type Json = Record<string, unknown>;

/** A small JSON Schema (2020-12 subset) checker: the keywords our schema file uses. */
function errors(schema: Json, value: unknown, root: Json, at = '$'): string[] {
  if (typeof schema['$ref'] === 'string') {
    const target = (schema['$ref'] as string)
      .replace('#/', '')
      .split('/')
      .reduce<Json>((node, key) => node[key] as Json, root);
    return errors(target, value, root, at);
  }
  const out: string[] = [];
  const type = schema['type'];
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (type && type !== actual) return [`${at}: expected ${String(type)}, got ${actual}`];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    out.push(`${at}: not in enum`);
  if (Array.isArray(schema['oneOf'])) {
    const passing = (schema['oneOf'] as Json[]).filter(
      (s) => errors(s, value, root, at).length === 0,
    );
    if (passing.length !== 1) out.push(`${at}: matches ${passing.length} of oneOf`);
  }
  if (actual === 'object') {
    const object = value as Json;
    for (const key of (schema['required'] as string[] | undefined) ?? []) {
      if (!(key in object)) out.push(`${at}.${key}: required`);
    }
    const props = (schema['properties'] as Record<string, Json> | undefined) ?? {};
    const extra = schema['additionalProperties'] as Json | undefined;
    if (
      typeof schema['minProperties'] === 'number' &&
      Object.keys(object).length < schema['minProperties']
    )
      out.push(`${at}: too few properties`);
    for (const [key, item] of Object.entries(object)) {
      if (props[key]) out.push(...errors(props[key], item, root, `${at}.${key}`));
      else if (extra) out.push(...errors(extra, item, root, `${at}.${key}`));
    }
  }
  if (actual === 'array') {
    const list = value as unknown[];
    if (typeof schema['minItems'] === 'number' && list.length < schema['minItems'])
      out.push(`${at}: too few items`);
    if (schema['items'])
      list.forEach((item, i) =>
        out.push(...errors(schema['items'] as Json, item, root, `${at}[${i}]`)),
      );
  }
  return out;
}

describe('route schema', () => {
  it('accepts the example OCO route in both the JSON Schema and the valibot schema', async () => {
    const schema = await load('/packages/step-guide/schema/step-guide.schema.json');
    const route = await load('/packages/step-guide/examples/oco-route.json');
    expect(errors(schema, route, schema)).to.deep.equal([]);
    const checked = checkRoute(route);
    expect(checked.problems).to.deep.equal([]);
    expect(checked.data!.steps).to.have.length(7);
    expect(route['review']).to.deep.include({ ar: 'machine-assisted' });
  });

  it('names the same fields and choices as the valibot schema', async () => {
    const schema = await load('/packages/step-guide/schema/step-guide.schema.json');
    const defs = schema['$defs'] as Record<string, Json>;
    const step = defs['step']!['properties'] as Record<string, Json>;
    expect(Object.keys(schema['properties'] as Json).sort()).to.deep.equal(
      Object.keys(routeSchema.entries).sort(),
    );
    expect(Object.keys(step).sort()).to.deep.equal(Object.keys(stepSchema.entries).sort());
    expect(step['next']!['enum']).to.deep.equal(stepSchema.entries.next.wrapped.options);
    expect(step['status']!['enum']).to.deep.equal(stepSchema.entries.status.wrapped.options);
    expect(defs['step']!['required']).to.deep.equal(['title']);
  });

  it('rejects the same bad routes in both', async () => {
    const schema = await load('/packages/step-guide/schema/step-guide.schema.json');
    const bad = [
      { steps: [] },
      { steps: 'nee' },
      { title: 3, steps: [{ title: 'A' }] },
      { steps: [{ title: { nl: 5 } }] },
      { steps: [{ title: 'A', next: 'maybe' }] },
      { steps: [{ title: 'A', bring: 'brieven' }] },
    ];
    for (const route of bad) {
      expect(errors(schema, route, schema), JSON.stringify(route)).not.to.deep.equal([]);
      const checked = checkRoute(route);
      expect(checked.problems.length, JSON.stringify(route)).to.be.greaterThan(0);
    }
  });

  it('resolves relative audio against the JSON file it came from, not the page', () => {
    const base = 'https://example.org/packs/oco/step-guide.json';
    const route = {
      steps: [
        { title: 'a', audio: { fa: 'audio/fa/a.mp3', nl: 'https://cdn.example/nl.mp3' } },
        { title: 'b', audio: 'audio/b.mp3' },
      ],
    };
    const [first, second] = checkRoute(route, base).data!.steps;
    expect(first!.audio).to.deep.equal({
      fa: 'https://example.org/packs/oco/audio/fa/a.mp3',
      nl: 'https://cdn.example/nl.mp3',
    });
    expect(second!.audio).to.equal('https://example.org/packs/oco/audio/b.mp3');
    // Inline content or markup has no file of its own: the page is the base, as before.
    expect(checkRoute(route).data!.steps[0]!.audio).to.deep.equal(route.steps[0]!.audio);
  });
});
