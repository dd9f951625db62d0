import { expect, html, oneEvent } from '@open-wc/testing';
import './helpers/papaparse.js';
import '../src/define.js';
import type { WegwijsContactFilterEvent } from '../src/filter-event.js';
import { JSON_SRC, finder, shadow, cards, field } from './helpers/finder.js';

document.documentElement.lang = 'nl';

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
