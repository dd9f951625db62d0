// Studio's markup for the contact finder, read back by the widget's own reader: every field a
// spreadsheet row holds comes back the same; what it cannot hold is named, never dropped in
// silence.
import { expect } from '@open-wc/testing';
import { UI_LOCALES } from '@wegwijs/core';
import type { Directory } from '@wegwijs/contact-finder';
import { readMarkup } from '../../contact-finder/src/markup.js';
import {
  contactFinderMarkup,
  contactFinderMarkupLosses,
} from '../src/output/contact-finder-markup.js';

/** Every UI language (core's list). */
const ALL = [...UI_LOCALES];

/** The markup as the page gets it (parsed by the browser, never by Studio's own page). */
function hostWith(markup: string): HTMLElement {
  const doc = new DOMParser().parseFromString(
    `<wegwijs-contact-finder>${markup}</wegwijs-contact-finder>`,
    'text/html',
  );
  return doc.querySelector('wegwijs-contact-finder')!;
}
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

let example: Directory;
before(async () => {
  example = await (
    await fetch('/packages/contact-finder/examples/voorbeeldstad-contacts.json')
  ).json();
});

describe('contact finder markup', () => {
  it('the Voorbeeldstad list comes back contact for contact through the widget reader', () => {
    const read = readMarkup(hostWith(contactFinderMarkup(example, ALL))) as Directory;
    expect(read.contacts).to.have.length(example.contacts.length);
    read.contacts.forEach((contact, i) =>
      expect(plain(contact), example.contacts[i]!.name).to.deep.equal(plain(example.contacts[i])),
    );
  });

  it('every phone number, e-mail address and website is a link a resident can use without JavaScript', () => {
    const host = hostWith(contactFinderMarkup(example, ['nl']));
    for (const c of example.contacts) {
      const li = [...host.querySelectorAll('li')].find(
        (l) => l.querySelector('[data-field="name"]')?.textContent === c.name,
      )!;
      if (c.phones?.[0])
        expect(li.querySelector('a[href^="tel:"]')!.textContent).to.equal(c.phones[0].number);
      if (c.email) expect(li.querySelector(`a[href="mailto:${c.email}"]`)).to.exist;
      if (c.url) expect(li.querySelector(`a[href="${c.url}"]`)).to.exist;
    }
  });

  it('writes only the working languages, escapes text, and names what it cannot hold', () => {
    const list: Directory = {
      contacts: [
        {
          name: 'Fatima <El> & co',
          kind: 'key-person',
          role: { nl: 'Sleutelpersoon', ar: 'شخص رئيسي', tr: 'Anahtar kişi' },
          languages: ['ar', 'nl'],
          topics: ['money'],
          phones: [{ number: '020 123 45 67' }, { number: '06 12345678' }],
          location: { name: 'Buurthuis', address_1: 'Straat 1' } as never,
        },
      ],
      holidays: ['2026-12-25'],
    };
    const markup = contactFinderMarkup(list, ['nl', 'ar']);
    expect(markup).to.include('Fatima &lt;El&gt; &amp; co');
    expect(markup).to.include('data-role:ar="شخص رئيسي"');
    expect(markup).to.not.include('Anahtar');
    const losses = contactFinderMarkupLosses(list);
    expect(losses.join(' | ')).to.match(/feestdagen/);
    expect(losses.join(' | ')).to.match(/tweede of volgend telefoonnummer/);
    expect(losses.join(' | ')).to.match(/naam van de locatie/);
    expect(contactFinderMarkupLosses({ contacts: list.contacts.slice(0, 0) })).to.deep.equal([]);
  });
});
