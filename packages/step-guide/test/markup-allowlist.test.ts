import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-with-view.js';
import type { WegwijsStepGuide } from '../src/step-guide.js';
import { settle } from './helpers.js';

declare global {
  interface Window {
    __sg?: number;
  }
}

// A CMS that strips <script> from a page usually leaves <template> contents alone: what is in
// a translation must reach the resident only through the allowlist, and never run.
describe('step guide: editor markup through the allowlist', () => {
  it('renders neither script nor embedding from a step or a <template lang>, and reports them in Dutch', async () => {
    window.__sg = undefined;
    const el = (await fixture(
      html`<wegwijs-step-guide preview lang="en"></wegwijs-step-guide>`,
    )) as WegwijsStepGuide;
    const source = document.createElement('template');
    source.innerHTML = `<ol lang="nl"><li><h3>Bel</h3><p>Bel ons <b onclick="window.__sg=2">nu</b></p></li></ol>
      <template lang="en"><ol><li><h3>Call</h3><p>Call us <img src="/no-such.png" onerror="window.__sg=3"><script>window.__sg=4</script><object data="javascript:window.__sg=5">obj</object> <a href="javascript:window.__sg=6">now</a></p></li></ol></template>`;
    el.replaceChildren(source.content);
    el.content.reload();
    await settle(el);
    await new Promise((r) => setTimeout(r, 300));
    const guide = el.querySelector('.wegwijs-step-guide__guide')!;
    expect(guide.textContent).to.contain('Call us');
    expect(
      guide.querySelector('img:not([data-pictogram]), script, object, [onclick], [onerror]'),
    ).to.equal(null);
    expect(
      [...guide.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    ).not.to.include.members(['javascript:window.__sg=6']);
    expect(window.__sg).to.equal(undefined);
    const report = el.problems.find((p) => p.message.includes('niet getoond uit uw HTML'));
    expect(report?.lang).to.equal('nl');
    expect(report?.message).to.contain('<script>').and.to.contain('<object>');
    expect(report?.message).to.contain('onclick-attribuut');
    expect(el.shadowRoot!.querySelector('[part="editor-notice"]')?.textContent).to.contain(
      'niet getoond uit uw HTML',
    );
  });
});
