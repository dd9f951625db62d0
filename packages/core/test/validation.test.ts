import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { localizedTextSchema, validate } from '../src/validation.js';
import { CHECK_TABLE } from '../src/check/messages.js';
import { useCheckMessages } from '../src/check/message-table.js';

const route = v.object({
  title: localizedTextSchema,
  steps: v.array(
    v.object({ title: localizedTextSchema, status: v.optional(v.picklist(['done', 'current'])) }),
  ),
});

describe('content validation', () => {
  // The widgets load the table lazily (loadCheckMessages) before they word a problem.
  before(() => useCheckMessages(CHECK_TABLE));

  it('accepts valid content', () => {
    const result = validate(route, {
      title: { nl: 'Route', ar: 'طريق' },
      steps: [{ title: 'Bel' }],
    });
    expect(result.ok).to.equal(true);
    expect(result.problems).to.deep.equal([]);
  });

  it('reports the path and what was expected', () => {
    const result = validate(route, {
      title: 'Route',
      steps: [{ title: 'a' }, { title: 'b' }, { title: 42 }],
    });
    expect(result.ok).to.equal(false);
    expect(result.problems.map((p) => p.message)).to.deep.equal([
      'steps[2].title: verwacht tekst of { "nl": "…" }, gevonden getal',
    ]);
    expect(result.problems[0]?.path).to.equal('steps[2].title');
  });

  it('says when a field is missing', () => {
    const result = validate(route, { steps: [] });
    expect(result.problems[0]?.message).to.equal('title: ontbreekt (verplicht)');
  });

  it('words lists, objects and choices for editors', () => {
    const messages = validate(route, {
      title: 'x',
      steps: [{ title: 'a', status: 'later' }],
    }).problems.map((p) => p.message);
    expect(messages[0]).to.equal(
      'steps[0].status: deze waarde mag niet; kies uit "done", "current"',
    );
    expect(validate(route, { title: 'x', steps: 'nope' }).problems[0]?.message).to.equal(
      'steps: verwacht lijst [ ], gevonden tekst',
    );
    expect(validate(route, 'route').problems[0]?.message).to.equal(
      'verwacht object { }, gevonden tekst',
    );
  });

  it('does not accept an empty language map or non-text values in it', () => {
    // As `wegwijs check` says it (schema-minProperties).
    expect(validate(route, { title: {}, steps: [] }).problems[0]?.message).to.equal(
      'title: leeg: geef minstens één taal, zoals { "nl": "…" }',
    );
    expect(validate(route, { title: { nl: 5 }, steps: [] }).ok).to.equal(false);
  });

  it('gives each problem a code and a path, and English for developers on request', () => {
    const bad = { title: 'Route', steps: [{ title: 42 }] };
    expect(validate(route, bad, { lang: 'en' }).problems[0]?.message).to.equal(
      'steps[0].title: expected text or { "nl": "…" }, got number',
    );
    expect(validate(route, bad).problems[0]).to.include({ code: 'schema', path: 'steps[0].title' });
  });
});
