import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './helpers/papaparse.js';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';
import type { WegwijsContactFilterEvent } from '../src/filter-event.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json'; // 10:30 in Voorbeeldstad

async function finder(template: ReturnType<typeof html>) {
  const el = (await fixture(template)) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}
const shadow = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...el.querySelectorAll('.wegwijs-contact-finder__contact')];
const field = <T extends Element>(el: Element, name: string) =>
  shadow(el).querySelector<T & Element>(`[name=${name}]`)!;

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<wegwijs-contact-finder>', () => {
  it('reads presets from attributes and writes shareable filters to the hash', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder
        src=${JSON_SRC}
        language="ar"
        topic="letters"
      ></wegwijs-contact-finder>`,
    );
    expect(field<HTMLSelectElement>(el, 'language').value).to.equal('ar');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value=letters]')!.checked).to.be.true;
    const names = cards(el).map((c) => c.querySelector('h3')!.textContent);
    expect(names).to.include('Fatima El Amrani');
    const event = oneEvent(el, 'wegwijs-contact-filter');
    shadow(el).querySelector<HTMLInputElement>('input[value=youth]')!.click();
    const { total, filters } = (await event) as unknown as WegwijsContactFilterEvent;
    expect(filters.topic).to.equal('youth');
    expect(total).to.be.greaterThan(0);
    expect(location.hash).to.contain('cf-lang=ar');
    expect(location.hash).to.contain('cf-topic=youth');
  });

  it('reads the filters back from the hash on load and on hashchange', async () => {
    history.replaceState(null, '', '#cf-lang=pl&cf-topic=work');
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC} language="ar"></wegwijs-contact-finder>`,
    );
    expect(field<HTMLSelectElement>(el, 'language').value).to.equal('pl');
    expect(cards(el).every((c) => c.textContent!.includes('Polski'))).to.be.true;
    location.hash = '#cf-lang=so';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(field<HTMLSelectElement>(el, 'language').value).to.equal('so');
  });
});
