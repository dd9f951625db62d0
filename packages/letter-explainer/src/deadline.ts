/**
 * Deadline arithmetic on calendar dates (year, month, day) — never on milliseconds, so no
 * time zone or daylight-saving change can shift a day. Pure functions; `today` is injected.
 */

import { daysInMonth, parseIsoDate, type CalendarDate } from './iso-date.js';

export { daysInMonth, isLeapYear, parseIsoDate, type CalendarDate } from './iso-date.js';

/** A deadline: a fixed date, or a period after the letter's date. */
export interface DeadlineRule {
  /** A fixed date, `YYYY-MM-DD`. */
  date?: string;
  days?: number;
  weeks?: number;
  months?: number;
  /** What the period counts from; only the letter's date for now. */
  from?: 'letter-date';
}

export type DeadlineState = 'plenty' | 'soon' | 'today' | 'passed';

/** Days left at or below which the resident gets a clear warning. */
export const SOON_DAYS = 7;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 of the proleptic Gregorian calendar (H. Hinnant's algorithm). */
export function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds months, clamping to the month's end: 31 January + 1 month = 28 (or 29) February. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Whether the rule needs the letter's date. */
export function isRelative(rule: DeadlineRule | undefined): boolean {
  return !!rule && !rule.date && !!(rule.days || rule.weeks || rule.months);
}

/** The deadline for a rule: its fixed date, or the letter's date plus the period. */
export function deadlineDate(
  rule: DeadlineRule | undefined,
  letterDate?: CalendarDate,
): CalendarDate | undefined {
  if (!rule) return undefined;
  if (rule.date) return parseIsoDate(rule.date);
  if (!letterDate || !isRelative(rule)) return undefined;
  const withMonths = addMonths(letterDate, rule.months ?? 0);
  return addDays(withMonths, (rule.weeks ?? 0) * 7 + (rule.days ?? 0));
}

/** Today's date where the resident is (their device's calendar day, not UTC's). */
export function localToday(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function deadlineState(daysLeft: number): DeadlineState {
  if (daysLeft < 0) return 'passed';
  if (daysLeft === 0) return 'today';
  return daysLeft <= SOON_DAYS ? 'soon' : 'plenty';
}

/** The date in the reader's language, e.g. "dinsdag 15 april 2025" or "الثلاثاء، ١٥ أبريل ٢٠٢٥". */
export function formatDate(date: CalendarDate, locale: string): string {
  // Formatted as a UTC noon instant in the UTC zone: the calendar day cannot move.
  const instant = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  instant.setUTCFullYear(date.year);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(instant);
  } catch {
    return toIsoDate(date);
  }
}
