import { expect } from '@open-wc/testing';
import './helpers/papaparse.js';
import { parseContactsCsv } from '../src/csv.js';
import { validateDirectory } from '../src/schema.js';
import { toVCard } from '../src/vcard.js';
import { contactFinderCheck } from '../src/directory-check.js';

const { check } = contactFinderCheck;
import { whatsappNumber } from '../src/channels.js';

const base = '/packages/contact-finder';
let example: { contacts: { name: string; languages: string[] }[] };
before(async () => {
  example = await (await fetch(`${base}/examples/voorbeeldstad-contacts.json`)).json();
});

document.documentElement.lang = 'nl';

const head = 'naam;soort;talen;onderwerpen;telefoon;openingstijden;werkgebied;functie:ar;gratis';

async function load(csv: string) {
  const parsed = await parseContactsCsv(csv);
  const checked = parsed.data ? validateDirectory(parsed.data) : { problems: [] };
  return {
    contacts: checked.data?.contacts ?? [],
    problems: [...parsed.problems, ...checked.problems].map((p) => p.message),
  };
}

describe('CSV (spreadsheet export)', () => {
  it('reads a Dutch Excel export: BOM, semicolons, quoted fields, Dutch headings and words', async () => {
    const csv = `\uFEFF${head}\r\n"El Amrani; Fatima";sleutelpersoon;ar nl;brieven geld;06-12345678;"ma-vr 09:00-12:00 | wo 13:00-17:00";"9901-9903, 9910";شخص رئيسي;ja\r\n"Piet ""de"" Vries";vrijwilliger;nl;wonen;06-12345679;;;;nee\r\n`;
    const { contacts, problems } = await load(csv);
    expect(problems).to.deep.equal([]);
    expect(contacts[0]!.name).to.equal('El Amrani; Fatima');
    expect(contacts[0]!.kind).to.equal('key-person');
    expect(contacts[0]!.topics).to.deep.equal(['letters', 'money']);
    expect(contacts[0]!.schedules).to.deep.equal([
      { byday: 'MO-FR', opens_at: '09:00', closes_at: '12:00' },
      { byday: 'WE', opens_at: '13:00', closes_at: '17:00' },
    ]);
    expect(contacts[0]!.service_areas).to.deep.equal(['9901-9903', '9910']);
    expect(contacts[0]!.role).to.deep.equal({ ar: 'شخص رئيسي' });
    expect(contacts[0]!.free).to.equal(true);
    expect(contacts[1]!.name).to.equal('Piet "de" Vries');
    expect(contacts[1]!.free).to.equal(false);
  });

  it('reads a comma-separated export with English headings (the template layout)', async () => {
    const csv = 'name,kind,languages,topics\nAyşe,client-supporter,tr,care\n';
    const { contacts } = await load(csv);
    expect(contacts[0]).to.include({ name: 'Ayşe', kind: 'client-supporter' });
  });

  it('skips broken rows with their row number and reason, and keeps the rest', async () => {
    const csv = `${head}\nGoed;sleutelpersoon;ar;geld;06-12345678;;;;\nTe kort;vrijwilliger\nGeen taal;vrijwilliger;;geld;;;;;\nFout onderwerp;vrijwilliger;nl;tuinieren;;;;;\nSlechte tijd;vrijwilliger;nl;geld;;ma 9-12;;;\n`;
    const { contacts, problems } = await load(csv);
    expect(contacts.map((c) => c.name)).to.deep.equal(['Goed']);
    // The paths and words of `wegwijs check`: the row, and the column where it has one.
    const said = problems.join('\n');
    expect(said).to.match(/rij 3: 2 cellen, de kopregel heeft er 9 .* \(contact overgeslagen\)/);
    expect(said).to.match(/rij 4\.languages: te weinig onderdelen .* \(contact overgeslagen\)/);
    expect(said).to.match(/rij 5\.topics: deze waarde mag niet; .* \(contact overgeslagen\)/);
    expect(said).to.match(
      /rij 6\.hours\[0\]\.opens_at: geen tijd zoals 09:00 \(contact overgeslagen\)/,
    );
  });

  it('reports a file without a name column', async () => {
    const { problems } = await load('a;b\n1;2\n');
    expect(problems[0]).to.match(/kolom "name" ontbreekt \(verplicht; ook goed: naam\)/);
  });

  it('reads the example CSV the same as the example JSON', async () => {
    const text = await (
      await fetch('/packages/contact-finder/examples/voorbeeldstad-contacts.csv')
    ).text();
    const { contacts, problems } = await load(text);
    expect(problems).to.deep.equal([]);
    expect(contacts.map((c) => c.name)).to.deep.equal(example.contacts.map((c) => c.name));
    expect(contacts.map((c) => c.languages)).to.deep.equal(
      example.contacts.map((c) => c.languages),
    );
  });
});

describe('contact card (.vcf)', () => {
  it('is vCard 4.0 with escaped values, CRLF and folded lines', () => {
    const vcf = toVCard(
      {
        name: 'Fatima El Amrani, MSc',
        kind: 'key-person',
        role: { nl: 'Sleutelpersoon', ar: 'شخص رئيسي' },
        organization: { name: 'Stichting Samen; Voorbeeldstad' },
        languages: ['ar', 'nl'],
        topics: [],
        phones: [{ number: '06-12345678' }],
        whatsapp: '06-12345678',
        email: 'fatima@voorbeeld.example',
        location: { address_1: 'Marktplein 1', postal_code: '9901 AB', city: 'Voorbeeldstad' },
        description: 'x'.repeat(10),
      },
      'ar',
    );
    const lines = vcf.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCARD');
    expect(lines[1]).to.equal('VERSION:4.0');
    expect(vcf).to.contain('FN:Fatima El Amrani\\, MSc');
    expect(vcf).to.contain('ORG:Stichting Samen\\; Voorbeeldstad');
    expect(vcf).to.contain('TITLE:شخص رئيسي');
    expect(vcf).to.contain('TEL;VALUE=uri;TYPE=voice:tel:0612345678');
    expect(vcf).to.contain('IMPP:https://wa.me/31612345678');
    expect(vcf).to.contain('ADR;TYPE=work:;;Marktplein 1;Voorbeeldstad;;9901 AB;Nederland');
    expect(vcf).to.contain('LANG;PREF=1:ar');
    expect(vcf.endsWith('END:VCARD\r\n')).to.be.true;
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const long = toVCard(
      { name: 'ب'.repeat(60), kind: 'volunteer', languages: ['ar'], topics: [] },
      'nl',
    );
    expect(long).to.contain('\r\n ');
    expect(long.replace(/\r\n /g, '')).to.contain(`FN:${'ب'.repeat(60)}`);
  });

  it('makes WhatsApp numbers international', () => {
    expect(whatsappNumber('06-12345678')).to.equal('31612345678');
    expect(whatsappNumber('+31 6 12345678')).to.equal('31612345678');
    expect(whatsappNumber('0032 470 123456')).to.equal('32470123456');
  });
});

// The JSON Schema file is generated from the same valibot schema; that both accept and reject the
// same content is tested with a real validator (Ajv) in packages/cli/test/model-agreement.test.js.
describe('the check and the widget agree', () => {
  it('both accept the example content', () => {
    expect(check(example).problems).to.deep.equal([]);
    expect(validateDirectory(example).problems).to.deep.equal([]);
  });
  it('both refuse the same broken records', () => {
    const broken = [
      { name: 'A', kind: 'friend', languages: ['nl'], topics: [] },
      { name: 'B', kind: 'volunteer', languages: [], topics: [] },
      { name: 'C', kind: 'volunteer', languages: ['nl'], topics: ['gardening'] },
      {
        name: 'D',
        kind: 'volunteer',
        languages: ['nl'],
        topics: [],
        schedules: [{ byday: 'XX', opens_at: '9', closes_at: '12:00' }],
      },
      { name: '', kind: 'volunteer', languages: ['nl'], topics: [] },
      { name: 'F', kind: 'volunteer', languages: ['nl'], topics: [], email: 'not-an-email' },
      {
        name: 'G',
        kind: 'volunteer',
        languages: ['nl'],
        topics: [],
        phones: [{ number: '06-1234' }],
      },
    ];
    for (const record of broken) {
      expect(check({ contacts: [record] }).ok, record.name).to.equal(false);
      expect(validateDirectory({ contacts: [record] }).data, record.name).to.equal(undefined);
    }
  });
});
