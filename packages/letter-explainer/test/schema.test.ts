import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validate } from '@wegwijs/core/validation';
import { letterSchema } from '../src/schema.js';

const load = (path: string) =>
  fetch(path).then((r) => r.json() as Promise<Record<string, unknown>>);
const EXAMPLES = [
  'wmo-beschikking',
  'keukentafelgesprek',
  'aanmaning-belastingen',
  'jeugdhulp-besluit',
  'bijzondere-bijstand-gegevens',
  'dwangbevel-belastingen',
  'huurachterstand-huurtoeslag',
];

describe('content schema (valibot) and JSON Schema file stay in sync', () => {
  let jsonSchema: Validator;
  before(async () => {
    const schema = await load('/packages/letter-explainer/schema/letter-explainer.schema.json');
    jsonSchema = new Validator(schema as never, '2020-12', false);
  });

  for (const name of EXAMPLES) {
    it(`accepts the example ${name}.json with both`, async () => {
      const content = await load(`/packages/letter-explainer/examples/${name}.json`);
      expect(validate(letterSchema, content).problems).to.deep.equal([]);
      expect(jsonSchema.validate(content).errors).to.deep.equal([]);
    });
  }

  it('accepts the image story content with both', async () => {
    const content = await load('/stories/letter-explainer/aanmaning-afbeelding.json');
    expect(validate(letterSchema, content).problems).to.deep.equal([]);
    expect(jsonSchema.validate(content).errors).to.deep.equal([]);
  });

  const base = { answers: { what: 'a', todo: 'b', ifNothing: 'c', help: 'd' } };
  const bad: [string, unknown, string][] = [
    ['no answers', {}, 'answers'],
    ['an answer that is a number', { answers: { ...base.answers, what: 3 } }, 'answers.what'],
    ['a date in the wrong form', { ...base, deadline: { date: '30-02-2025' } }, 'deadline.date'],
    [
      'a deadline marked auto that is not true or false',
      { ...base, deadline: { auto: 'ja' } },
      'deadline.auto',
    ],
    [
      'a deadline without date or period',
      { ...base, deadline: { from: 'letter-date' } },
      'deadline',
    ],
    ['a negative number of weeks', { ...base, deadline: { weeks: -2 } }, 'deadline.weeks'],
    [
      'a region outside the image',
      {
        ...base,
        image: {
          src: 'a.svg',
          alt: 'x',
          regions: [{ x: 120, y: 0, width: 1, height: 1, text: 't', explain: 'e' }],
        },
      },
      'image.regions[0].x',
    ],
    [
      'an explanation id with spaces',
      { ...base, explanations: [{ id: 'a b', text: 't' }] },
      'explanations[0].id',
    ],
  ];
  for (const [what, content, path] of bad) {
    it(`rejects ${what} with both, naming ${path}`, () => {
      const checked = validate(letterSchema, content);
      expect(checked.ok).to.equal(false);
      expect(checked.problems.map((p) => p.message).join('\n')).to.contain(path);
      expect(jsonSchema.validate(content).valid).to.equal(false);
    });
  }
});
