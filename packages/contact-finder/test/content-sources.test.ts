import { expect, fixture, html } from '@open-wc/testing';
import './helpers/papaparse.js';
import '../src/define.js';
import {
  JSON_SRC,
  CSV_SRC,
  tuesdayMorning,
  finder,
  shadow,
  cards,
  count,
} from './helpers/finder.js';

document.documentElement.lang = 'nl';

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<wegwijs-contact-finder>', () => {
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
      // The path and words of `wegwijs check`, what the finder did, and the code.
      expect(notice.textContent).to.contain('contacts[1].kind: deze waarde mag niet; kies uit');
      expect(notice.textContent).to.contain('(contact overgeslagen)');
      expect(notice.querySelector('li code')?.textContent).to.equal('schema-enum');
      expect(errors.join('\n')).to.contain('contacts[1].kind: deze waarde mag niet');
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
      expect(el.problems.map((p) => p.message).join('\n')).to.contain(
        'contacts[0]: verwacht object { }, gevonden getal (contact overgeslagen)',
      );
    } finally {
      console.error = error;
      console.warn = warn;
    }
  });
});
