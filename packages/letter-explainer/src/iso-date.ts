/**
 * Calendar dates as `YYYY-MM-DD`, checked for being real dates. Apart from the deadline
 * arithmetic because the content check (loaded before the first render) needs only this.
 */

/** A calendar date; `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2025-02-28` → a date; undefined for anything that is not a real calendar date. */
export function parseIsoDate(text: string | null | undefined): CalendarDate | undefined {
  const match = ISO.exec((text ?? '').trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}
