import { expect, fixture, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import { glossaryTerms } from '@wegwijs/glossary';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { compareTerms } from '../src/term-order.js';
import { EXAMPLES, ready } from './helpers.js';

const glossaryList = (el: HTMLElement) =>
  [...el.querySelectorAll('dl.wegwijs-letter-explainer__gl dfn')].map((d) => d.textContent!);

describe('the glossary section', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
  });

  it('orders terms as the Dutch collator does, without loading one', () => {
    const words = [...new Set(glossaryTerms.flatMap((t) => [t.term, ...(t.forms ?? [])]))];
    words.push('Wmo-consulent', 'cliënt', 'client', 'CAK', 'bezwaar maken', 'bezwaarschrift');
    const collator = [...words].sort((a, b) => a.localeCompare(b, 'nl'));
    expect([...words].sort(compareTerms)).to.deep.equal(collator);
  });

  it('lists the terms of the new letter when the content changes', async () => {
    const el = await ready(
      await fixture<WegwijsLetterExplainer>(
        html`<wegwijs-letter-explainer
          src="${EXAMPLES}/wmo-beschikking.json"
          today="2025-04-01"
        ></wegwijs-letter-explainer>`,
      ),
    );
    const first = glossaryList(el);
    expect(first).to.include('Wmo');
    expect(first).to.deep.equal([...first].sort((a, b) => a.localeCompare(b, 'nl')));
    el.src = `${EXAMPLES}/aanmaning-belastingen.json`;
    await ready(el);
    const second = glossaryList(el);
    expect(second).to.include('aanmaning');
    expect(second).not.to.include('Wmo');
    expect(second).to.deep.equal([...second].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
