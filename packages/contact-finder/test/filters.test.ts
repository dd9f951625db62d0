import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import './helpers/papaparse.js';
import '../src/define.js';
import {
  JSON_SRC,
  tuesdayMorning,
  finder,
  shadow,
  cards,
  count,
  field,
  type,
} from './helpers/finder.js';

document.documentElement.lang = 'nl';

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<wegwijs-contact-finder>', () => {
  it('loads JSON, renders filters in the shadow DOM and contacts in the light DOM', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder
        src=${JSON_SRC}
        .now=${tuesdayMorning}
      ></wegwijs-contact-finder>`,
    );
    expect(shadow(el).querySelector('form[role=search]')).to.exist;
    expect(count(el)).to.equal('Gevonden: 30');
    expect(cards(el)).to.have.length(10);
    const results = el.querySelector('[slot=results]')!;
    expect(results.parentElement).to.equal(el);
    expect(results.querySelector('h3')!.textContent).to.equal('Fatima El Amrani');
    const fatima = cards(el)[0]!;
    expect(fatima.querySelector('a[href="tel:0612341000"] bdi[dir=ltr]')!.textContent).to.equal(
      '06-12341000',
    );
    expect(fatima.querySelector('a[href="https://wa.me/31612341000"]')).to.exist;
    expect(fatima.querySelector('span[lang=ar][dir=rtl]')!.textContent).to.equal('العربية');
    expect(fatima.querySelector('a[href^="https://www.openstreetmap.org/search"]')).to.exist;
    expect(fatima.querySelector('.wegwijs-contact-finder__status')!.textContent).to.contain(
      'Nu open, tot 12:00',
    );
    expect(fatima.textContent).to.contain('Gratis');
    // the light-DOM styles are one adopted sheet in @layer wegwijs
    expect(
      document.adoptedStyleSheets.some((s) =>
        [...s.cssRules].some((r) => r.cssText.startsWith('@layer wegwijs')),
      ),
    ).to.be.true;
  });

  it('reads the names of languages when the resident moves to the search field, before a letter is typed', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder
        src=${JSON_SRC}
        .now=${tuesdayMorning}
      ></wegwijs-contact-finder>`,
    );
    const index = el.index!;
    const { prepareSearch } = index;
    let prepared = 0;
    index.prepareSearch = () => {
      prepared += 1;
      prepareSearch();
    };
    await aTimeout(50);
    expect(prepared, 'not before the field has focus').to.equal(0);
    field<HTMLInputElement>(el, 'query').focus();
    await waitUntil(() => prepared > 0, 'read once the field has focus', { timeout: 3000 });
    await type(el, 'query', 'arabisch');
    expect(count(el)).to.equal(`Gevonden: ${index.filter({ language: 'ar' }).ids.length}`);
  });

  it('lists languages as endonyms with counts, and filters by language, topic, text and open now', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder
        src=${JSON_SRC}
        .now=${tuesdayMorning}
      ></wegwijs-contact-finder>`,
    );
    const options = [...field<HTMLSelectElement>(el, 'language').options].map((o) =>
      o.textContent!.trim(),
    );
    expect(options).to.include('ትግርኛ (3)');
    expect(options.some((o) => o.startsWith('Türkçe ('))).to.be.true;
    const select = field<HTMLSelectElement>(el, 'language');
    select.value = 'ti';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(count(el)).to.equal('Gevonden: 3');
    const letters = shadow(el).querySelector<HTMLInputElement>('input[name=topic][value=letters]')!;
    letters.click();
    await el.updateComplete;
    expect(cards(el).map((c) => c.querySelector('h3')!.textContent)).to.deep.equal([
      'Yohannes Tesfay',
      'Selam Gebremariam',
    ]);
    await type(el, 'query', 'selam');
    expect(cards(el)).to.have.length(1);
    await type(el, 'query', '');
    const open = field<HTMLInputElement>(el, 'openNow');
    open.click();
    await el.updateComplete;
    expect(count(el)).to.equal('Niemand gevonden.');
  });

  it('matches "turkce" to Türkçe speakers', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    await type(el, 'query', 'turkce');
    const names = cards(el).map((c) => c.querySelector('h3')!.textContent);
    expect(names).to.include.members(['Ayşe Yılmaz', 'Mehmet Kaya', 'Elif Demir']);
    expect(names).not.to.include('Agnieszka Nowak');
  });

  it('filters by postcode on the device: no request leaves the page', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    await aTimeout(50);
    const before = performance.getEntriesByType('resource').length;
    const originalFetch = window.fetch;
    const fetched: string[] = [];
    window.fetch = (...args: Parameters<typeof fetch>) => {
      fetched.push(String(args[0]));
      return originalFetch(...args);
    };
    const beacons: unknown[] = [];
    const originalBeacon = navigator.sendBeacon;
    navigator.sendBeacon = (...args) => (beacons.push(args), true);
    try {
      for (const value of ['9', '99', '990', '9905', '9905 a', '9905 AB', '9905ab'])
        await type(el, 'postcode', value);
      await aTimeout(100);
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
    }
    expect(fetched).to.deep.equal([]);
    expect(beacons).to.deep.equal([]);
    // What may load while typing: the photos of contacts that come into view (the content's own
    // files, next to its JSON). Nothing else, nothing elsewhere, and never what was typed.
    const requested = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => entry.name);
    const contentDir = new URL('.', new URL(JSON_SRC, location.href)).href;
    expect(requested.filter((url) => !url.startsWith(`${contentDir}avatars/`))).to.deep.equal([]);
    expect(requested.filter((url) => /9905/i.test(url))).to.deep.equal([]);
    expect(location.hash).not.to.contain('9905');
    const names = cards(el).map((c) => c.querySelector('h3')!.textContent);
    expect(names).to.include('Buurtteam Noord');
    expect(names).not.to.include('Buurtteam Zuid');
  });

  it('explains an invalid postcode and does not apply it', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    await type(el, 'postcode', '99x5');
    const input = field<HTMLInputElement>(el, 'postcode');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('.error')!.textContent).to.contain('geen postcode');
    expect(count(el)).to.equal('Gevonden: 30');
  });

  it('reads the filters as native labelled controls (virtual screen reader)', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    await virtual.start({ container: shadow(el).querySelector('form') as HTMLElement });
    try {
      await virtual.next();
      await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('search, Zoek een contactpersoon');
      expect(spoken).to.contain('combobox, Welke taal spreekt u?');
    } finally {
      await virtual.stop();
    }
    await virtual.start({ container: shadow(el).querySelector('fieldset') as HTMLElement });
    try {
      for (let i = 0; i < 4; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('group, Waarmee wilt u hulp?');
      expect(spoken).to.match(/radio, Alles, checked/);
      expect(spoken).to.contain('radio, Geld en schulden (');
    } finally {
      await virtual.stop();
    }
    // keyboard: arrow keys move between topics (native radios)
    const first = shadow(el).querySelector<HTMLInputElement>('input[name=topic][value=money]')!;
    first.focus();
    expect(shadow(el).activeElement).to.equal(first);
  });
});
