import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  daysBetween,
  deadlineDate,
  deadlineState,
  formatDate,
  localToday,
  parseIsoDate,
  toIsoDate,
  type CalendarDate,
} from '../src/deadline.js';
import { buildIcs, escapeIcsText, foldIcsLine } from '../src/ics.js';

const d = (iso: string) => parseIsoDate(iso)!;
const iso = (date: CalendarDate | undefined) => (date ? toIsoDate(date) : undefined);
const letterDate = d('2025-01-31');

describe('deadline arithmetic (calendar dates)', () => {
  it('parses only real dates', () => {
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-04-31',
      '31-01-2025',
      '2025-1-1',
      '',
      'x',
      '1800-01-01',
    ]) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    }
    expect(parseIsoDate(null)).to.equal(undefined);
  });

  it('clamps months to the end of the month, leap years included', () => {
    expect(iso(addMonths(letterDate, 1))).to.equal('2025-02-28');
    expect(iso(addMonths(d('2024-01-31'), 1))).to.equal('2024-02-29');
    expect(iso(addMonths(d('2024-02-29'), 12))).to.equal('2025-02-28');
    expect(iso(addMonths(d('2025-08-31'), 1))).to.equal('2025-09-30');
    expect(iso(addMonths(d('2025-11-30'), 3))).to.equal('2026-02-28');
    expect(iso(addMonths(d('2025-12-15'), 1))).to.equal('2026-01-15');
    expect(iso(addMonths(d('2025-03-31'), -1))).to.equal('2025-02-28');
  });

  it('adds days and weeks across month ends, year ends and leap days', () => {
    expect(iso(addDays(d('2024-02-28'), 1))).to.equal('2024-02-29');
    expect(iso(addDays(d('2025-02-28'), 1))).to.equal('2025-03-01');
    expect(iso(addDays(d('2025-12-31'), 1))).to.equal('2026-01-01');
    expect(iso(addDays(d('2000-02-28'), 1))).to.equal('2000-02-29');
    expect(iso(addDays(d('2100-02-28'), 1))).to.equal('2100-03-01');
    expect(iso(deadlineDate({ weeks: 6, from: 'letter-date' }, d('2025-11-28')))).to.equal(
      '2026-01-09',
    );
    expect(iso(deadlineDate({ days: 14 }, d('2024-02-20')))).to.equal('2024-03-05');
    expect(iso(deadlineDate({ days: 14 }, d('2025-02-20')))).to.equal('2025-03-06');
    expect(iso(deadlineDate({ months: 1 }, letterDate))).to.equal('2025-02-28');
    expect(iso(deadlineDate({ months: 1, days: 1 }, letterDate))).to.equal('2025-03-01');
  });

  it('counts whole days across daylight-saving changes (no milliseconds involved)', () => {
    // The Netherlands switch to summer time on 30 March 2025 and back on 26 October 2025.
    expect(daysBetween(d('2025-03-29'), d('2025-03-31'))).to.equal(2);
    expect(daysBetween(d('2025-10-25'), d('2025-10-27'))).to.equal(2);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).to.equal(366);
    expect(daysBetween(d('2025-05-10'), d('2025-05-01'))).to.equal(-9);
  });

  it('uses a fixed date as is, and needs the letter date for a relative rule', () => {
    expect(iso(deadlineDate({ date: '2026-03-12' }))).to.equal('2026-03-12');
    expect(deadlineDate({ weeks: 6 })).to.equal(undefined);
    expect(deadlineDate({ date: '2026-02-30' })).to.equal(undefined);
    expect(deadlineDate(undefined, letterDate)).to.equal(undefined);
  });

  it("takes today from the device's calendar day, not from UTC", () => {
    // 00:30 on 1 March local time is still 28/29 February in UTC west of Greenwich, and the
    // other way round east of it: the local fields are what the resident sees on their calendar.
    const lateEvening = new Date(2025, 1, 28, 23, 59);
    expect(localToday(lateEvening)).to.deep.equal({ year: 2025, month: 2, day: 28 });
    const justAfterMidnight = new Date(2025, 2, 1, 0, 1);
    expect(localToday(justAfterMidnight)).to.deep.equal({ year: 2025, month: 3, day: 1 });
  });

  it('formats in the reader language without shifting the day in any time zone', () => {
    expect(formatDate(d('2025-04-15'), 'nl')).to.equal('dinsdag 15 april 2025');
    expect(formatDate(d('2025-04-15'), 'en-GB')).to.match(/^Tuesday,? 15 April 2025$/);
    expect(formatDate(d('2025-04-15'), 'tr')).to.contain('15 Nisan 2025');
    expect(formatDate(d('2025-01-01'), 'ar')).to.match(/يناير|كانون/);
    expect(formatDate(d('2025-12-31'), 'pl')).to.contain('31 grudnia 2025');
  });

  it('gives a state: plenty, soon (7 days or fewer), today, passed', () => {
    expect(deadlineState(8)).to.equal('plenty');
    expect(deadlineState(7)).to.equal('soon');
    expect(deadlineState(1)).to.equal('soon');
    expect(deadlineState(0)).to.equal('today');
    expect(deadlineState(-1)).to.equal('passed');
  });
});

describe('the calendar file (.ics)', () => {
  it('has the exact lines, CRLF endings, an all-day date and a reminder', () => {
    const ics = buildIcs({
      date: d('2025-03-14'),
      summary: 'Bezwaar maken',
      description: 'Stuur uw bezwaar naar de gemeente.',
      uid: 'test-1@wegwijs',
      stamp: new Date(Date.UTC(2025, 1, 1, 9, 30, 5)),
    });
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.contain('\n');
    expect(ics.split('\r\n')).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Wegwijs//Letter explainer//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:test-1@wegwijs',
      'DTSTAMP:20250201T093005Z',
      'DTSTART;VALUE=DATE:20250314',
      'DTEND;VALUE=DATE:20250315',
      'SUMMARY:Bezwaar maken',
      'DESCRIPTION:Stuur uw bezwaar naar de gemeente.',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P3D',
      'DESCRIPTION:Bezwaar maken',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('ends an event on the last day of a month or year correctly', () => {
    const ics = buildIcs({ date: d('2024-12-31'), summary: 'x', uid: 'u', stamp: new Date(0) });
    expect(ics).to.contain('DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101');
    expect(ics).to.contain('DTSTAMP:19700101T000000Z');
  });

  it('escapes text values', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const ics = buildIcs({
      date: d('2025-03-14'),
      summary: 'Betaal; of, vraag\nhulp',
      uid: 'u',
      stamp: new Date(0),
      alarmDays: 0,
    });
    expect(ics).to.contain('SUMMARY:Betaal\\; of\\, vraag\\nhulp\r\n');
    expect(ics).not.to.contain('VALARM');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'a'.repeat(100)}`;
    const folded = foldIcsLine(long).split('\r\n');
    expect(folded[0]).to.have.length(75);
    expect(folded[1]).to.equal(` ${'a'.repeat(33)}`);
    const arabic = `SUMMARY:${'آخر يوم للاعتراض '.repeat(8)}`;
    const encoder = new TextEncoder();
    const lines = foldIcsLine(arabic).split('\r\n');
    expect(lines.length).to.be.greaterThan(2);
    for (const line of lines) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(lines.map((line, i) => (i ? line.slice(1) : line)).join('')).to.equal(arabic);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).to.equal(true);
  });
});
