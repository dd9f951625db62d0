// The spreadsheet export is the CSV reader's inverse: every field a row can hold comes back
// the same, and what a row cannot hold is reported.
import { expect } from '@open-wc/testing';
import './helpers/papaparse.js';
import { parseContactsCsv } from '../src/csv.js';
import { writeContactsCsv } from '../src/csv-writer.js';
import { columnOf } from '../src/csv-path.js';
import type { Contact } from '../src/types.js';

const base = '/packages/contact-finder';

async function contactsOf(csv: string): Promise<unknown[]> {
  const parsed = await parseContactsCsv(csv);
  expect(parsed.problems).to.deep.equal([]);
  return (parsed.data as { contacts: unknown[] }).contacts;
}

const full: Contact = {
  id: 'k-1',
  name: 'Samira "Sam" Haddad',
  kind: 'key-person',
  role: { nl: 'Sleutelpersoon', ar: 'شخص مفتاح' },
  organization: { name: 'Stichting Samen; Voorbeeldstad', url: 'https://samen.example/' },
  description: { nl: 'Helpt bij brieven.\nOok thuis.', tr: 'Mektuplarda yardım eder.' },
  photo: { url: 'avatars/samira.svg', alt: { nl: 'Foto van Samira', ar: 'صورة سميرة' } },
  languages: ['ar', 'nl', 'ber'],
  topics: ['letters', 'money', 'loneliness'],
  free: true,
  independent: false,
  confidential: true,
  phones: [{ number: '06-12345678', languages: ['ar', 'nl'] }],
  whatsapp: '06-12345678',
  email: 'samira@samen.example',
  url: 'https://samen.example/samira',
  location: {
    address_1: 'Marktplein 1',
    postal_code: '9904 BZ',
    city: 'Voorbeeldstad',
    latitude: 53.21,
    longitude: 6.56,
  },
  access: 'both',
  schedules: [
    { byday: 'MO-FR', opens_at: '09:00', closes_at: '12:00' },
    { byday: 'WE', opens_at: '13:00', closes_at: '17:00' },
  ],
  exceptions: [
    { date: '2027-12-24', opens_at: '09:00', closes_at: '12:00' },
    { date: '2027-12-31', closed: true },
  ],
  service_areas: ['9901-9903', '9910', 'Noord'],
};

describe('contact list → CSV (writer)', () => {
  it('writes every field so that the reader gets the same contact back', async () => {
    const csv = writeContactsCsv({ contacts: [full] });
    expect(csv.lost).to.deep.equal([]);
    expect(csv.columns).to.include.members(['role:ar', 'description:tr', 'photo_alt:ar']);
    const [back] = await contactsOf(csv.text);
    expect(back).to.deep.equal(full);
  });

  it('reads the example spreadsheet, writes it and reads the same contacts again', async () => {
    const original = await (await fetch(`${base}/examples/voorbeeldstad-contacts.csv`)).text();
    const contacts = (await contactsOf(original)) as Contact[];
    const again = await contactsOf(writeContactsCsv({ contacts }).text);
    expect(again).to.deep.equal(contacts);
  });

  it('writes Dutch words, `;` between cells, and a BOM', () => {
    const { text } = writeContactsCsv({ contacts: [full] });
    expect(text.startsWith('\uFEFFid;name;kind;role;role:ar;')).to.equal(true);
    expect(text).to.contain(';sleutelpersoon;');
    expect(text).to.contain('brieven geld eenzaamheid');
    expect(text).to.contain('ma-vr 09:00-12:00 | wo 13:00-17:00');
    expect(text).to.contain('"Stichting Samen; Voorbeeldstad"');
  });

  it('reports what a spreadsheet row cannot hold', () => {
    const { lost } = writeContactsCsv({
      contacts: [
        {
          ...full,
          phones: [{ number: '010 1234567', description: 'Alleen ochtend' }, { number: '112' }],
          location: { name: 'Buurthuis', address_1: 'Plein 2' },
        },
      ],
      helpline: { ...full, kind: 'helpline' },
    });
    expect(lost.map((l) => l.path)).to.deep.equal([
      'contacts[0].phones[0].description',
      'contacts[0].phones[1]',
      'contacts[0].location.name',
      'helpline',
    ]);
  });

  it('names the column of a problem path', () => {
    expect(columnOf('phones[0].number')).to.equal('phone');
    expect(columnOf('role.ar')).to.equal('role:ar');
    expect(columnOf('role.nl')).to.equal('role');
    expect(columnOf('photo.alt.ar')).to.equal('photo_alt:ar');
    expect(columnOf('schedules[1].opens_at')).to.equal('hours[1].opens_at');
    expect(columnOf('location.postal_code')).to.equal('postal_code');
    expect(columnOf('languages[0]')).to.equal('languages');
  });
});
