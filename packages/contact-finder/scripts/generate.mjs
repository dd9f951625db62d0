#!/usr/bin/env node
// Fictional contacts for Voorbeeldstad (a fictional municipality) and a deterministic generator
// for large directories (benchmarks, the 10,000-contact story). All phone numbers are fictional
// (06-1234xxxx pattern, 0900-numbers marked fictional). Browser-safe: the CLI part only runs in Node.
//   node scripts/generate.mjs examples            → examples/voorbeeldstad-contacts.{json,csv}
//   node scripts/generate.mjs 10000 [out.json]    → a generated directory (seed 42)
//   node scripts/generate.mjs template            → schema/contacts-template.csv (from src/csv-columns.ts)
import data from './voorbeeldstad-people.json' with { type: 'json' };
import pools from './generator-pools.json' with { type: 'json' };

/** mulberry32: a small deterministic PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Public holidays are computed by the widget for any year: only local closures are listed.
const HOLIDAYS = ['2027-12-31']; // oudejaarsdag: the town hall closes early, a local choice

const WEEKDAYS = (days, from, to) => ({ byday: days, opens_at: from, closes_at: to });

// The fictional people, teams and helplines, and what the large directories draw from: data,
// next to this generator.
const { people: PEOPLE, teams: TEAMS, helplines: HELPLINES, avatarAlt: AVATAR_ALT } = data;
const {
  neighbourhoods: NEIGHBOURHOODS,
  streets: STREETS,
  languages: LANG_POOL,
  topics: TOPIC_POOL,
  firstNames: FIRST,
  lastNames: LAST,
} = pools;

function postcodeIn(area, r) {
  const [from] = NEIGHBOURHOODS[area.split('|')[0]];
  const base = Number(from.slice(0, 4));
  const L = 'ABCDEGHJKLMNPRSTVWXZ';
  return `${base + Math.floor(r() * 2)} ${L[Math.floor(r() * L.length)]}${L[Math.floor(r() * L.length)]}`;
}

/** The 30 fictional contacts of Voorbeeldstad. */
export function voorbeeldstad() {
  const r = rng(7);
  const contacts = [];
  PEOPLE.forEach(
    ({ name, kind, role, organization: org, languages, topics, area, ...extra }, i) => {
      const n = String(1000 + i * 37).padStart(4, '0');
      const c = {
        id: `vbs-${i + 1}`,
        name,
        kind,
        role,
        organization: { name: org },
        // An illustrated avatar (not a real person), relative to the JSON file.
        ...(extra.photo ? { photo: { url: `avatars/${extra.photo}.svg`, alt: AVATAR_ALT } } : {}),
        languages,
        topics,
        free: true,
        independent: extra.oco || kind !== 'team' ? true : undefined,
        confidential: true,
        phones: [{ number: `06-1234${n}` }],
        ...(extra.whatsapp ? { whatsapp: `06-1234${n}` } : {}),
        email: `${name
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/ı/g, 'i') // dotless ı has no decomposition ("ayse.y.lmaz", #26)
          .replace(/[^a-z]+/g, '.')}@voorbeeld.example`,
        service_areas: [area],
      };
      if (extra.access) {
        c.access = extra.access;
        c.location = {
          address_1: `${STREETS[i % STREETS.length]} ${1 + ((i * 7) % 60)}`,
          postal_code: postcodeIn(area, r),
          city: 'Voorbeeldstad',
        };
        c.schedules = [WEEKDAYS('TU,TH', '09:00', '12:00'), WEEKDAYS('WE', '13:00', '17:00')];
      } else c.access = 'appointment';
      if (extra.oco) c.url = 'https://oco.voorbeeld.example/';
      contacts.push(c);
    },
  );
  TEAMS.forEach(({ name, kind, role, organization: org, languages, topics, area }, i) => {
    contacts.push({
      id: `vbs-team-${i + 1}`,
      name,
      kind,
      role,
      organization: { name: org },
      languages,
      topics,
      free: true,
      confidential: true,
      phones: [{ number: `06-1234900${i}` }],
      email: `buurtteam${i + 1}@voorbeeld.example`,
      url: 'https://www.voorbeeld.example/buurtteams',
      access: 'both',
      location: {
        address_1: `${STREETS[(i + 3) % STREETS.length]} ${10 + i}`,
        postal_code: postcodeIn(area, r),
        city: 'Voorbeeldstad',
      },
      schedules: [WEEKDAYS('MO-FR', '09:00', '12:00'), WEEKDAYS('MO,WE', '13:00', '16:30')],
      service_areas: area.split('|'),
    });
  });
  HELPLINES.forEach(({ name, kind, role, organization: org, languages, topics, phone }, i) => {
    contacts.push({
      id: `vbs-line-${i + 1}`,
      name,
      kind,
      role,
      organization: { name: org },
      description: 'Fictief nummer voor de demonstratie: bel dit nummer niet.',
      languages,
      topics,
      free: true,
      independent: true,
      confidential: true,
      phones: [{ number: phone, languages }],
      schedules:
        i === 2 ? [WEEKDAYS('MO-SU', '20:00', '02:00')] : [WEEKDAYS('MO-FR', '10:00', '16:00')],
    });
  });
  return {
    holidays: HOLIDAYS,
    neighbourhoods: NEIGHBOURHOODS,
    helpline: {
      name: 'Algemene hulplijn Voorbeeldstad',
      kind: 'helpline',
      role: 'Voor alle vragen (fictief nummer)',
      languages: ['nl', 'en'],
      topics: [],
      free: true,
      phones: [{ number: '0900-1234560' }],
    },
    contacts,
  };
}

const KINDS = ['client-supporter', 'key-person', 'volunteer', 'team', 'helpline'];

/** `n` generated contacts across the Netherlands (deterministic for a seed). */
export function generateContacts(n, seed = 42) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const contacts = new Array(n);
  for (let i = 0; i < n; i++) {
    const langs = new Set([pick(LANG_POOL), pick(LANG_POOL)]);
    if (r() < 0.4) langs.add(pick(LANG_POOL));
    const topics = new Set([pick(TOPIC_POOL)]);
    if (r() < 0.6) topics.add(pick(TOPIC_POOL));
    const pc = 1000 + Math.floor(r() * 8900);
    const kind = pick(KINDS);
    const c = {
      id: `gen-${i}`,
      name: kind === 'team' ? `Buurtteam ${pc}` : `${pick(FIRST)} ${pick(LAST)}`,
      kind,
      role: kind === 'volunteer' ? 'Vrijwilliger' : 'Cliëntondersteuner',
      organization: { name: `Organisatie ${i % 500}` },
      languages: [...langs],
      topics: [...topics],
      free: true,
      phones: [{ number: `06-${String(10000000 + ((i * 7919) % 89999999)).slice(0, 8)}` }],
      service_areas: r() < 0.1 ? [] : [`${pc}-${pc + Math.floor(r() * 20)}`],
    };
    if (r() < 0.5)
      c.schedules = [
        {
          byday: pick(['MO-FR', 'TU,TH', 'WE', 'MO,WE,FR']),
          opens_at: pick(['09:00', '10:00', '13:00']),
          closes_at: pick(['12:00', '16:00', '17:00']),
        },
      ];
    if (r() < 0.3) c.whatsapp = c.phones[0].number;
    contacts[i] = c;
  }
  return { holidays: HOLIDAYS, contacts };
}

const DAY_NL = { MO: 'ma', TU: 'di', WE: 'wo', TH: 'do', FR: 'vr', SA: 'za', SU: 'zo' };

/** One spreadsheet cell per column key of the column table (src/csv-columns.ts). */
export const CELLS = {
  id: (c) => c.id,
  name: (c) => c.name,
  kind: (c) => c.kind,
  role: (c) => (typeof c.role === 'object' ? c.role?.nl : c.role),
  organization: (c) => c.organization?.name,
  organization_url: (c) => c.organization?.url,
  description: (c) => (typeof c.description === 'object' ? c.description?.nl : c.description),
  photo: (c) => c.photo?.url,
  photo_alt: (c) => (typeof c.photo?.alt === 'object' ? c.photo.alt.nl : c.photo?.alt),
  languages: (c) => c.languages.join(' '),
  topics: (c) => c.topics.join(' '),
  phone: (c) => c.phones?.[0]?.number,
  phone_languages: (c) => c.phones?.[0]?.languages?.join(' '),
  whatsapp: (c) => c.whatsapp,
  email: (c) => c.email,
  website: (c) => c.url,
  address: (c) => c.location?.address_1,
  postal_code: (c) => c.location?.postal_code,
  city: (c) => c.location?.city,
  latitude: (c) => c.location?.latitude,
  longitude: (c) => c.location?.longitude,
  areas: (c, directory) =>
    (c.service_areas ?? []).flatMap((a) => directory.neighbourhoods?.[a] ?? [a]).join(', '),
  access: (c) => c.access,
  hours: (c) =>
    (c.schedules ?? [])
      .map((s) => `${s.byday.replace(/[A-Z]{2}/g, (d) => DAY_NL[d])} ${s.opens_at}-${s.closes_at}`)
      .join(' | '),
  exceptions: (c) =>
    (c.exceptions ?? [])
      .map((e) => (e.closed ? `${e.date} gesloten` : `${e.date} ${e.opens_at}-${e.closes_at}`))
      .join(' | '),
  free: (c) => yn(c.free),
  independent: (c) => yn(c.independent),
  confidential: (c) => yn(c.confidential),
};
const yn = (b) => (b ? 'ja' : b === false ? 'nee' : '');
const cell = (v) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The same contacts as the spreadsheet editors keep (semicolons, as Dutch Excel exports), with
 * the columns of the column table (`columns`: its keys, in order).
 */
export function toCsv(directory, columns) {
  const rows = directory.contacts.map((c) =>
    columns.map((key) => cell(CELLS[key]?.(c, directory))).join(';'),
  );
  return `\uFEFF${columns.join(';')}\r\n${rows.join('\r\n')}\r\n`;
}

/**
 * The two example files as written to examples/: the JSON formatted as the repository's
 * Prettier does (`format`: Prettier's, given by the caller so this module stays browser-safe),
 * and the spreadsheet with the columns of the column table (`columns`).
 */
export async function exampleFiles(columns, format) {
  const data = voorbeeldstad();
  const json = `${JSON.stringify({ $schema: '../schema/contacts.schema.json', ...data }, null, 2)}\n`;
  return {
    'voorbeeldstad-contacts.json': await format(json),
    'voorbeeldstad-contacts.csv': toCsv(data, columns),
  };
}

/** The column table (src/csv-columns.ts, TypeScript), bundled with esbuild to read it in Node. */
export async function columnTable() {
  const { build } = await import('esbuild');
  const bundled = await build({
    entryPoints: [new URL('../src/csv-columns.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const source = bundled.outputFiles[0].text;
  return (await import(`data:text/javascript,${encodeURIComponent(source)}`)).CSV_COLUMNS;
}

/** Prettier as the repository configures it, for the example JSON. */
export async function prettierJson(text) {
  const { format, resolveConfig } = await import('prettier');
  const file = new URL('../examples/voorbeeldstad-contacts.json', import.meta.url).pathname;
  return format(text, { ...(await resolveConfig(file)), filepath: file });
}

/** The template editors start from: the column table's keys and one example row. */
export function templateCsv(table) {
  return `${table.map((c) => c.key).join(';')}\r\n${table.map((c) => cell(c.example)).join(';')}\r\n`;
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = process.getBuiltinModule('node:fs'); // no import: the module stays browser-safe
  const arg = process.argv[2] ?? 'examples';
  const table = await columnTable();
  const columns = table.map((c) => c.key);
  if (arg === 'template') {
    writeFileSync(new URL('../schema/contacts-template.csv', import.meta.url), templateCsv(table));
    console.log('wrote schema/contacts-template.csv');
  } else if (arg === 'examples') {
    const dir = new URL('../examples/', import.meta.url);
    const files = await exampleFiles(columns, prettierJson);
    for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, dir), text);
    console.log(`wrote ${voorbeeldstad().contacts.length} contacts to examples/`);
  } else {
    const json = JSON.stringify(generateContacts(Number(arg), Number(process.argv[4] ?? 42)));
    if (process.argv[3]) writeFileSync(process.argv[3], json);
    else process.stdout.write(json);
  }
}
