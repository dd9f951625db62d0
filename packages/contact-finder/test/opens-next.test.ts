/** #26 "Missing": "Opens Monday at 10:00" when a service is closed now. */
import { expect, fixture, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';
import { dutchClock, nextOpening, weeklyHours } from '../src/hours.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';
const fridayAfternoon = new Date('2026-03-06T13:00:00Z'); // 14:00 in Voorbeeldstad
const wednesdayEvening = new Date('2026-03-04T17:30:00Z'); // 18:30

async function fatima(now: Date) {
  const el = (await fixture(
    html`<wegwijs-contact-finder
      src=${JSON_SRC}
      query="Fatima"
      .now=${now}
      no-hash
    ></wegwijs-contact-finder>`,
  )) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}
const status = (el: Element) => el.querySelector('.wegwijs-contact-finder__status')!;

describe('when a closed service opens next', () => {
  it('finds the next opening day, skipping public holidays', () => {
    const hours = weeklyHours(
      [{ byday: 'MO,TU', opens_at: '10:00', closes_at: '12:00' }],
      [],
      new Set(['2026-04-06']), // Easter Monday
    )!;
    const saturday = dutchClock(new Date('2026-03-07T12:00:00Z'));
    expect(nextOpening(hours, saturday)).to.deep.equal({ weekday: 1, at: 600, tomorrow: false });
    const easterSaturday = dutchClock(new Date('2026-04-04T12:00:00Z'));
    expect(nextOpening(hours, easterSaturday)).to.deep.equal({
      weekday: 2,
      at: 600,
      tomorrow: false,
    });
    const sunday = dutchClock(new Date('2026-03-08T12:00:00Z'));
    expect(nextOpening(hours, sunday)!.tomorrow).to.be.true;
    expect(nextOpening(weeklyHours([{ byday: 'MO', opens_at: 'x', closes_at: 'y' }])!, sunday)).to
      .be.undefined;
  });

  it('says "Gaat dinsdag open om 09:00" on a closed Friday, with the time in <bdi>', async () => {
    const el = await fatima(fridayAfternoon);
    const text = status(el).textContent!.replace(/\s+/g, ' ').trim();
    expect(text).to.equal('Vandaag gesloten Gaat dinsdag open om 09:00');
    expect(status(el).querySelector('.wegwijs-contact-finder__next bdi')!.textContent).to.equal(
      '09:00',
    );
  });

  it('says "morgen" when it opens tomorrow', async () => {
    const el = await fatima(wednesdayEvening);
    expect(status(el).textContent!.replace(/\s+/g, ' ')).to.contain('Gaat morgen open om 09:00');
  });

  it('uses the weekday and time of the resident’s language (Arabic, RTL), accessibly', async function () {
    this.timeout(30000);
    await expect(await fatima(fridayAfternoon)).to.be.accessible();
    await setPageLocale('ar', { remember: false });
    try {
      const el = await fatima(fridayAfternoon);
      await el.updateComplete;
      const next = status(el).querySelector('.wegwijs-contact-finder__next')!;
      expect(next.textContent).to.contain('الثلاثاء');
      expect(next.textContent).not.to.contain('Gaat');
      expect(next.querySelector('bdi')!.textContent).to.contain('ص'); // 09:00 ص: the time in Arabic
      await expect(el).to.be.accessible();
    } finally {
      await setPageLocale('nl', { remember: false });
    }
  });
});
