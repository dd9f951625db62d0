/**
 * One flat record (a spreadsheet row, or the data attributes of an editor's list item) →
 * a raw contact in the JSON schema. Editors may write Dutch words for kinds, topics, days
 * and yes/no; the result is validated like JSON content.
 */
import { fold } from './text.js';

export type Flat = Record<string, string | undefined>;

const KIND_WORDS: Record<string, string> = {
  clientondersteuner: 'client-supporter',
  clientondersteuning: 'client-supporter',
  oco: 'client-supporter',
  sleutelpersoon: 'key-person',
  vrijwilliger: 'volunteer',
  buurtteam: 'team',
  wijkteam: 'team',
  hulplijn: 'helpline',
  telefoonlijn: 'helpline',
};
const TOPIC_WORDS: Record<string, string> = {
  geld: 'money',
  schulden: 'money',
  zorg: 'care',
  jeugd: 'youth',
  gezin: 'youth',
  wonen: 'housing',
  werk: 'work',
  inkomen: 'work',
  gezondheid: 'health',
  brieven: 'letters',
  formulieren: 'letters',
  eenzaamheid: 'loneliness',
};
const DAY_WORDS: Record<string, string> = {
  ma: 'MO',
  di: 'TU',
  wo: 'WE',
  do: 'TH',
  vr: 'FR',
  za: 'SA',
  zo: 'SU',
};

export const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,|]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const items = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[|;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function yes(value: string | undefined): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return /^(ja|j|yes|y|true|waar|x|1|✓)$/i.test(value.trim());
}

function word(map: Record<string, string>, value: string): string {
  const key = fold(value).replace(/\s+/g, '-');
  return map[key] ?? key;
}

function days(value: string): string {
  return value
    .replace(/\b(ma|di|wo|do|vr|za|zo)\b/gi, (d) => DAY_WORDS[d.toLowerCase()] ?? d)
    .toUpperCase();
}

/** "ma-vr 09:00-12:00 | do 13:00-20:00" → HSDS schedules. Unreadable parts are kept as-is for the validator. */
export function parseHours(value: string | undefined): unknown[] | undefined {
  const out = items(value).map((part) => {
    const m = /^(.*?)\s+(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/.exec(part);
    return m
      ? { byday: days(m[1]!.trim()), opens_at: m[2], closes_at: m[3] }
      : { byday: part, opens_at: '', closes_at: '' };
  });
  return out.length ? out : undefined;
}

/** "2026-12-25 gesloten | 2026-12-24 09:00-12:00" → exceptions. */
export function parseExceptions(value: string | undefined): unknown[] | undefined {
  const out = items(value).map((part) => {
    const [date = '', rest = ''] = part.split(/\s+(.*)/);
    const m = /(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})/.exec(rest);
    return m ? { date, opens_at: m[1], closes_at: m[2] } : { date, closed: true };
  });
  return out.length ? out : undefined;
}

/** `role`, `role:ar`, `role:tr` → "text" or {nl, ar, tr}. */
function localized(flat: Flat, key: string): unknown {
  const map: Record<string, string> = {};
  for (const [column, value] of Object.entries(flat)) {
    if (!value?.trim()) continue;
    if (column === key) map['nl'] = value.trim();
    else if (column.startsWith(`${key}:`)) map[column.slice(key.length + 1)] = value.trim();
  }
  const keys = Object.keys(map);
  if (keys.length === 0) return undefined;
  return keys.length === 1 && keys[0] === 'nl' ? map['nl'] : map;
}

const num = (value: string | undefined) =>
  value?.trim() ? Number(value.replace(',', '.')) : undefined;

export function fromFlat(flat: Flat): Record<string, unknown> {
  const v = (key: string) => flat[key]?.trim() || undefined;
  const out: Record<string, unknown> = {
    id: v('id'),
    name: v('name') ?? '',
    kind: word(KIND_WORDS, v('kind') ?? ''),
    role: localized(flat, 'role'),
    organization: v('organization')
      ? { name: v('organization'), url: v('organization_url') }
      : undefined,
    description: localized(flat, 'description'),
    photo: v('photo') ? { url: v('photo'), alt: localized(flat, 'photo_alt') } : undefined,
    languages: list(v('languages')),
    topics: list(v('topics')).map((t) => word(TOPIC_WORDS, t)),
    free: yes(v('free')),
    independent: yes(v('independent')),
    confidential: yes(v('confidential')),
    phones: v('phone')
      ? [
          {
            number: v('phone'),
            languages: v('phone_languages') ? list(v('phone_languages')) : undefined,
          },
        ]
      : undefined,
    whatsapp: v('whatsapp'),
    email: v('email'),
    url: v('website'),
    location: v('address')
      ? {
          address_1: v('address'),
          postal_code: v('postal_code'),
          city: v('city'),
          latitude: num(v('latitude')),
          longitude: num(v('longitude')),
        }
      : undefined,
    access: v('access')
      ? word({ inloop: 'walk-in', afspraak: 'appointment', beide: 'both' }, v('access')!)
      : undefined,
    schedules: parseHours(v('hours')),
    exceptions: parseExceptions(v('exceptions')),
    service_areas: v('areas') ? items(v('areas')!.replace(/,/g, '|')) : undefined,
  };
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}
