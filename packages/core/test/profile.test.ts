import { expect } from '@open-wc/testing';
import { applyProfile } from '../src/check/profile.js';

// Issue 18: an unfilled profile field is never shown raw, and only the sentence, button or
// field that needs it is left out: never the contact, domain or step that holds it.
describe('applyProfile: only what needs an unfilled field is left out', () => {
  const contact = {
    name: 'Wijkteam',
    kind: 'team',
    description: { nl: 'Bel {{telefoon}}. Wij luisteren.', en: 'Call {{telefoon}}.' },
    phones: [{ number: '{{telefoon}}', languages: ['nl'] }],
    location: { address_1: '{{adres}}', city: 'Voorbeeldstad' },
    photo: { url: '{{website}}/foto.jpg', alt: { nl: 'Foto' } },
    whatsapp: '{{whatsapp}}',
    url: '{{website}}',
  };

  it('keeps the contact; drops its phone entry, address and photo, not the whole contact', () => {
    const out = applyProfile({ contacts: [contact] }, undefined);
    expect(out.contacts).to.have.length(1);
    const [kept] = out.contacts as Record<string, unknown>[];
    expect(kept).to.deep.equal({
      name: 'Wijkteam',
      kind: 'team',
      description: { nl: 'Wij luisteren.' },
    });
  });

  it('keeps the other phone entries and the rest of the object', () => {
    const out = applyProfile(
      {
        contacts: [
          { ...contact, phones: [{ number: '{{telefoon}}' }, { number: '020 123 4567' }] },
        ],
      },
      undefined,
    );
    expect(out.contacts[0]!.phones).to.deep.equal([{ number: '020 123 4567' }]);
  });

  it('keeps a domain whose link has no address: only the link goes', () => {
    const out = applyProfile(
      {
        domains: [
          {
            id: 'geld',
            label: { nl: 'Geld' },
            link: { href: '{{contactpagina}}', label: { nl: 'Zoek hulp' } },
          },
        ],
      },
      undefined,
    );
    expect(out.domains).to.deep.equal([{ id: 'geld', label: { nl: 'Geld' } }]);
  });

  it('keeps a text that loses one sentence inside a nested object', () => {
    const out = applyProfile(
      {
        help: { link: { href: 'https://example.nl', text: 'Kijk hier. Of bel {{telefoon}}.' } },
      },
      undefined,
    );
    expect(out.help.link).to.deep.equal({ href: 'https://example.nl', text: 'Kijk hier.' });
  });

  it('fills everything when the profile has the values', () => {
    const out = applyProfile(
      { contacts: [contact] },
      {
        telefoon: '14 0123',
        adres: 'Markt 1',
        website: 'https://gemeente.nl',
        whatsapp: '0612345678',
      },
    );
    expect(out.contacts[0]).to.deep.include({
      url: 'https://gemeente.nl',
      whatsapp: '0612345678',
      phones: [{ number: '14 0123', languages: ['nl'] }],
      location: { address_1: 'Markt 1', city: 'Voorbeeldstad' },
    });
    expect(JSON.stringify(out)).not.to.contain('{{');
  });
});
