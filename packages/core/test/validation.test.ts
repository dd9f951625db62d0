import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { localizedTextSchema, validate } from '../src/validation.js';

const route = v.object({
  title: localizedTextSchema,
  steps: v.array(
    v.object({ title: localizedTextSchema, status: v.optional(v.picklist(['done', 'current'])) }),
  ),
});

describe('content validation', () => {
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
      'steps[2].title: expected text, got number',
    ]);
    expect(result.problems[0]?.path).to.equal('steps[2].title');
  });

  it('says when a field is missing', () => {
    const result = validate(route, { steps: [] });
    expect(result.problems[0]?.message).to.equal('title: expected text, got nothing');
  });

  it('words lists, objects and choices for editors', () => {
    const messages = validate(route, {
      title: 'x',
      steps: [{ title: 'a', status: 'later' }],
    }).problems.map((p) => p.message);
    expect(messages[0]).to.match(/^steps\[0\]\.status: expected one of .*"done".*, got text$/);
    expect(validate(route, { title: 'x', steps: 'nope' }).problems[0]?.message).to.equal(
      'steps: expected a list, got text',
    );
    expect(validate(route, 'route').problems[0]?.message).to.equal('expected an object, got text');
  });

  it('does not accept an empty language map or non-text values in it', () => {
    expect(validate(route, { title: {}, steps: [] }).problems[0]?.message).to.equal(
      'title: expected text, got an object',
    );
    expect(validate(route, { title: { nl: 5 }, steps: [] }).ok).to.equal(false);
  });
});
