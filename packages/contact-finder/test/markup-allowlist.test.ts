import { expect, fixture, html } from '@open-wc/testing';
import './helpers/papaparse.js';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

declare global {
  interface Window {
    __cf?: number;
  }
}

// Issue 27: what the finder will not show of the editor's contact list is named in `preview`,
// in Dutch, through the same allowlist as the step guide and the letter.
describe('contact finder: editor markup through the allowlist', () => {
  const markup = `<ul><li data-kind="sleutelpersoon" data-languages="ar nl" onmouseover="window.__cf=1">
      <h3 data-field="name">Fatima</h3><p data-field="role">Sleutelpersoon <script>window.__cf=2</script></p>
      <a data-field="website" href="javascript:window.__cf=3">Website</a>
      <object data="javascript:window.__cf=4"></object></li></ul>`;

  it('reports dropped markup in Dutch with `preview`, and runs none of it', async () => {
    window.__cf = undefined;
    const el = (await fixture(
      html`<wegwijs-contact-finder preview></wegwijs-contact-finder>`,
    )) as WegwijsContactFinder;
    const source = document.createElement('template');
    source.innerHTML = markup;
    el.replaceChildren(source.content);
    el.content.reload();
    await el.whenReady();
    await el.updateComplete;
    const report = el.problems.find((p) => p.message.includes('niet getoond uit uw HTML'));
    expect(report?.lang).to.equal('nl');
    expect(report?.message)
      .to.match(/^contacten: /)
      .and.to.contain('<script>')
      .and.to.contain('<object>')
      .and.to.contain('onmouseover-attribuut')
      .and.to.contain('link naar "javascript:window.__cf=3"');
    expect(el.shadowRoot!.querySelector('[part~="editor-notice"]')?.textContent).to.contain(
      'niet getoond uit uw HTML',
    );
    expect(window.__cf).to.equal(undefined);
  });

  it('a clean contact list has no report', async () => {
    const el = (await fixture(
      html`<wegwijs-contact-finder preview></wegwijs-contact-finder>`,
    )) as WegwijsContactFinder;
    const source = document.createElement('template');
    source.innerHTML = `<ul><li data-kind="sleutelpersoon" data-languages="nl"><h3 data-field="name">Jan</h3>
      <a data-field="phone" href="tel:0201234567">020 123 4567</a></li></ul>`;
    el.replaceChildren(source.content);
    el.content.reload();
    await el.whenReady();
    expect(el.problems.map((p) => p.message).join('\n')).not.to.contain('niet getoond');
  });
});
