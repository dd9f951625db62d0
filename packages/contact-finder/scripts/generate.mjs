#!/usr/bin/env node
// Fictional contacts for Voorbeeldstad (a fictional municipality) and a deterministic generator
// for large directories (benchmarks, the 10,000-contact story). All phone numbers are fictional
// (06-1234xxxx pattern, 0900-numbers marked fictional). Browser-safe: the CLI part only runs in Node.
//   node scripts/generate.mjs examples            → examples/voorbeeldstad-contacts.{json,csv}
//   node scripts/generate.mjs 10000 [out.json]    → a generated directory (seed 42)

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

const NEIGHBOURHOODS = {
  Centrum: ['9901-9903'],
  Noord: ['9904-9906'],
  Oost: ['9907-9908'],
  Zuid: ['9909-9911'],
  West: ['9912-9914'],
};
const HOLIDAYS = [
  '2026-01-01',
  '2026-04-06',
  '2026-04-27',
  '2026-05-05',
  '2026-05-14',
  '2026-05-25',
  '2026-12-25',
  '2026-12-26',
];

const WEEKDAYS = (days, from, to) => ({ byday: days, opens_at: from, closes_at: to });
const STREETS = [
  'Marktplein',
  'Kerkstraat',
  'Lindelaan',
  'Havenweg',
  'Molenstraat',
  'Schoolstraat',
  'Parklaan',
  'Dorpsstraat',
];

// name, kind, role, organisation, languages, topics, area, extra
const PEOPLE = [
  [
    'Fatima El Amrani',
    'key-person',
    'Sleutelpersoon Marokkaanse gemeenschap',
    'Stichting Samen Voorbeeldstad',
    ['ar', 'ber', 'nl'],
    ['letters', 'money', 'youth'],
    'Noord',
    { whatsapp: true, access: 'both' },
  ],
  [
    'Mohamed Bouzid',
    'client-supporter',
    'Cliëntondersteuner',
    'Onafhankelijke Cliëntondersteuning Voorbeeldstad',
    ['ar', 'ber', 'nl', 'fr'],
    ['care', 'health', 'letters'],
    'Centrum',
    { oco: true },
  ],
  [
    'Ayşe Yılmaz',
    'client-supporter',
    'Cliëntondersteuner',
    'Onafhankelijke Cliëntondersteuning Voorbeeldstad',
    ['tr', 'nl'],
    ['care', 'money', 'loneliness'],
    'Oost',
    { oco: true, whatsapp: true },
  ],
  [
    'Mehmet Kaya',
    'volunteer',
    'Vrijwilliger formulierenhulp',
    'Turks Cultureel Centrum Voorbeeldstad',
    ['tr', 'nl'],
    ['letters', 'work'],
    'Zuid',
    { access: 'walk-in' },
  ],
  [
    'Elif Demir',
    'key-person',
    'Sleutelpersoon ouderen',
    'Stichting Samen Voorbeeldstad',
    ['tr', 'ku', 'nl'],
    ['loneliness', 'health', 'care'],
    'West',
    { whatsapp: true },
  ],
  [
    'Yohannes Tesfay',
    'key-person',
    'Sleutelpersoon Eritrese gemeenschap',
    'VluchtelingenWerk Voorbeeldstad',
    ['ti', 'am', 'en', 'nl'],
    ['letters', 'housing', 'work'],
    'Noord',
    { whatsapp: true },
  ],
  [
    'Selam Gebremariam',
    'volunteer',
    'Taalmaatje',
    'VluchtelingenWerk Voorbeeldstad',
    ['ti', 'ar', 'nl'],
    ['letters', 'youth'],
    'Oost',
    {},
  ],
  [
    'Agnieszka Nowak',
    'client-supporter',
    'Cliëntondersteuner',
    'Onafhankelijke Cliëntondersteuning Voorbeeldstad',
    ['pl', 'nl', 'en'],
    ['work', 'money', 'housing'],
    'Zuid',
    { oco: true, whatsapp: true },
  ],
  [
    'Tomasz Wiśniewski',
    'volunteer',
    'Vrijwilliger arbeidsmigranten',
    'Poolse Vereniging Voorbeeldstad',
    ['pl', 'en'],
    ['work', 'housing', 'letters'],
    'West',
    { access: 'walk-in' },
  ],
  [
    'Shirley Martina',
    'key-person',
    'Sleutelpersoon Caribische gemeenschap',
    'Stichting Kas di Kultura',
    ['pap', 'nl', 'es', 'en'],
    ['youth', 'money', 'loneliness'],
    'Centrum',
    { whatsapp: true },
  ],
  [
    'Roderick Isenia',
    'volunteer',
    'Schuldhulpmaatje',
    'SchuldHulpMaatje Voorbeeldstad',
    ['pap', 'nl'],
    ['money'],
    'Noord',
    {},
  ],
  [
    'Hodan Abdi',
    'key-person',
    'Sleutelpersoon Somalische gemeenschap',
    'Somalische Vrouwenvereniging',
    ['so', 'ar', 'en', 'nl'],
    ['youth', 'health', 'letters'],
    'Oost',
    { whatsapp: true },
  ],
  [
    'Abdirahman Warsame',
    'volunteer',
    'Vrijwilliger',
    'Somalische Vrouwenvereniging',
    ['so', 'nl'],
    ['work', 'letters'],
    'Zuid',
    {},
  ],
  [
    'Maryam Hosseini',
    'client-supporter',
    'Cliëntondersteuner',
    'Onafhankelijke Cliëntondersteuning Voorbeeldstad',
    ['fa', 'prs', 'nl', 'en'],
    ['care', 'health', 'youth'],
    'West',
    { oco: true },
  ],
  [
    'Reza Ahmadi',
    'volunteer',
    'Taalmaatje',
    'VluchtelingenWerk Voorbeeldstad',
    ['fa', 'prs', 'en'],
    ['letters', 'housing'],
    'Centrum',
    { whatsapp: true },
  ],
  [
    'Olena Kovalenko',
    'key-person',
    'Sleutelpersoon Oekraïense gemeenschap',
    'Oekraïens Huis Voorbeeldstad',
    ['uk', 'ru', 'en', 'nl'],
    ['housing', 'work', 'letters'],
    'Noord',
    { whatsapp: true, access: 'walk-in' },
  ],
  [
    'Dmytro Shevchenko',
    'volunteer',
    'Vrijwilliger',
    'Oekraïens Huis Voorbeeldstad',
    ['uk', 'pl', 'en'],
    ['work', 'health'],
    'Oost',
    {},
  ],
  [
    'Samira Haddad',
    'client-supporter',
    'Cliëntondersteuner jeugd',
    'Onafhankelijke Cliëntondersteuning Voorbeeldstad',
    ['ar', 'nl', 'en'],
    ['youth', 'care'],
    'Zuid',
    { oco: true, whatsapp: true },
  ],
  [
    'Khalid Al-Sayed',
    'key-person',
    'Sleutelpersoon Syrische gemeenschap',
    'Stichting Nieuw Thuis',
    ['ar', 'ku', 'en'],
    ['letters', 'work', 'housing'],
    'West',
    { whatsapp: true },
  ],
  [
    'Naima Azzouzi',
    'volunteer',
    'Vrijwilliger ouderen',
    'Stichting Samen Voorbeeldstad',
    ['ber', 'ar', 'nl'],
    ['loneliness', 'care'],
    'Centrum',
    {},
  ],
  [
    'Anouk de Vries',
    'client-supporter',
    'Cliëntondersteuner',
    'Onafhankelijke Cliëntondersteuning Voorbeeldstad',
    ['nl', 'en'],
    ['care', 'money', 'letters', 'health'],
    'Noord',
    { oco: true },
  ],
  [
    'Peter Jansen',
    'volunteer',
    'Formulierenbrigade',
    'Bibliotheek Voorbeeldstad',
    ['nl', 'en'],
    ['letters', 'money'],
    'Oost',
    { access: 'walk-in' },
  ],
  [
    'Grace Mensah',
    'volunteer',
    'Taalmaatje',
    'Bibliotheek Voorbeeldstad',
    ['en', 'nl', 'fr'],
    ['letters', 'work'],
    'Zuid',
    {},
  ],
  [
    'Ibrahim Diallo',
    'key-person',
    'Sleutelpersoon West-Afrikaanse gemeenschap',
    'Stichting Nieuw Thuis',
    ['fr', 'en', 'nl'],
    ['housing', 'youth'],
    'West',
    { whatsapp: true },
  ],
];
const TEAMS = [
  [
    'Buurtteam Noord',
    'team',
    'Buurtteam',
    'Gemeente Voorbeeldstad',
    ['nl', 'ar', 'tr', 'en'],
    ['care', 'youth', 'money', 'housing', 'health'],
    'Noord',
  ],
  [
    'Buurtteam Zuid',
    'team',
    'Buurtteam',
    'Gemeente Voorbeeldstad',
    ['nl', 'pl', 'pap', 'en'],
    ['care', 'youth', 'money', 'housing', 'health'],
    'Zuid',
  ],
  [
    'Buurtteam Oost-West',
    'team',
    'Buurtteam',
    'Gemeente Voorbeeldstad',
    ['nl', 'so', 'ti', 'fa'],
    ['care', 'youth', 'work', 'loneliness'],
    'Oost|West',
  ],
];
const HELPLINES = [
  [
    'Ouderenlijn in eigen taal',
    'helpline',
    'Telefoonlijn voor oudere migranten (fictief)',
    'Stichting Eigen Taal',
    ['tr', 'ar', 'ber', 'nl'],
    ['loneliness', 'care', 'health'],
    '0900-1234561',
  ],
  [
    'Geldzorgen Hulplijn',
    'helpline',
    'Hulplijn bij geldzorgen (fictief)',
    'Stichting Geldhulp',
    ['nl', 'en', 'pl', 'uk'],
    ['money', 'letters'],
    '0900-1234562',
  ],
  [
    'Nachtlijn Luisterend Oor',
    'helpline',
    'Luisterlijn, ook ’s nachts (fictief)',
    'Stichting Luisterlijn Voorbeeldstad',
    ['nl', 'en', 'ar', 'tr', 'fa'],
    ['loneliness', 'health'],
    '0900-1234563',
  ],
];

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
  PEOPLE.forEach(([name, kind, role, org, languages, topics, area, extra], i) => {
    const n = String(1000 + i * 37).padStart(4, '0');
    const c = {
      id: `vbs-${i + 1}`,
      name,
      kind,
      role,
      organization: { name: org },
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
  });
  TEAMS.forEach(([name, kind, role, org, languages, topics, area], i) => {
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
  HELPLINES.forEach(([name, kind, role, org, languages, topics, phone], i) => {
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

const LANG_POOL = [
  'nl',
  'nl',
  'nl',
  'en',
  'ar',
  'tr',
  'ber',
  'ti',
  'pl',
  'pap',
  'so',
  'fa',
  'uk',
  'fr',
  'ku',
  'ro',
  'bg',
  'es',
];
const TOPIC_POOL = ['money', 'care', 'youth', 'housing', 'work', 'health', 'letters', 'loneliness'];
const FIRST = [
  'Fatima',
  'Mohamed',
  'Ayşe',
  'Mehmet',
  'Yohannes',
  'Agnieszka',
  'Shirley',
  'Hodan',
  'Maryam',
  'Olena',
  'Anouk',
  'Peter',
  'Grace',
  'Ibrahim',
  'Naima',
  'Khalid',
  'Zeynep',
  'Piotr',
  'Samira',
  'Dmytro',
];
const LAST = [
  'El Amrani',
  'Bouzid',
  'Yılmaz',
  'Kaya',
  'Tesfay',
  'Nowak',
  'Martina',
  'Abdi',
  'Hosseini',
  'Kovalenko',
  'de Vries',
  'Jansen',
  'Mensah',
  'Diallo',
  'Azzouzi',
  'Öztürk',
  'Wójcik',
  'Haddad',
  'Bakker',
  'Visser',
];
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

const COLUMNS = [
  'id',
  'name',
  'kind',
  'role',
  'organization',
  'languages',
  'topics',
  'phone',
  'phone_languages',
  'whatsapp',
  'email',
  'website',
  'address',
  'postal_code',
  'city',
  'areas',
  'access',
  'hours',
  'exceptions',
  'free',
  'independent',
  'confidential',
  'description',
];
const DAY_NL = { MO: 'ma', TU: 'di', WE: 'wo', TH: 'do', FR: 'vr', SA: 'za', SU: 'zo' };

/** The same contacts as the spreadsheet editors keep (semicolons, as Dutch Excel exports). */
export function toCsv(directory) {
  const cell = (v) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const yn = (b) => (b ? 'ja' : b === false ? 'nee' : '');
  const rows = directory.contacts.map((c) =>
    [
      c.id,
      c.name,
      c.kind,
      c.role,
      c.organization?.name,
      c.languages.join(' '),
      c.topics.join(' '),
      c.phones?.[0]?.number,
      c.phones?.[0]?.languages?.join(' '),
      c.whatsapp,
      c.email,
      c.url,
      c.location?.address_1,
      c.location?.postal_code,
      c.location?.city,
      (c.service_areas ?? []).flatMap((a) => directory.neighbourhoods?.[a] ?? [a]).join(', '),
      c.access,
      (c.schedules ?? [])
        .map(
          (s) => `${s.byday.replace(/[A-Z]{2}/g, (d) => DAY_NL[d])} ${s.opens_at}-${s.closes_at}`,
        )
        .join(' | '),
      '',
      yn(c.free),
      yn(c.independent),
      yn(c.confidential),
      c.description,
    ]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${COLUMNS.join(';')}\r\n${rows.join('\r\n')}\r\n`;
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = process.getBuiltinModule('node:fs'); // no import: the module stays browser-safe
  const arg = process.argv[2] ?? 'examples';
  if (arg === 'examples') {
    const dir = new URL('../examples/', import.meta.url);
    const data = voorbeeldstad();
    writeFileSync(
      new URL('voorbeeldstad-contacts.json', dir),
      `${JSON.stringify({ $schema: '../schema/contacts.schema.json', ...data }, null, 2)}\n`,
    );
    writeFileSync(new URL('voorbeeldstad-contacts.csv', dir), toCsv(data));
    console.log(`wrote ${data.contacts.length} contacts to examples/`);
  } else {
    const json = JSON.stringify(generateContacts(Number(arg), Number(process.argv[4] ?? 42)));
    if (process.argv[3]) writeFileSync(process.argv[3], json);
    else process.stdout.write(json);
  }
}
