// The host page's own app configured @lit/localize before Wegwijs loaded (it may only be
// configured once per page): Wegwijs must keep working, in Dutch, with one warning.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';

describe('a host app that already configured @lit/localize', () => {
  it('does not crash Wegwijs', async () => {
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: {} }),
    });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      await import('../src/define.js');
      const { setPageLocale } = await import('../src/index.js');
      const el = await fixture(html`<wegwijs-language-switch></wegwijs-language-switch>`);
      await setPageLocale('ar', { remember: false });
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(el.shadowRoot!.querySelector('label')?.textContent?.trim()).to.equal('Taal');
      expect(el.shadowRoot!.querySelector('.switch')?.getAttribute('dir')).to.equal('rtl');
      expect(host.getLocale()).to.equal('en');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('already configured'))).to.have.length(1);
  });
});
