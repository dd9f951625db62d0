import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import { defined } from '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';

// What a resident can still do when the deadline has passed, and what an objection contains.
const EXAMPLES = '/packages/letter-explainer/examples';

async function letter(letterDate: string): Promise<WegwijsLetterExplainer> {
  const el = await fixture<WegwijsLetterExplainer>(
    html`<wegwijs-letter-explainer
      src="${EXAMPLES}/wmo-beschikking.json"
      today="2025-06-01"
      letter-date=${letterDate}
    ></wegwijs-letter-explainer>`,
  );
  await defined;
  await el.ready;
  await waitUntil(() => el.content?.status === 'ready', 'content loads', { timeout: 4000 });
  await el.ready;
  await waitUntil(() => el.querySelector('.wegwijs-letter-explainer__deadline p'), 'deadline', {
    timeout: 4000,
  });
  return el;
}

const size = (e: Element) => e.getBoundingClientRect();

describe('letter explainer: what you can still do', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('offers help now when the deadline has passed: call, a person, a late objection', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const el = await letter('2025-01-06'); // + 6 weeks = 17 February: passed on 1 June
    expect(el.deadlineInfo()!.state).to.equal('passed');
    const late = el.querySelector('.wegwijs-letter-explainer__late')!;
    expect(late, 'get-help-now block').to.exist;
    const call = late.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.textContent).to.contain('Bel nu');
    expect(call.getAttribute('href')).to.equal('tel:140123');
    const finder = [...late.querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
      a.href.includes('cf-lang=nl'),
    )!;
    expect(finder, 'contact finder link').to.exist;
    for (const action of [call, finder]) {
      expect(size(action).height).to.be.at.least(44);
      expect(size(action).width).to.be.at.least(44);
    }
    expect(late.textContent).to.contain('te laat bent');
    expect(late.textContent).to.contain('Inloopspreekuur');
    await expect(el).to.be.accessible();
  });

  it('shows no help-now block while there is time', async () => {
    const el = await letter('2025-05-20');
    expect(el.deadlineInfo()!.state).to.equal('plenty');
    expect(el.querySelector('.wegwijs-letter-explainer__late')).to.equal(null);
  });

  it('lists what an objection must contain, as steps, with the last day', async () => {
    const el = await letter('2025-05-20');
    const steps = el.querySelector('.wegwijs-letter-explainer__objection')!;
    expect(steps, 'objection steps').to.exist;
    const items = [...steps.querySelectorAll('ol > li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(6);
    expect(items[0]).to.contain('naam en adres');
    expect(items[2]).to.contain('kenmerk');
    expect(items[3]).to.contain('niet eens');
    expect(items[4]).to.contain('handtekening');
    expect(items[5]).to.contain(el.deadlineInfo()!.when);
    expect(steps.textContent).to.contain('cliëntondersteuner');
  });

  it('is in Arabic, right to left, and accessible', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const el = await letter('2025-01-06');
    await waitUntil(
      () =>
        el.querySelector('.wegwijs-letter-explainer__late')?.textContent?.includes('مرافق مستقل'),
      'Arabic help-now text',
      { timeout: 4000 },
    );
    const late = el.querySelector('.wegwijs-letter-explainer__late')!;
    expect(late.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect(el.querySelector('.wegwijs-letter-explainer__objection')!.textContent).to.contain(
      'اعتراض',
    );
    expect(late.textContent).not.to.contain('Bel nu');
    await expect(el).to.be.accessible();
  });
});
