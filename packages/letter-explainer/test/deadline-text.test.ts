import { expect } from '@open-wc/testing';
import { findDeadlines } from '../src/deadline-text.js';

const first = (text: string) => findDeadlines(text)[0];

describe('findDeadlines (deadlines in the letter text)', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['U kunt bezwaar maken binnen zes weken na de dagtekening van deze brief.', { weeks: 6 }],
    ['Stuur de papieren binnen 14 dagen.', { days: 14 }],
    ['Betaal het bedrag binnen veertien dagen na de datum van deze brief.', { days: 14 }],
    ['U hebt een termijn van twee weken om de stukken te sturen.', { weeks: 2 }],
    ['Reageer binnen een maand na verzending van deze brief.', { months: 1 }],
    ['Dat kan binnen 6 weken na de dag waarop dit besluit is verzonden.', { weeks: 6 }],
    ['Bezwaar maken kan tot zes weken na de datum van deze brief.', { weeks: 6 }],
    ['Betaal uiterlijk 15 januari 2027.', { date: '2027-01-15' }],
    ['U moet uiterlijk op maandag 3 mei 2027 reageren.', { date: '2027-05-03' }],
    ['Stuur de formulieren vóór 1 maart 2027.', { date: '2027-02-28' }],
    ['Stuur de formulieren voor 1-3-2028.', { date: '2028-02-29' }],
    ['U betaalt niet later dan 12-06-2026.', { date: '2026-06-12' }],
  ];
  for (const [text, rule] of cases) {
    it(`reads "${text}"`, () => {
      const found = first(text);
      expect(found, text).to.exist;
      const got: Record<string, unknown> = { ...found!.rule };
      delete got['from'];
      expect(got).to.deep.equal(rule);
      expect(found!.sentence).to.equal(text);
      expect(text).to.contain(found!.phrase);
    });
  }

  it('skips the municipality\'s own period ("wij beslissen binnen 8 weken")', () => {
    expect(findDeadlines('Wij beslissen binnen acht weken over de aanvraag.')).to.deep.equal([]);
    expect(first('Wij willen dat u binnen 8 dagen reageert.')?.rule.days).to.equal(8);
  });

  it('ignores periods that are not deadlines and impossible dates', () => {
    expect(findDeadlines('U krijgt hulp van 1 mei tot en met 30 april 2027.')).to.deep.equal([]);
    expect(findDeadlines('U krijgt 3 uur hulp per week.')).to.deep.equal([]);
    expect(findDeadlines('Betaal uiterlijk 31 februari 2027.')).to.deep.equal([]);
    expect(findDeadlines('Binnen werkdagen bellen wij u.')).to.deep.equal([]);
  });

  it('lists every deadline in reading order, with its own sentence', () => {
    const found = findDeadlines(
      'Stuur de loonstroken binnen 2 weken. Niet eens? Maak bezwaar binnen zes weken na de dagtekening.',
    );
    expect(found.map((f) => f.rule.weeks)).to.deep.equal([2, 6]);
    expect(found[1]!.sentence).to.equal('Maak bezwaar binnen zes weken na de dagtekening.');
  });
});
