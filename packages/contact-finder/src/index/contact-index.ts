/**
 * The search index, built once when contacts load, so every keystroke stays instant with
 * 10,000+ contacts: one bitset per language and per topic, postcode areas as numeric ranges,
 * all searchable text folded (accents, case) into one string scanned with `indexOf`.
 * Pure: no DOM, no Lit, measurable on its own (bench/scale.mjs).
 */
import { primaryLanguage } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { dutchPublicHolidays } from '@wegwijs/core/calendar/holidays';
import { fold } from '../text.js';
import { parseArea, type Range } from '../postcode.js';
import { isOpen, weeklyHours, type Clock, type WeeklyHours } from '../hours.js';
import type { Contact, Directory } from '../types.js';
import { runAtOnce, runInSlices } from '../slices.js';

type Bits = Uint32Array;

export interface IndexQuery {
  language?: string;
  /** A topic id, or several separated by spaces (contacts with any of them). */
  topic?: string;
  postcode?: Range;
  query?: string;
  /** Only contacts open at this moment (Dutch time). */
  openAt?: Clock;
}

export interface IndexResult {
  /** Positions of the matching contacts, in directory order. */
  ids: Int32Array;
  /** Per language: how many would match with that language chosen (other filters kept). */
  languageCounts: Map<string, number>;
  /** Per topic: how many would match with that topic chosen (other filters kept). */
  topicCounts: Map<string, number>;
}

export interface ContactIndex {
  readonly contacts: readonly Contact[];
  readonly hours: readonly (WeeklyHours | undefined)[];
  /** Language codes (primary subtags), most spoken first. */
  readonly languages: readonly string[];
  /** Service areas that are neither a postcode nor a known neighbourhood: [contact, area]. */
  readonly unknownAreas: readonly [number, string][];
  /**
   * False when the directory names postcode areas (its neighbourhoods and the contacts'
   * service areas) and this postcode is in none of them: it is outside the municipality.
   */
  inArea(postcode: Range): boolean;
  filter(query: IndexQuery): IndexResult;
  /**
   * Reads what the first text search needs and the first render does not: the names of the
   * languages ("arabisch", "Arabic"). Call it when a search is likely (the search field got
   * focus); a search without it reads them itself.
   */
  prepareSearch(): void;
}

/** Documents per searched string (see `pieces`). */
const PIECE = 4096;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return Object.values(value).join(' ');
  return '';
}

let displayNames: Intl.DisplayNames[] | undefined;
function languageWords(code: string): string {
  displayNames ??= ['nl', 'en'].map((l) => new Intl.DisplayNames([l], { type: 'language' }));
  const names = [endonym(code)];
  for (const names_ of displayNames) {
    try {
      names.push(names_.of(code) ?? '');
    } catch {
      /* not a language code */
    }
  }
  return names.join(' ');
}

export function buildIndex(
  directory: Directory,
  extraHolidays: readonly string[] = [],
): ContactIndex {
  return runAtOnce(indexSteps(directory, extraHolidays));
}

/**
 * buildIndex in slices of at most `sliceMs` of work each, yielding to the browser between
 * them: a list of 100,000 contacts takes a quarter of a second to index on a fast machine, a
 * long task that would freeze a phone's page (taps, scrolling) for a second or more.
 */
export function buildIndexInSlices(
  directory: Directory,
  extraHolidays: readonly string[] = [],
  sliceMs?: number,
): Promise<ContactIndex> {
  return runInSlices(indexSteps(directory, extraHolidays), sliceMs);
}

/**
 * The index, built step by step: it may pause every 8 contacts and between the steps after
 * them (see buildIndexInSlices), so no step takes long even with 100,000 contacts.
 */
function* indexSteps(
  directory: Directory,
  extraHolidays: readonly string[],
): Generator<void, ContactIndex> {
  const contacts = directory.contacts;
  const n = contacts.length;
  const words = Math.ceil(n / 32);
  const bits = (): Bits => new Uint32Array(words);
  const all = bits();
  for (let i = 0; i < n; i++) all[i >>> 5]! |= 1 << (i & 31);

  const languageBits = new Map<string, Bits>();
  const topicBits = new Map<string, Bits>();
  const everywhere = bits();
  const lo: number[] = [];
  const hi: number[] = [];
  const owner: number[] = [];
  const unknownAreas: [number, string][] = [];
  const hours: (WeeklyHours | undefined)[] = new Array(n);
  // Public holidays are computed (last year to next year: a page may stay open over New Year);
  // the content and the `holidays` attribute add only local closures.
  const year = new Date().getFullYear();
  const holidays = new Set([
    ...[year - 1, year, year + 1].flatMap((y) => dutchPublicHolidays(y).map((h) => h.date)),
    ...(directory.holidays ?? []),
    ...extraHolidays,
  ]);
  yield; // the public holidays of three years are computed: a slice of their own on a phone
  const hoursCache = new Map<string, WeeklyHours>();
  // Folding (NFD, accents, case) is the costly part of indexing: fold each distinct part once.
  const folded = new Map<string, string>();
  const f = (part: string) => {
    let out = folded.get(part);
    if (out === undefined) {
      out = fold(part);
      if (folded.size < 50_000) folded.set(part, out);
    }
    return out;
  };
  const neighbourhoods = new Map<string, Range[]>();
  for (const [name, areas] of Object.entries(directory.neighbourhoods ?? {})) {
    neighbourhoods.set(
      fold(name),
      areas.map(parseArea).filter((r): r is Range => !!r),
    );
  }
  const primaries = new Map<string, string>();
  const docs: string[] = new Array(n);
  const starts = new Int32Array(n + 1);
  let offset = 0;

  const set = (map: Map<string, Bits>, key: string, i: number) => {
    let b = map.get(key);
    if (!b) map.set(key, (b = bits()));
    b[i >>> 5]! |= 1 << (i & 31);
  };

  for (let i = 0; i < n; i++) {
    if ((i & 7) === 7) yield;
    const c = contacts[i]!;
    const langs: string[] = [];
    const addLang = (code: string) => {
      let primary = primaries.get(code);
      if (primary === undefined) primaries.set(code, (primary = primaryLanguage(code)));
      if (!langs.includes(primary)) langs.push(primary);
    };
    for (const code of c.languages) addLang(code);
    for (const p of c.phones ?? []) for (const code of p.languages ?? []) addLang(code);
    const parts = [
      fold(c.name),
      f(text(c.role)),
      f(c.organization?.name ?? ''),
      f(text(c.description)),
    ];
    for (const code of langs) set(languageBits, code, i);
    for (const topic of c.topics) set(topicBits, topic, i);
    const areas = c.service_areas ?? [];
    if (areas.length === 0) everywhere[i >>> 5]! |= 1 << (i & 31);
    for (const area of areas) {
      const range = parseArea(area);
      const ranges = range ? [range] : neighbourhoods.get(fold(area));
      if (!range) parts.push(f(area));
      if (!ranges) unknownAreas.push([i, area]);
      for (const [a, b] of ranges ?? []) {
        lo.push(a);
        hi.push(b);
        owner.push(i);
      }
    }
    if (c.location)
      parts.push(f(c.location.address_1), f(c.location.city ?? ''), f(text(c.location.name)));
    hours[i] = weeklyHours(c.schedules, c.exceptions, holidays, hoursCache);
    const doc = parts.join(' ') + '\n';
    docs[i] = doc;
    starts[i] = offset;
    offset += doc.length;
  }
  starts[n] = offset;
  // Strings to scan with indexOf, a few thousand documents each. Not joined into one: at
  // 100,000 contacts that one string (10–20 MB) took a long task to copy (issue 23).
  const pieces: string[] = [];
  for (let i = 0; i < n; i += PIECE) {
    pieces.push(docs.slice(i, i + PIECE).join(''));
    yield;
  }
  const rangeLo = Int32Array.from(lo);
  const rangeHi = Int32Array.from(hi);
  const rangeOwner = Int32Array.from(owner);
  yield;

  // Codes are lower-case ASCII: compared as plain strings (localeCompare would first load a
  // collator from ICU, tens of milliseconds on a phone, issue 23).
  const languages = [...languageBits.keys()].sort(
    (a, b) =>
      count(languageBits.get(b)!) - count(languageBits.get(a)!) || (a < b ? -1 : a > b ? 1 : 0),
  );

  function count(b: Bits): number {
    let total = 0;
    for (let w = 0; w < words; w++) total += popcount(b[w]!);
    return total;
  }

  // The names of the languages are searched apart from the documents, per language: finding
  // them means loading the browser's tables of language names (Intl.DisplayNames: 40–300 ms
  // in one piece on a phone four times slower than this machine, the largest part of the first
  // render's long task, issue 23), and a resident who never types a word never needs them.
  let languageNames: [code: string, names: string][] | undefined;
  function prepareSearch(): [string, string][] {
    return (languageNames ??= [...languageBits.keys()].map((code) => [
      code,
      fold(languageWords(code)),
    ]));
  }

  const tokenCache = new Map<string, Bits>();
  function tokenBits(token: string): Bits {
    let b = tokenCache.get(token);
    if (b) return b;
    b = bits();
    // "arabisch": everyone who speaks it (as if its names were in each of their documents)
    for (const [code, names] of prepareSearch()) {
      if (!names.includes(token)) continue;
      const speakers = languageBits.get(code)!;
      for (let w = 0; w < words; w++) b[w]! |= speakers[w]!;
    }
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      const first = k * PIECE;
      const last = Math.min(n, first + PIECE) - 1;
      const offset = starts[first]!;
      let at = piece.indexOf(token);
      while (at >= 0) {
        // the contact whose document holds position `at` (binary search over starts)
        let low = first;
        let high = last;
        while (low < high) {
          const mid = (low + high + 1) >>> 1;
          if (starts[mid]! - offset <= at) low = mid;
          else high = mid - 1;
        }
        b[low >>> 5]! |= 1 << (low & 31);
        at = piece.indexOf(token, starts[low + 1]! - offset);
      }
    }
    if (tokenCache.size > 200) tokenCache.clear();
    tokenCache.set(token, b);
    return b;
  }

  const postcodeCache = new Map<string, Bits>();
  function postcodeBits([a, b]: Range): Bits {
    const key = `${a}-${b}`;
    let out = postcodeCache.get(key);
    if (out) return out;
    out = everywhere.slice();
    for (let r = 0; r < rangeLo.length; r++) {
      if (rangeLo[r]! <= b && rangeHi[r]! >= a) {
        const i = rangeOwner[r]!;
        out[i >>> 5]! |= 1 << (i & 31);
      }
    }
    postcodeCache.set(key, out);
    return out;
  }

  let openKey = '';
  let openCache: Bits = all;
  function openBits(clock: Clock): Bits {
    const key = `${clock.date} ${clock.time}`;
    if (key === openKey) return openCache;
    const out = bits();
    for (let i = 0; i < n; i++) if (isOpen(hours[i], clock)) out[i >>> 5]! |= 1 << (i & 31);
    openKey = key;
    openCache = out;
    return out;
  }

  const empty = bits();
  const anyTopic = bits();
  /** One topic's bits, or the union of several (a question helper hands over a few). */
  function topicsBits(topics: string): Bits {
    const list = topics.split(/\s+/).filter(Boolean);
    if (list.length === 1) return topicBits.get(list[0]!) ?? empty;
    anyTopic.fill(0);
    for (const key of list) {
      const b = topicBits.get(key);
      if (b) for (let w = 0; w < words; w++) anyTopic[w]! |= b[w]!;
    }
    return anyTopic;
  }
  const rest = bits();
  const result = bits();

  function filter(query: IndexQuery): IndexResult {
    const lang = query.language
      ? (languageBits.get(primaryLanguage(query.language)) ?? empty)
      : all;
    const topic = query.topic ? topicsBits(query.topic) : all;
    const place = query.postcode ? postcodeBits(query.postcode) : all;
    const open = query.openAt ? openBits(query.openAt) : all;
    rest.set(all);
    for (const token of fold(query.query ?? '').split(' ')) {
      if (!token) continue;
      const t = tokenBits(token);
      for (let w = 0; w < words; w++) rest[w]! &= t[w]!;
    }
    // rest = text ∧ place ∧ open: the filters that are kept when counting per language/topic
    for (let w = 0; w < words; w++) rest[w]! &= place[w]! & open[w]!;

    const languageCounts = new Map<string, number>();
    for (const [code, b] of languageBits) {
      let total = 0;
      for (let w = 0; w < words; w++) total += popcount(b[w]! & rest[w]! & topic[w]!);
      languageCounts.set(code, total);
    }
    const topicCounts = new Map<string, number>();
    for (const [key, b] of topicBits) {
      let total = 0;
      for (let w = 0; w < words; w++) total += popcount(b[w]! & rest[w]! & lang[w]!);
      topicCounts.set(key, total);
    }
    let total = 0;
    for (let w = 0; w < words; w++) {
      const x = rest[w]! & lang[w]! & topic[w]!;
      result[w] = x;
      total += popcount(x);
    }
    const ids = new Int32Array(total);
    let k = 0;
    for (let w = 0; w < words; w++) {
      let x = result[w]!;
      while (x !== 0) {
        const bit = x & -x;
        ids[k++] = (w << 5) + (31 - Math.clz32(bit));
        x ^= bit;
      }
    }
    return { ids, languageCounts, topicCounts };
  }

  // The municipality's area: every postcode range it names (#26 "postcode outside the area"),
  // read from the index's own arrays (a copy as 100,000 pairs was a long task, issue 23).
  const named: Range[] = [...neighbourhoods.values()].flat();
  const inArea = ([a, b]: Range) => {
    if (named.length === 0 && rangeLo.length === 0) return true;
    if (named.some(([x, y]) => a <= y && b >= x)) return true;
    for (let k = 0; k < rangeLo.length; k++) if (a <= rangeHi[k]! && b >= rangeLo[k]!) return true;
    return false;
  };

  return {
    contacts,
    hours,
    languages,
    unknownAreas,
    inArea,
    filter,
    prepareSearch: () => void prepareSearch(),
  };
}
