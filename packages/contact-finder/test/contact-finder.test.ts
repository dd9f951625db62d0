import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import './helpers/papaparse.js';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';
import type { WegwijsContactFilterEvent } from '../src/filter-event.js';

document.documentElement.lang = 'nl';
const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';
const CSV_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.csv';
const tuesdayMorning = new Date('2026-03-03T09:30:00Z'); // 10:30 in Voorbeeldstad

async function finder(template: ReturnType<typeof html>) {
  const el = (await fixture(template)) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}
const shadow = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...el.querySelectorAll('.wegwijs-contact-finder__contact')];
const count = (el: Element) =>
  el.querySelector('.wegwijs-contact-finder__count')!.textContent!.trim();
const field = <T extends Element>(el: Element, name: string) =>
  shadow(el).querySelector<T & Element>(`[name=${name}]`)!;

async function type(el: WegwijsContactFinder, name: string, value: string) {
  const input = field<HTMLInputElement>(el, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

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

  it('announces the number found politely, debounced, and keeps focus in the field (virtual screen reader)', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    const status = shadow(el).querySelector('[role=status]')!;
    await aTimeout(700);
    const container = shadow(el).querySelector('[part=base]') as HTMLElement;
    await virtual.start({ container });
    try {
      const input = field<HTMLInputElement>(el, 'query');
      for (const partial of ['s', 'so', 'som', 'soma', 'somal']) await type(el, 'query', partial);
      const found = count(el);
      expect(found).to.equal('Gevonden: 3'); // Hodan, Abdirahman and a team speaking Somali
      expect(status.textContent!.trim()).to.equal('Gevonden: 30'); // not yet: typing goes on
      expect(shadow(el).activeElement).to.equal(input);
      await aTimeout(800);
      expect(status.textContent!.trim()).to.equal(found);
      const spoken = await virtual.spokenPhraseLog();
      expect(spoken.filter((p) => p.includes('Gevonden'))).to.deep.equal([`polite: ${found}`]);
      expect(shadow(el).activeElement).to.equal(input);
    } finally {
      await virtual.stop();
    }
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

  it('shows more and moves focus to the first new contact', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC} page-size="5"></wegwijs-contact-finder>`,
    );
    expect(cards(el)).to.have.length(5);
    const more = el.querySelector<HTMLButtonElement>('.wegwijs-contact-finder__more')!;
    expect(more.textContent).to.contain('nog 25');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(10);
    expect(document.activeElement).to.equal(cards(el)[5]!.querySelector('h3'));
  });

  it('offers to widen an empty search and shows the general helpline', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder
        src=${JSON_SRC}
        language="so"
        postcode="9901"
        topic="housing"
      ></wegwijs-contact-finder>`,
    );
    expect(count(el)).to.equal('Niemand gevonden.');
    const buttons = [
      ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-contact-finder__widen button'),
    ];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Zoek zonder postcode',
      'Zoek in alle talen',
      'Zoek bij alle onderwerpen',
    ]);
    expect(el.textContent).to.contain('Algemene hulplijn Voorbeeldstad');
    buttons[1]!.focus();
    buttons[1]!.click();
    await el.updateComplete;
    expect(count(el)).to.match(/^Gevonden: \d+$/);
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-contact-finder__count'));
  });

  it('loads the CSV spreadsheet export', async () => {
    const el = await finder(html`<wegwijs-contact-finder src=${CSV_SRC}></wegwijs-contact-finder>`);
    expect(count(el)).to.equal('Gevonden: 30');
    expect(el.problems).to.deep.equal([]);
  });

  it('reads the editor’s markup, which is readable without JavaScript', async () => {
    const markup = html`<ul>
      <li
        data-kind="sleutelpersoon"
        data-languages="ar nl"
        data-topics="brieven"
        data-areas="9901-9903"
        data-hours="di 09:00-12:00"
        data-free="ja"
      >
        <h3 data-field="name">Fatima El Amrani</h3>
        <p data-field="role">Sleutelpersoon</p>
        <a data-field="phone" href="tel:0612345678">06-12345678</a>
      </li>
      <li data-kind="vrijwilliger" data-languages="tr" data-topics="geld">
        <h3>Mehmet Kaya</h3>
        <a data-field="whatsapp" href="https://wa.me/31612345679">WhatsApp</a>
      </li>
    </ul>`;
    const plain = await fixture(html`<div><not-yet-defined>${markup}</not-yet-defined></div>`);
    expect((plain as HTMLElement).innerText).to.contain('Fatima El Amrani');
    const el = await finder(
      html`<wegwijs-contact-finder .now=${tuesdayMorning}>${markup}</wegwijs-contact-finder>`,
    );
    expect(el.content.origin).to.equal('markup');
    expect(count(el)).to.equal('Gevonden: 2');
    expect(cards(el)[0]!.querySelector('.wegwijs-contact-finder__status')!.textContent).to.contain(
      'Nu open',
    );
    expect(cards(el)[1]!.querySelector('a[href="https://wa.me/31612345679"]')).to.exist;
  });

  it('skips invalid records with their number and reason; residents see the valid ones', async () => {
    const content = JSON.stringify({
      contacts: [
        { name: 'Goed', kind: 'volunteer', languages: ['nl'], topics: [] },
        { name: 'Slecht', kind: 'vriend', languages: ['nl'], topics: [] },
        {
          name: 'Hostile <img src=x onerror=alert(1)>',
          kind: 'volunteer',
          languages: ['nl'],
          topics: [],
          url: 'javascript:alert(1)',
          email: 'a@b.nl',
        },
      ],
    });
    const errors: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await finder(
        html`<wegwijs-contact-finder
          preview
          src=${`/__fault/text?body=${encodeURIComponent(content)}`}
        ></wegwijs-contact-finder>`,
      );
      expect(count(el)).to.equal('Gevonden: 2');
      const notice = shadow(el).querySelector('[part=editor-notice]')!;
      expect(notice.textContent).to.contain(
        'contacts[1] (Slecht) overgeslagen: kind: deze waarde mag niet; kies uit',
      );
      expect(errors.join('\n')).to.contain('contacts[1] (Slecht) overgeslagen');
      expect(el.querySelector('img')).to.equal(null);
      expect(el.textContent).to.contain('Hostile <img src=x onerror=alert(1)>');
      expect(el.querySelector('a[href^="javascript"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('never shows a blank widget: broken content falls back to a message and the editor’s markup', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      const el = await finder(
        html`<wegwijs-contact-finder src="/__fault/status/404"
          ><ul>
            <li><h3>Bel 0900-1234560</h3></li>
          </ul></wegwijs-contact-finder
        >`,
      );
      expect(shadow(el).querySelector('[part=fallback]')).to.exist;
      const broken = await finder(
        html`<wegwijs-contact-finder
          src=${`/__fault/text?body=${encodeURIComponent('{"contacts": [1, 2]}')}`}
        ></wegwijs-contact-finder>`,
      );
      expect(shadow(broken).querySelector('[part=fallback]')).to.exist;
    } finally {
      console.error = error;
    }
  });

  it('starts loading with its src in the first update: no spurious "No content" message', async () => {
    const logged: string[] = [];
    const { warn, error } = console;
    console.warn = console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await finder(
        html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
      );
      expect(el.content.origin).to.equal('src');
      expect(count(el)).to.equal('Gevonden: 30');
      expect(logged.join('\n')).not.to.contain('No content');
      // the form's styles arrive with the form (lazy chunk)
      expect(getComputedStyle(shadow(el).querySelector('form')!).display).to.equal('grid');
    } finally {
      Object.assign(console, { warn, error });
    }
  });

  it('falls back to the editor’s markup when the file holds no valid contact', async () => {
    const error = console.error;
    const warn = console.warn;
    console.error = console.warn = () => {};
    try {
      const el = await finder(
        html`<wegwijs-contact-finder
          preview
          src=${`/__fault/text?body=${encodeURIComponent('{"contacts": [1]}')}`}
          ><ul>
            <li data-kind="hulplijn" data-languages="nl">
              <h3 data-field="name">Hulplijn Voorbeeldstad</h3>
            </li>
          </ul></wegwijs-contact-finder
        >`,
      );
      expect(el.content.origin).to.equal('markup');
      expect(count(el)).to.equal('Gevonden: 1');
      expect(el.textContent).to.contain('Hulplijn Voorbeeldstad');
      expect(el.problems.map((p) => p.message).join('\n')).to.contain('contacts[0] overgeslagen');
    } finally {
      console.error = error;
      console.warn = warn;
    }
  });

  it('speaks Bulgarian, Romanian, Persian (RTL), Tigrinya and Somali', async function () {
    this.timeout(30000);
    const expected: Record<string, [string, 'ltr' | 'rtl']> = {
      bg: ['Какъв език говорите?', 'ltr'],
      ro: ['Ce limbă vorbiți?', 'ltr'],
      fa: ['به چه زبانی صحبت می\u200cکنید؟', 'rtl'],
      ti: ['እንታይ ቋንቋ ትዛረቡ?', 'ltr'],
      so: ['Luqaddee ku hadashaa?', 'ltr'],
    };
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC} page-size="2"></wegwijs-contact-finder>`,
    );
    const label = () => field<HTMLSelectElement>(el, 'language').labels![0]!.textContent!.trim();
    try {
      for (const [locale, [text, dir]] of Object.entries(expected)) {
        await setPageLocale(locale, { remember: false });
        for (let i = 0; i < 60 && label() !== text; i++) {
          await aTimeout(50);
          await el.updateComplete;
        }
        expect(label(), locale).to.equal(text);
        expect(shadow(el).querySelector('[part=base]')!.getAttribute('dir'), locale).to.equal(dir);
        expect(el.querySelector('[slot=results] > div')!.getAttribute('lang'), locale).to.equal(
          locale,
        );
      }
      await setPageLocale('fa', { remember: false });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      await setPageLocale('nl', { remember: false });
    }
  });

  it('offers a contact card (.vcf) made on the device', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (
      blobs.push(blob as Blob),
      create(blob as Blob)
    );
    const clicks: HTMLAnchorElement[] = [];
    const onClick = (e: Event) => {
      if ((e.target as HTMLElement).localName === 'a' && (e.target as HTMLAnchorElement).download) {
        clicks.push(e.target as HTMLAnchorElement);
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      cards(el)[0]!.querySelector<HTMLButtonElement>('.wegwijs-contact-finder__card')!.click();
      for (let i = 0; i < 40 && clicks.length === 0; i++) await aTimeout(50);
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', onClick, true);
    }
    expect(clicks[0]!.download).to.equal('Fatima-El-Amrani.vcf');
    expect(clicks[0]!.href).to.match(/^blob:/);
    expect(blobs[0]!.type).to.contain('text/vcard');
    const text = await blobs[0]!.text();
    expect(text).to.contain('FN:Fatima El Amrani');
    expect(text).to.contain('VERSION:4.0');
  });

  it('is accessible in Dutch', async function () {
    this.timeout(30000);
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC} page-size="4"></wegwijs-contact-finder>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible in Arabic (RTL), with times and labels in Arabic', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    try {
      const el = await finder(
        html`<wegwijs-contact-finder
          src=${JSON_SRC}
          .now=${tuesdayMorning}
          page-size="4"
        ></wegwijs-contact-finder>`,
      );
      for (let i = 0; i < 60 && cards(el)[0]!.textContent!.includes('Nu open'); i++) {
        await aTimeout(50);
        await el.updateComplete;
      }
      expect(shadow(el).querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
      expect(el.querySelector('[slot=results] > div')!.getAttribute('dir')).to.equal('rtl');
      const statusText = cards(el)[0]!.querySelector(
        '.wegwijs-contact-finder__status',
      )!.textContent!;
      expect(statusText).to.contain('م'); // 12:00 م: the time in Arabic
      expect(statusText).not.to.contain('Nu open');
      expect(field<HTMLSelectElement>(el, 'language').labels![0]!.textContent).not.to.contain(
        'Welke taal',
      );
      expect(cards(el)[0]!.querySelector('bdi[dir=ltr]')!.textContent).to.equal('06-12341000');
      await expect(el).to.be.accessible();
    } finally {
      await setPageLocale('nl', { remember: false });
    }
  });
});
