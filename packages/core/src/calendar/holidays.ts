// Dutch public holidays for any year, computed rather than listed, so content never runs out
// of years. Dates are ISO strings (YYYY-MM-DD) in the Dutch calendar, with no time zone.
//
// Two lists, because the law and daily life differ:
// - `dutchPublicHolidays`: the days generally closed (Nieuwjaarsdag, Pasen, Koningsdag,
//   Bevrijdingsdag in lustrum years, Hemelvaart, Pinksteren, Kerstmis).
// - `termijnenwetHolidays`: the days of the Algemene termijnenwet, art. 3 (every year
//   includes Bevrijdingsdag, and Goede Vrijdag is not one of them).

export interface Holiday {
  /** YYYY-MM-DD */
  date: string;
  /** Dutch name, as editors and residents know it. */
  name: string;
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** King's Day: 27 April, or the 26th when the 27th is a Sunday. */
export function kingsDay(year: number): string {
  const date = isoDate(year, 4, 27);
  return weekday(date) === 0 ? isoDate(year, 4, 26) : date;
}

/** The public holidays most services close on, in date order. */
export function dutchPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const days: Holiday[] = [
    { date: isoDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay(year), name: 'Koningsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: isoDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: isoDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  // Liberation Day is a national day off every fifth year (2025, 2030…).
  if (year % 5 === 0) days.push({ date: isoDate(year, 5, 5), name: 'Bevrijdingsdag' });
  return days.sort(byDate);
}

/** The "algemeen erkende feestdagen" of the Algemene termijnenwet (art. 3), in date order. */
export function termijnenwetHolidays(year: number): Holiday[] {
  const days = dutchPublicHolidays(year).filter(
    (day) => day.name !== 'Goede Vrijdag' && day.name !== 'Bevrijdingsdag',
  );
  days.push({ date: isoDate(year, 5, 5), name: 'Bevrijdingsdag' });
  return days.sort(byDate);
}

/**
 * ISO dates sort as plain strings. Not localeCompare: its first call loads a collator from
 * ICU, tens of milliseconds on a phone, inside the first render of a widget (issue 23).
 */
function byDate(x: Holiday, y: Holiday): number {
  return x.date < y.date ? -1 : x.date > y.date ? 1 : 0;
}

/** The holiday on this date, if any (public-holiday list). */
export function publicHolidayOn(date: string): Holiday | undefined {
  return dutchPublicHolidays(Number(date.slice(0, 4))).find((day) => day.date === date);
}

/**
 * Algemene termijnenwet, art. 1: a period that ends on a Saturday, Sunday or recognised
 * holiday is extended to the next day that is none of these. Returns the new end date and
 * why it moved (the days skipped), or the same date with no reasons.
 */
export function extendToWorkingDay(date: string): { date: string; skipped: Holiday[] } {
  const skipped: Holiday[] = [];
  let current = date;
  for (;;) {
    const day = weekday(current);
    const holiday = termijnenwetHolidays(Number(current.slice(0, 4))).find(
      (h) => h.date === current,
    );
    if (holiday) skipped.push(holiday);
    else if (day === 6) skipped.push({ date: current, name: 'zaterdag' });
    else if (day === 0) skipped.push({ date: current, name: 'zondag' });
    else return { date: current, skipped };
    current = addDays(current, 1);
  }
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay();
}

export function addDays(date: string, days: number): string {
  const at = toUtc(date);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

function toUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
