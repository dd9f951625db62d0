import { expect, fixture, html } from '@open-wc/testing';
import { MESSAGES } from '@wegwijs/core/check/messages';
import './helpers/papaparse.js';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

// Issue 18, item 3: editors read Dutch. A service area the finder cannot read (neither a
// postcode nor a neighbourhood) is named in the preview notice with a path, in Dutch from core's
// message table (loaded lazily: the finder's content itself is fine).
describe('contact finder: a service area that is not a postcode', () => {
  const content = JSON.stringify({
    contacts: [
      {
        name: 'Wijkteam Noord',
        kind: 'team',
        languages: ['nl'],
        topics: ['money'],
        phones: [{ number: '020 123 4567' }],
        service_areas: ['1011', 'Noordkant'],
      },
    ],
  });

  it('is named in Dutch in the preview notice, with its path', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = (await fixture(
        html`<wegwijs-contact-finder preview
          ><script type="application/json">
            ${content}
          </script></wegwijs-contact-finder
        >`,
      )) as WegwijsContactFinder;
      await el.whenReady();
      const notice = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
      const dutch =
        'contacts[0].service_areas[1]: werkgebied "Noordkant" (Wijkteam Noord) is geen postcode';
      for (let i = 0; i < 50 && !notice().includes(dutch); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(notice()).to.contain(dutch);
      expect(notice()).not.to.contain('service area');
      expect(warnings.join('\n')).to.contain('bewoners vinden dit contact niet op postcode');
      // English stays for developers on request (`lang: 'en'` in the check).
      expect(MESSAGES.en['contact-area']).to.contain('is not a postcode');
    } finally {
      console.warn = warn;
    }
  });
});

describe('contact finder: a src that is not valid JSON', () => {
  it('is named in Dutch in the preview notice, with its line and column', async () => {
    const src = `/__fault/text?body=${encodeURIComponent('{"contacts": [,]}')}`;
    const el = (await fixture(
      html`<wegwijs-contact-finder preview src=${src}></wegwijs-contact-finder>`,
    )) as WegwijsContactFinder;
    const notice = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
    // The column is where Chromium's parser says it stopped (here: the end, it names no position).
    const dutch = `src "${src}": geen geldige JSON op regel 1, teken `;
    for (let i = 0; i < 100 && !notice().includes(dutch); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(notice()).to.contain(dutch);
    expect(notice()).not.to.contain('is not valid JSON');
  });
});
