import { expect, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/define.js';
import { helperFor } from './helpers.js';

// Issue 27: a question list with 5,000 items (the hostile corpus's wide markup) held the page
// for seconds in one task. Cut before the shadow root: the first 200 and an ellipsis, and the
// editor is told in Dutch.
describe('question helper: very wide markup', () => {
  it('reads at most 200 items of a very wide list and reports the rest', async () => {
    const items = Array.from(
      { length: 5_000 },
      (_, i) =>
        `<li data-id="q${i}">Vraag ${i}<ul><li data-id="a${i}">Ik heb vraag ${i}.</li></ul></li>`,
    ).join('');
    const { el } = await helperFor(
      html`<wegwijs-question-helper preview
        ><p>Waar wilt u hulp bij?</p>
        ${unsafeHTML(`<ul lang="nl">${items}</ul>`)}</wegwijs-question-helper
      >`,
    );
    expect(el.querySelectorAll(':scope > ul > li').length).to.be.at.most(201);
    const report = el.problems.find((p) => p.message.includes('op één plek'));
    expect(report?.lang).to.equal('nl');
    expect(report?.message).to.contain('4800 elementen');
  });
});
