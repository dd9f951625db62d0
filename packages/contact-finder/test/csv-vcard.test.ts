import { expect } from '@open-wc/testing';
import './helpers/papaparse.js';
import { parseContactsCsv } from '../src/csv.js';
import { validateDirectory } from '../src/schema.js';
import { toVCard } from '../src/vcard.js';
import { whatsappNumber } from '../src/channels.js';

const base = '/packages/contact-finder';
let schema: Record<string, unknown>;
let example: { contacts: { name: string; languages: string[] }[] };
before(async () => {
  schema = await (await fetch(`${base}/schema/contacts.schema.json`)).json();
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
    expect(problems.join('\n')).to.match(/row 3 skipped: expected 9 cells, got 2/);
    expect(problems.join('\n')).to.match(/row 4 \(Geen taal\) skipped: languages/);
    expect(problems.join('\n')).to.match(/row 5 \(Fout onderwerp\) skipped: topics\[0\]/);
    expect(problems.join('\n')).to.match(/row 6 \(Slechte tijd\) skipped: schedules\[0\]/);
  });

  it('reports a file without a name column', async () => {
    const { problems } = await load('a;b\n1;2\n');
    expect(problems[0]).to.match(/no heading row with a "name" column/);
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

/** A small JSON Schema (2020-12 subset) checker, to keep the schema file and valibot in sync. */
type S = Record<string, unknown>;
function check(s: S, value: unknown, root: S, path = ''): string[] {
  if (typeof s.$ref === 'string')
    return check((root.$defs as Record<string, S>)[s.$ref.split('/').pop()!]!, value, root, path);
  if (s.oneOf)
    return (s.oneOf as S[]).some((o) => check(o, value, root, path).length === 0)
      ? []
      : [`${path}: oneOf`];
  const errors: string[] = [];
  if (s.enum && !(s.enum as unknown[]).includes(value)) errors.push(`${path}: enum`);
  if (s.type === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${path}: object`];
    const o = value as Record<string, unknown>;
    for (const key of (s.required as string[]) ?? [])
      if (!(key in o)) errors.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(o)) {
      const p =
        (s.properties as Record<string, S>)?.[key] ??
        (typeof s.additionalProperties === 'object' ? (s.additionalProperties as S) : undefined);
      if (p) errors.push(...check(p, v, root, `${path}.${key}`));
    }
    if (typeof s.minProperties === 'number' && Object.keys(o).length < s.minProperties)
      errors.push(`${path}: minProperties`);
  }
  if (s.type === 'array') {
    if (!Array.isArray(value)) return [`${path}: array`];
    if (typeof s.minItems === 'number' && value.length < s.minItems)
      errors.push(`${path}: minItems`);
    value.forEach((v, i) => errors.push(...check(s.items as S, v, root, `${path}[${i}]`)));
  }
  if (s.type === 'string' && typeof value !== 'string') errors.push(`${path}: string`);
  if (s.type === 'number' && typeof value !== 'number') errors.push(`${path}: number`);
  if (s.type === 'boolean' && typeof value !== 'boolean') errors.push(`${path}: boolean`);
  if (
    typeof value === 'string' &&
    typeof s.pattern === 'string' &&
    !new RegExp(s.pattern).test(value)
  )
    errors.push(`${path}: pattern`);
  if (typeof value === 'string' && typeof s.minLength === 'number' && value.length < s.minLength)
    errors.push(`${path}: minLength`);
  return errors;
}

describe('JSON Schema file and valibot agree', () => {
  it('both accept the example content', () => {
    expect(check(schema as S, example, schema as S)).to.deep.equal([]);
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
    ];
    for (const record of broken) {
      expect(
        check(schema as S, { contacts: [record] }, schema as S),
        record.name,
      ).not.to.deep.equal([]);
      expect(validateDirectory({ contacts: [record] }).data, record.name).to.equal(undefined);
    }
  });
});
