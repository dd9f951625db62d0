import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defined } from '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';

// Issue 27: a letter with 5,000 list items and 2,000 links (the hostile corpus's wide markup)
// held the page for 2–9 s in one task. It is cut before the shadow root exists: the resident
// reads the start and an ellipsis, the editor is told in Dutch.
describe('letter explainer: very wide markup', () => {
  it('shows the first items of a very wide letter, enhanced, and reports the rest', async () => {
    await defined;
    const el = document.createElement('wegwijs-letter-explainer') as WegwijsLetterExplainer;
    el.preview = true;
    el.setAttribute('today', '2026-05-01');
    const source = document.createElement('template');
    source.innerHTML = `<div data-letter lang="nl"><p>Geachte bewoner,</p>
      <ul>${'<li>punt</li>'.repeat(5_000)}</ul>
      <p>U moet de <mark data-explain="m1">aanslag</mark> betalen. ${'<a href="https://example.invalid/">link</a> '.repeat(2_000)}</p></div>
      <p data-answer="what">Een aanslag.</p>
      <p data-answer="todo">Betalen.</p>
      <p data-answer="when" data-deadline-weeks="6">Binnen 6 weken.</p>
      <p data-answer="if-nothing">Dan komt er een aanmaning.</p>
      <p data-answer="help" data-phone="14 0123">Bel ons.</p>
      <p data-explanation="m1">De rekening.</p>`;
    el.append(source.content);
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => el.content.status === 'ready', 'content loads', { timeout: 8000 });
    await el.ready;
    const letter = el.querySelector('[data-letter]')!;
    expect(letter.getAttribute('slot')).to.equal('wegwijs-letter');
    expect(letter.querySelectorAll('li').length).to.be.at.most(201);
    expect(letter.querySelectorAll('a').length).to.be.at.most(200);
    expect(letter.textContent).to.contain('…');
    expect(letter.querySelector('button.wegwijs-letter-explainer__term'), 'the mark still explains')
      .to.exist;
    await waitUntil(() => el.problems.some((p) => p.message.includes('op één plek')), 'worded');
    const report = el.problems.find((p) => p.message.includes('op één plek'));
    expect(report?.lang).to.equal('nl');
    expect(report?.message).to.contain('niet getoond uit uw HTML');
  });
});
