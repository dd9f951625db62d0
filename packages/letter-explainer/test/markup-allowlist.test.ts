import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defined } from '../src/define.js';

declare global {
  interface Window {
    __le?: number;
  }
}

// The letter explainer shows the editor's letter itself: what the allowlist refuses is taken
// out of it, in place, before it is enhanced, and reported to the editor in Dutch.
describe('letter explainer: the letter through the allowlist', () => {
  it('removes script-capable and embedding elements, handlers and unsafe links from the letter', async () => {
    const source = document.createElement('template');
    source.innerHTML = `<div data-letter onclick="window.__le=1"><p>Betaal de
      <mark data-explain="aanslag" onmouseover="window.__le=2">aanslag</mark><script>window.__le=3</script>
      <object data="javascript:window.__le=4">o</object><iframe srcdoc="x"></iframe>
      <a href="javascript:window.__le=5" target="_blank">hier</a> <a href="https://example.invalid/">daar</a>
      <font color="red">rood</font><svg><a href="javascript:window.__le=6"><text>svg</text></a></svg></p></div>
      <p data-answer="what">Een aanslag.</p>
      <p data-answer="todo">Betalen.</p>
      <p data-answer="when" data-deadline-weeks="6">Binnen 6 weken.</p>
      <p data-answer="if-nothing">Dan komt er een aanmaning.</p>
      <p data-answer="help" data-phone="14 0123">Bel ons.</p>
      <p data-explanation="aanslag">De rekening.</p>`;
    // The editor's markup is in the element when it enters the page, as in a CMS page.
    const el = document.createElement('wegwijs-letter-explainer');
    el.setAttribute('preview', '');
    el.setAttribute('today', '2025-03-01');
    el.replaceChildren(source.content);
    await fixture(html`<div>${el}</div>`);
    await defined;
    await waitUntil(() => el.content.status === 'ready', 'content loads', { timeout: 4000 });
    await el.ready;
    const letter = el.querySelector('[data-letter]')!;
    expect(letter.getAttribute('slot')).to.equal('wegwijs-letter');
    expect(
      letter.querySelector('script, object, iframe, svg, font, [onmouseover], [target]'),
    ).to.equal(null);
    expect(letter.hasAttribute('onclick')).to.equal(false);
    expect([...letter.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      null,
      'https://example.invalid/',
    ]);
    expect(letter.textContent).to.contain('rood');
    expect(letter.querySelector('button.wegwijs-letter-explainer__term'), 'the mark still explains')
      .to.exist;
    const report = el.problems.find((p) => p.message.includes('niet getoond uit uw HTML'));
    expect(report?.lang).to.equal('nl');
    expect(report?.message).to.contain('<script>').and.to.contain('onclick-attribuut');
  });
});
