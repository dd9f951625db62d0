import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import './helpers/test-widget.js';
import { settled } from './helpers/test-widget.js';
import { getPageLocale, resolveInitialLocale, setPageLocale } from '../src/index.js';
import { resetPageLocaleForTests } from '../src/locale/page-locale.js';
import type { WegwijsLanguageSwitch } from '../src/language-switch.js';

const content = JSON.stringify({
  title: { nl: 'Zo krijgt u hulp', ar: 'هكذا تحصل على المساعدة' },
  steps: [{ title: { nl: 'Bel ons', ar: 'اتصل بنا' } }, { title: { nl: 'Kom langs' } }],
});

function inline() {
  return html`<script type="application/json">
    ${content}
  </script>`;
}

describe('page-wide locale', () => {
  const htmlLang = document.documentElement.lang;
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = htmlLang;
  });
  after(() => setPageLocale('nl', { remember: false }));

  it('resolves the initial locale in the documented order', () => {
    const widget = document.createElement('div');
    document.documentElement.lang = 'tr';
    expect(resolveInitialLocale(widget)).to.equal('tr');
    localStorage.setItem('wegwijs:locale', 'pl');
    expect(resolveInitialLocale(widget), 'stored choice before <html lang>').to.equal('pl');
    widget.setAttribute('lang', 'ar');
    expect(resolveInitialLocale(widget), 'the widget lang first').to.equal('ar');
    localStorage.clear();
    document.documentElement.lang = 'de'; // no German UI: next in line
    const expected = navigator.languages.find((l) => /^(nl|en|ar|tr|fr|pl|uk)\b/i.test(l));
    expect(resolveInitialLocale(document.createElement('div'))).to.equal(
      expected ? Intl.getCanonicalLocales(expected)[0] : 'nl',
    );
  });

  it('lets the first widget set the page locale from its lang attribute', async () => {
    resetPageLocaleForTests();
    const widget = await fixture(html`<test-widget lang="ar">${inline()}</test-widget>`);
    await settled(widget as never);
    // A condition, not a fixed 50 ms: loading the Arabic strings takes longer on a busy machine.
    await waitUntil(() => getPageLocale() === 'ar', `the page locale is ${getPageLocale()}`);
  });

  it('switches two widgets at once and marks Dutch fallback text lang="nl" dir="ltr"', async () => {
    await setPageLocale('nl', { remember: false });
    const page = await fixture(
      html`<div>
        <wegwijs-language-switch></wegwijs-language-switch>
        <test-widget id="a">${inline()}</test-widget>
        <test-widget id="b">${inline()}</test-widget>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll('test-widget')];
    await settled(a as never);
    await settled(b as never);
    const languageSwitch = page.querySelector('wegwijs-language-switch') as WegwijsLanguageSwitch;
    await languageSwitch.updateComplete;
    const select = languageSwitch.shadowRoot!.querySelector('select')!;
    select.value = 'ar';
    const changed = oneEvent(window, 'wegwijs-locale-change');
    select.dispatchEvent(new Event('change'));
    const event = (await changed) as unknown as { locale: string; dir: string };
    expect(event.locale).to.equal('ar');
    expect(event.dir).to.equal('rtl');
    for (const widget of [a, b] as HTMLElement[] & { updateComplete: Promise<boolean> }[]) {
      await (widget as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      const root = widget.shadowRoot!;
      expect(root.querySelector('[part=base]')?.getAttribute('dir')).to.equal('rtl');
      expect(root.querySelector('[part=base]')?.getAttribute('lang')).to.equal('ar');
      expect(root.querySelector('h2')?.textContent).to.equal('هكذا تحصل على المساعدة');
      const items = root.querySelectorAll('li');
      expect(items[0]?.getAttribute('lang')).to.equal('ar');
      expect(items[1]?.textContent).to.equal('Kom langs');
      expect(items[1]?.getAttribute('lang')).to.equal('nl');
      expect(items[1]?.getAttribute('dir')).to.equal('ltr');
    }
    // The switch's own label follows, in Arabic.
    await languageSwitch.updateComplete;
    expect(languageSwitch.shadowRoot!.querySelector('label')?.textContent?.trim()).to.equal(
      'اللغة',
    );
  });

  it('remembers the resident’s choice on the device, not in a cookie', async () => {
    await setPageLocale('tr');
    expect(localStorage.getItem('wegwijs:locale')).to.equal('tr');
    expect(document.cookie).to.equal('');
    await setPageLocale('uk', { remember: false });
    expect(localStorage.getItem('wegwijs:locale')).to.equal('tr');
  });

  it('follows a locale change made by another Wegwijs bundle on the page', async () => {
    await setPageLocale('nl', { remember: false });
    const other = new Event('wegwijs-locale-change') as Event & { locale: string };
    other.locale = 'pl';
    window.dispatchEvent(other);
    expect(getPageLocale()).to.equal('pl');
    // Its strings arrive later (a fixed 50 ms was too short on a busy machine): wait for them,
    // so the next test sees what was downloaded.
    await waitUntil(
      () =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /generated\/locales\/pl\.ts/.test(entry.name)),
      'the Polish strings were not downloaded',
    );
  });

  it('downloads a locale’s strings only when it is used', () => {
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /generated\/locales\/\w+\.ts/.test(name))
      .map((name) => name.match(/locales\/(\w+)\.ts/)![1])
      .sort();
    expect(loaded).to.deep.equal(['ar', 'pl', 'tr', 'uk']);
  });

  it('refuses what is not a language code', async () => {
    let error: unknown;
    await setPageLocale('not a locale!').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
  });
});

describe('a widget whose strings arrive while a locale is loading', () => {
  it('still shows its interface in that locale', async () => {
    const { registerCatalog } = await import('../src/index.js');
    await setPageLocale('nl', { remember: false });
    const switching = setPageLocale('fr', { remember: false });
    // A package registers its catalog after the switch began, before it finished.
    let resolveLate!: () => void;
    const late = new Promise<void>((resolve) => (resolveLate = resolve));
    registerCatalog(async (locale) => {
      await late;
      const templates: Record<string, string> =
        locale === 'fr' ? { 'test-late-string': 'Bonjour' } : {};
      return { templates };
    });
    await switching;
    resolveLate();
    await new Promise((r) => setTimeout(r, 20));
    const { msg } = await import('@lit/localize');
    expect(msg('Hallo', { id: 'test-late-string' })).to.equal('Bonjour');
    await setPageLocale('nl', { remember: false });
  });
});

describe('switching back to a locale whose strings are still loading', () => {
  it('waits for those strings instead of showing Dutch', async () => {
    const { registerCatalog } = await import('../src/index.js');
    await setPageLocale('nl', { remember: false });
    registerCatalog(async (locale) => {
      await new Promise((r) => setTimeout(r, 200)); // a slow network
      const templates: Record<string, string> =
        locale === 'so' ? { 'test-slow-string': 'Soo dhawoow' } : {};
      return { templates };
    });
    const first = setPageLocale('so', { remember: false });
    await setPageLocale('nl', { remember: false });
    await setPageLocale('so', { remember: false });
    const { msg } = await import('../src/locale/msg.js');
    expect(msg('Welkom', { id: 'test-slow-string' })).to.equal('Soo dhawoow');
    await first;
    await setPageLocale('nl', { remember: false });
  });
});
