/**
 * Finds deadlines in the text of a Dutch letter: a period after the letter's date ("binnen zes
 * weken na de dagtekening", "binnen 14 dagen", "binnen een maand") or a fixed date ("uiterlijk
 * 15 januari 2027", "vóór 1-3-2027"). Pure functions; loaded after the first render.
 *
 * Counted on the safe side: a period "na ontvangst" is counted from the letter's date (which is
 * earlier), and "vóór 1 maart" means the last day is 28 or 29 February.
 */
import { addDays, toIsoDate, type DeadlineRule } from './deadline.js';
import { parseIsoDate } from './iso-date.js';

/** A deadline found in a letter: its rule, the words it came from and their sentence. */
export interface FoundDeadline {
  rule: DeadlineRule;
  /** The words of the letter, e.g. "binnen zes weken na de dagtekening van deze brief". */
  phrase: string;
  /** The whole sentence, as residents see it beside the date. */
  sentence: string;
  /** Where the phrase starts in the text. */
  index: number;
}

const NUMBERS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  achttien: 18,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  zestig: 60,
};

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const NUMBER = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
const UNIT = '(dagen|dag|weken|week|maanden|maand)';
// What a period counts from; all are counted from the letter's date.
const FROM =
  '(?:\\s+(?:na|vanaf|van)\\s+(?:de\\s+)?(?:datum\\s+van\\s+(?:deze\\s+brief|dagtekening|verzending)|dagtekening(?:\\s+van\\s+(?:deze|dit|de)\\s+\\p{L}+)?|verzend(?:ing|datum)(?:\\s+van\\s+(?:deze|dit|de)\\s+\\p{L}+)?|ontvangst(?:\\s+van\\s+(?:deze|dit|de)\\s+\\p{L}+)?|(?:datum|dag)\\s+(?:van|waarop)\\s+(?:deze|dit|de)\\s+\\p{L}+(?:\\s+(?:is\\s+)?(?:verzonden|verstuurd|bekendgemaakt))?))?';
const PERIOD = new RegExp(
  `\\b(?:binnen(?:\\s+een\\s+termijn\\s+van)?|uiterlijk|tot|termijn\\s+van|termijn\\s+is)\\s+${NUMBER}\\s+${UNIT}\\b${FROM}`,
  'giu',
);
const DAY_NAME = '(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?';
const CUE = '(uiterlijk(?:\\s+op)?|niet\\s+later\\s+dan|v[oó]{2}r|op\\s+of\\s+v[oó]{2}r)';
const WRITTEN_DATE = new RegExp(
  `\\b${CUE}\\s+${DAY_NAME}(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`,
  'giu',
);
const NUMERIC_DATE = new RegExp(
  `\\b${CUE}\\s+${DAY_NAME}(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b`,
  'giu',
);

/** Sentences where the municipality, not the resident, has the deadline ("wij beslissen binnen 8 weken"). */
const OUR_DEADLINE = /\b(wij|we)\b/i;
const RESIDENT = /\b(u|uw)\b/i;

function sentenceAround(text: string, at: number, end: number): string {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !/[.!?\n]/.test(text[stop]!)) stop++;
  if (/[.!?]/.test(text[stop] ?? '')) stop++;
  return text.slice(start, stop).replace(/\s+/g, ' ').trim();
}

function number(word: string): number | undefined {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : NUMBERS[lower];
}

function periodRule(count: number, unit: string): DeadlineRule {
  const u = unit.toLowerCase();
  if (u.startsWith('dag')) return { days: count, from: 'letter-date' };
  if (u.startsWith('we')) return { weeks: count, from: 'letter-date' };
  return { months: count, from: 'letter-date' };
}

function dateRule(cue: string, year: number, month: number, day: number): DeadlineRule | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = parseIsoDate(iso);
  if (!date) return undefined;
  // "vóór 1 maart": the last day is the day before.
  const before = /^v[oó]{2}r$/i.test(cue);
  return { date: before ? toIsoDate(addDays(date, -1)) : iso };
}

/** Every deadline in the text, in reading order. */
export function findDeadlines(text: string): FoundDeadline[] {
  const found: FoundDeadline[] = [];
  const add = (match: RegExpMatchArray, rule: DeadlineRule | undefined) => {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    const sentence = sentenceAround(text, index, end);
    if (!rule || (OUR_DEADLINE.test(sentence) && !RESIDENT.test(sentence))) return;
    if (found.some((f) => index < f.index + f.phrase.length && f.index < end)) return;
    found.push({ rule, phrase: match[0].replace(/\s+/g, ' ').trim(), sentence, index });
  };
  for (const match of text.matchAll(PERIOD)) {
    const count = number(match[1]!);
    add(match, count ? periodRule(count, match[2]!) : undefined);
  }
  for (const match of text.matchAll(WRITTEN_DATE)) {
    const month = MONTHS.indexOf(match[3]!.toLowerCase()) + 1;
    add(match, dateRule(match[1]!, Number(match[4]), month, Number(match[2])));
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    add(match, dateRule(match[1]!, Number(match[4]), Number(match[3]), Number(match[2])));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether two rules give the same deadline. */
export function sameRule(a: DeadlineRule, b: DeadlineRule): boolean {
  return (
    (a.date ?? '') === (b.date ?? '') &&
    (a.days ?? 0) === (b.days ?? 0) &&
    (a.weeks ?? 0) === (b.weeks ?? 0) &&
    (a.months ?? 0) === (b.months ?? 0)
  );
}

/** The rule in the editor's words (Dutch), e.g. "6 weken na de datum van de brief". */
export function describeRule(rule: DeadlineRule): string {
  if (rule.date) return `uiterlijk ${rule.date}`;
  const parts = [
    rule.months ? `${rule.months} ${rule.months === 1 ? 'maand' : 'maanden'}` : '',
    rule.weeks ? `${rule.weeks} ${rule.weeks === 1 ? 'week' : 'weken'}` : '',
    rule.days ? `${rule.days} ${rule.days === 1 ? 'dag' : 'dagen'}` : '',
  ].filter(Boolean);
  return `${parts.join(' en ')} na de datum van de brief`;
}
