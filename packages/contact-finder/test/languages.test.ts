import { aTimeout, expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import './helpers/papaparse.js';
import '../src/define.js';
import { JSON_SRC, finder, shadow, field } from './helpers/finder.js';

document.documentElement.lang = 'nl';

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<wegwijs-contact-finder>', () => {
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
});
