import { expect } from '@open-wc/testing';
import { loadCheckMessages } from '@wegwijs/core/check/message-table';
import { check } from '../src/data.js';

// Issue 18: the municipality profile ({{telefoon}} …) is filled in at runtime in the contact
// finder as in the step guide and the letter: from the page's profile, never shown raw.
describe('contact finder: the municipality profile', () => {
  const directory = {
    contacts: [
      {
        name: 'Wijkteam',
        kind: 'team',
        languages: ['nl'],
        topics: ['money'],
        description: 'Bel {{telefoon}}. Wij luisteren zonder oordeel.',
        phones: [{ number: '020 123 4567' }],
        whatsapp: '{{whatsapp}}',
      },
    ],
  };
  // The check's words load lazily (issue 23), as the widget's content controller loads them.
  before(() => loadCheckMessages());
  afterEach(() => {
    document.documentElement.removeAttribute('data-wegwijs-telefoon');
    document.documentElement.removeAttribute('data-wegwijs-whatsapp');
  });

  it('fills {{telefoon}} from the page (data-wegwijs-telefoon)', async () => {
    document.documentElement.setAttribute('data-wegwijs-telefoon', '14 0123');
    document.documentElement.setAttribute('data-wegwijs-whatsapp', '0612345678');
    const { data, problems } = await check(structuredClone(directory));
    const [contact] = data!.contacts;
    expect(JSON.stringify(contact)).to.contain('Bel 14 0123. Wij luisteren zonder oordeel.');
    expect(contact!.whatsapp).to.contain('612345678');
    expect(problems.filter((p) => p.message.includes('telefoon'))).to.deep.equal([]);
  });

  it('without a profile: an unfilled phone entry or address goes, never the whole contact', async () => {
    const contact = {
      ...directory.contacts[0]!,
      phones: [{ number: '{{telefoon}}' }, { number: '020 123 4567' }],
      location: { address_1: '{{adres}}', city: 'Voorbeeldstad' },
    };
    const { data } = await check({ contacts: [contact] });
    expect(data!.contacts).to.have.length(1);
    expect(data!.contacts[0]!.phones).to.deep.equal([{ number: '020 123 4567' }]);
    expect(data!.contacts[0]!.location).to.equal(undefined);
  });

  it('without a profile: the sentence and the number are left out, the preview names them', async () => {
    const { data, problems } = await check(structuredClone(directory));
    const text = JSON.stringify(data);
    expect(text).not.to.contain('{{');
    expect(text).to.contain('Wij luisteren zonder oordeel.');
    expect(data!.contacts[0]!.whatsapp).to.equal(undefined);
    const named = problems.filter((p) => p.lang === 'nl' && p.message.includes('telefoon'));
    expect(named.length).to.be.greaterThan(0);
  });
});
