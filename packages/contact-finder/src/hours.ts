/**
 * Opening hours in Dutch time (Europe/Amsterdam) from HSDS-style weekly schedules, with date
 * exceptions (public holidays). Times may cross midnight (22:00–02:00).
 */
import { dateTimeFormat } from './formatters.js';
import type { Schedule, ScheduleException } from './types.js';

export const TIME_ZONE = 'Europe/Amsterdam';
export const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** [opens, closes] in minutes after midnight; closes > 1440 when it crosses midnight. */
export type Interval = readonly [number, number];

export interface WeeklyHours {
  /** Per weekday (0 = Sunday). */
  week: Interval[][];
  /** Per date (YYYY-MM-DD): its own intervals ([] = closed). */
  dates: Map<string, Interval[]>;
  /** Dates closed for everyone (public holidays), shared between contacts. */
  holidays: ReadonlySet<string>;
}

const NO_DATES = new Map<string, Interval[]>();

export function minutes(time: string): number | undefined {
  const m = /^([01]?\d|2[0-4])[:.]([0-5]\d)$/.exec(time.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

function interval(opens: string, closes: string): Interval | undefined {
  const from = minutes(opens);
  let to = minutes(closes);
  if (from === undefined || to === undefined) return undefined;
  if (to <= from) to += 1440;
  return [from, to];
}

/** "MO,TU" or "MO-FR" → weekday numbers. */
export function parseDays(byday: string): number[] {
  const out: number[] = [];
  for (const part of byday
    .toUpperCase()
    .split(/[,\s]+/)
    .filter(Boolean)) {
    const [a, b] = part.split('-');
    const from = DAYS.indexOf(a as (typeof DAYS)[number]);
    const to = b ? DAYS.indexOf(b as (typeof DAYS)[number]) : from;
    if (from < 0 || to < 0) continue;
    for (let d = from; ; d = (d + 1) % 7) {
      out.push(d);
      if (d === to) break;
    }
  }
  return out;
}

export function weeklyHours(
  schedules: readonly Schedule[] = [],
  exceptions: readonly ScheduleException[] = [],
  holidays: ReadonlySet<string> = new Set(),
  cache?: Map<string, WeeklyHours>,
): WeeklyHours | undefined {
  if (schedules.length === 0) return undefined;
  // Many contacts share the same weekly hours: share one parsed copy (it is never changed).
  const key =
    exceptions.length === 0 && cache
      ? schedules.map((s) => `${s.byday} ${s.opens_at} ${s.closes_at}`).join(';')
      : '';
  const cached = key ? cache!.get(key) : undefined;
  if (cached) return cached;
  const week: Interval[][] = [[], [], [], [], [], [], []];
  for (const s of schedules) {
    const span = interval(s.opens_at, s.closes_at);
    if (span) for (const day of parseDays(s.byday)) week[day]!.push(span);
  }
  for (const day of week) day.sort((a, b) => a[0] - b[0]);
  const dates = exceptions.length ? new Map<string, Interval[]>() : NO_DATES;
  for (const e of exceptions) {
    const span =
      e.closed || !e.opens_at || !e.closes_at ? undefined : interval(e.opens_at, e.closes_at);
    const list = e.closed ? [] : (dates.get(e.date) ?? []).concat(span ? [span] : []);
    dates.set(e.date, list);
  }
  const hours = { week, dates, holidays };
  if (key) cache!.set(key, hours);
  return hours;
}

export interface Clock {
  /** YYYY-MM-DD in Dutch time. */
  date: string;
  /** Minutes after midnight, Dutch time. */
  time: number;
  weekday: number;
  /** The day before, for hours that cross midnight. */
  yesterday: string;
}

let parts: Intl.DateTimeFormat | undefined;

/** The wall clock in the Netherlands at `now`, whatever the device's time zone. */
export function dutchClock(now: Date): Clock {
  parts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const { type, value } of parts.formatToParts(now)) p[type] = value;
  const utc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day));
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    date: iso(utc),
    yesterday: iso(utc - 86_400_000),
    time: Number(p.hour) * 60 + Number(p.minute),
    weekday: new Date(utc).getUTCDay(),
  };
}

function on(hours: WeeklyHours, date: string, weekday: number): Interval[] {
  return hours.dates.get(date) ?? (hours.holidays.has(date) ? [] : hours.week[weekday]!);
}

export type HoursStatus =
  | { state: 'open'; until: number }
  | { state: 'opens'; at: number }
  | { state: 'closed'; holiday: boolean };

export function hoursStatus(hours: WeeklyHours, clock: Clock): HoursStatus {
  const { time } = clock;
  for (const [, to] of on(hours, clock.yesterday, (clock.weekday + 6) % 7)) {
    if (to > 1440 && time < to - 1440) return { state: 'open', until: to - 1440 };
  }
  const today = on(hours, clock.date, clock.weekday);
  for (const [from, to] of today) {
    if (time >= from && time < to) return { state: 'open', until: to % 1440 };
  }
  const next = today.find(([from]) => from > time);
  if (next) return { state: 'opens', at: next[0] };
  return {
    state: 'closed',
    holiday: hours.holidays.has(clock.date) && !hours.dates.has(clock.date),
  };
}

/**
 * When a service that is closed for the rest of today opens next: the weekday and time, within
 * the coming week (holidays and date exceptions skipped). Undefined when it never opens.
 */
export function nextOpening(
  hours: WeeklyHours,
  clock: Clock,
): { weekday: number; at: number; tomorrow: boolean } | undefined {
  const today = Date.UTC(
    Number(clock.date.slice(0, 4)),
    Number(clock.date.slice(5, 7)) - 1,
    Number(clock.date.slice(8, 10)),
  );
  for (let ahead = 1; ahead <= 7; ahead++) {
    const date = new Date(today + ahead * 86_400_000).toISOString().slice(0, 10);
    const weekday = (clock.weekday + ahead) % 7;
    const first = on(hours, date, weekday)[0];
    if (first) return { weekday, at: first[0], tomorrow: ahead === 1 };
  }
  return undefined;
}

export function isOpen(hours: WeeklyHours | undefined, clock: Clock): boolean {
  return hours !== undefined && hoursStatus(hours, clock).state === 'open';
}

/** "13:00" in the resident's language (Arabic digits in Arabic, etc.). */
export function formatTime(minutesOfDay: number, locale: string): string {
  const date = new Date(
    Date.UTC(2000, 0, 1, Math.floor(minutesOfDay / 60) % 24, minutesOfDay % 60),
  );
  try {
    return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
      date,
    );
  } catch {
    return date.toISOString().slice(11, 16);
  }
}

/** The weekday name in the resident's language (0 = Sunday). */
export function formatWeekday(day: number, locale: string): string {
  // 2023-01-01 was a Sunday.
  const date = new Date(Date.UTC(2023, 0, 1 + day, 12));
  try {
    return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return DAYS[day]!;
  }
}
