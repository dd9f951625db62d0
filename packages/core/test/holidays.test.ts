import { expect } from '@open-wc/testing';
import {
  dutchPublicHolidays,
  easterSunday,
  extendToWorkingDay,
  kingsDay,
  publicHolidayOn,
  termijnenwetHolidays,
} from '../src/calendar/holidays.js';

describe('Dutch public holidays', () => {
  it('computes Easter for known years', () => {
    // Published dates (rijksoverheid.nl, timeanddate.com).
    expect(easterSunday(2024)).to.equal('2024-03-31');
    expect(easterSunday(2025)).to.equal('2025-04-20');
    expect(easterSunday(2026)).to.equal('2026-04-05');
    expect(easterSunday(2027)).to.equal('2027-03-28');
    expect(easterSunday(2038)).to.equal('2038-04-25');
  });

  it("moves King's Day to Saturday when 27 April is a Sunday", () => {
    expect(kingsDay(2025)).to.equal('2025-04-26');
    expect(kingsDay(2026)).to.equal('2026-04-27');
    expect(kingsDay(2031)).to.equal('2031-04-26');
  });

  it('lists 2027 with Easter-based days, and Liberation Day only in lustrum years', () => {
    const days = dutchPublicHolidays(2027).map((d) => `${d.date} ${d.name}`);
    expect(days).to.deep.equal([
      '2027-01-01 Nieuwjaarsdag',
      '2027-03-26 Goede Vrijdag',
      '2027-03-28 Eerste Paasdag',
      '2027-03-29 Tweede Paasdag',
      '2027-04-27 Koningsdag',
      '2027-05-06 Hemelvaartsdag',
      '2027-05-16 Eerste Pinksterdag',
      '2027-05-17 Tweede Pinksterdag',
      '2027-12-25 Eerste Kerstdag',
      '2027-12-26 Tweede Kerstdag',
    ]);
    expect(publicHolidayOn('2030-05-05')?.name).to.equal('Bevrijdingsdag');
    expect(publicHolidayOn('2027-05-05')).to.equal(undefined);
  });

  it('follows the Algemene termijnenwet: 5 May every year, no Good Friday', () => {
    const names = termijnenwetHolidays(2027).map((d) => d.name);
    expect(names).to.include('Bevrijdingsdag');
    expect(names).not.to.include('Goede Vrijdag');
  });

  it('extends a deadline past weekends and holidays', () => {
    expect(extendToWorkingDay('2027-01-13')).to.deep.equal({ date: '2027-01-13', skipped: [] });
    // Saturday 25 Dec 2027 (Christmas), Sunday 26 (Boxing Day), so Monday 27.
    const christmas = extendToWorkingDay('2027-12-25');
    expect(christmas.date).to.equal('2027-12-27');
    expect(christmas.skipped.map((d) => d.name)).to.deep.equal([
      'Eerste Kerstdag',
      'Tweede Kerstdag',
    ]);
    // Saturday 16 Jan 2027 → Monday 18.
    expect(extendToWorkingDay('2027-01-16').date).to.equal('2027-01-18');
    // Good Friday is not a termijnenwet holiday.
    expect(extendToWorkingDay('2027-03-26').date).to.equal('2027-03-26');
  });
});
