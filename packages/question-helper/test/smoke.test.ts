import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { helperFor, SET_URL } from './helpers.js';

describe('smoke', () => {
  it('renders', async () => {
    const { el, logged } = await helperFor(html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`);
    console.log(logged.join('\n'));
    console.log(el.innerHTML.slice(0, 3000));
    expect(el.querySelectorAll('.wqh-domain')).to.have.length(10);
  });
});
