// A Dutch interface needs no lit-localize runtime: msg() returns the source strings by itself.
// The runtime is a lazy chunk, fetched with the first non-Dutch strings (its own test page).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { setPageLocale } from '../src/index.js';

const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('localization-runtime') || name.includes('/init/runtime'));

describe('the interface-language runtime', () => {
  it('is not downloaded for a Dutch interface, and is once another language is chosen', async () => {
    localStorage.clear();
    const el = await fixture(html`<wegwijs-language-switch></wegwijs-language-switch>`);
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('label')?.textContent?.trim()).to.equal('Taal');
    expect(fetched()).to.deep.equal([]);
    await setPageLocale('tr', { remember: false });
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('label')?.textContent?.trim()).to.equal('Dil');
    expect(fetched().length).to.be.greaterThan(0);
    await setPageLocale('nl', { remember: false });
  });
});
