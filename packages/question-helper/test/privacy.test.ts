import { expect, html } from '@open-wc/testing';
import { readDevice, setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { SET_URL, helperFor } from './helpers.js';

// In the one big file the earlier tests' afterEach had already put the page in Dutch; a file
// of its own starts in the browser's language, so it sets Dutch first.
before(async () => {
  await setPageLocale('nl', { remember: false });
});

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('private by design', () => {
  it('stores nothing until "remember on this phone", and clears it', async () => {
    localStorage.clear();
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__domain')!.click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.includes('question-helper'))).to.deep.equal(
      [],
    );
    const keep = el.querySelector<HTMLInputElement>('.wegwijs-question-helper__keep input')!;
    keep.click();
    await el.updateComplete;
    const key = 'question-helper:oco-questions';
    expect(JSON.parse(readDevice(key)!).domains).to.deep.equal(['money']);
    // a new helper on this phone gets the answers back
    const again = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    expect(again.el.answers.domains).to.deep.equal(['money']);
    again.el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__forget')!.click();
    await again.el.updateComplete;
    expect(readDevice(key)).to.equal(undefined);
    expect(again.el.answers.domains).to.deep.equal([]);
    expect(again.el.querySelector('[role=status]')!.textContent).to.contain(
      'Uw keuzes zijn gewist.',
    );
  });
});
