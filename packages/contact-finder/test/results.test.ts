import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import './helpers/papaparse.js';
import '../src/define.js';
import { JSON_SRC, finder, shadow, cards, count, field, type } from './helpers/finder.js';

document.documentElement.lang = 'nl';

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<wegwijs-contact-finder>', () => {
  it('announces the number found politely, debounced, and keeps focus in the field (virtual screen reader)', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    const status = shadow(el).querySelector('[role=status]')!;
    await aTimeout(700);
    const container = shadow(el).querySelector('[part=base]') as HTMLElement;
    await virtual.start({ container });
    try {
      const input = field<HTMLInputElement>(el, 'query');
      for (const partial of ['s', 'so', 'som', 'soma', 'somal']) await type(el, 'query', partial);
      const found = count(el);
      expect(found).to.equal('Gevonden: 3'); // Hodan, Abdirahman and a team speaking Somali
      expect(status.textContent!.trim()).to.equal('Gevonden: 30'); // not yet: typing goes on
      expect(shadow(el).activeElement).to.equal(input);
      await aTimeout(800);
      expect(status.textContent!.trim()).to.equal(found);
      const spoken = await virtual.spokenPhraseLog();
      expect(spoken.filter((p) => p.includes('Gevonden'))).to.deep.equal([`polite: ${found}`]);
      expect(shadow(el).activeElement).to.equal(input);
    } finally {
      await virtual.stop();
    }
  });

  it('adds the cards of a first list a frame after the form, in tasks of their own (issue 23)', async () => {
    const seen: number[] = [];
    const observer = new MutationObserver(() => {
      const list = document.querySelector('.wegwijs-contact-finder__count');
      if (list) seen.push(document.querySelectorAll('.wegwijs-contact-finder__contact').length);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // A clock that moves 3 ms per reading, so a slice of cards ends after a few of them on any
    // machine: on a real clock a fast machine builds all ten within one 8 ms slice (a flaky
    // failure in CI), a loaded one a card per frame.
    const realNow = performance.now.bind(performance);
    let ticks = 0;
    performance.now = () => realNow() + 3 * ++ticks;
    let el: Awaited<ReturnType<typeof finder>>;
    try {
      el = await finder(html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`);
    } finally {
      observer.disconnect();
      performance.now = realNow;
    }
    expect(seen[0], 'cards with the first count').to.equal(0);
    expect(new Set(seen).size, 'the list grew in steps').to.be.above(2);
    // In the end the whole first page, in order, as when it was made in one go.
    const ids = cards(el).map((c) => c.querySelector('h3')!.id);
    const prefix = ids[0]!.replace(/-c0$/, '');
    expect(ids).to.deep.equal(Array.from({ length: 10 }, (_, n) => `${prefix}-c${n}`));
    const names = cards(el).map((c) => c.querySelector('h3')!.textContent!.trim());
    el.requestUpdate();
    await el.updateComplete;
    expect(cards(el).map((c) => c.querySelector('h3')!.textContent!.trim())).to.deep.equal(names);
    expect(el.querySelector('.wegwijs-contact-finder__more')!.textContent).to.contain('nog 20');
  });

  it('shows the new result in full when the filter changes while cards are being added', async () => {
    const el = (await fixture(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    )) as Awaited<ReturnType<typeof finder>>;
    while (!el.querySelector('.wegwijs-contact-finder__count')) await aTimeout(0);
    expect(cards(el).length, 'not all cards yet').to.be.below(10);
    await type(el, 'query', 'somal');
    expect(count(el)).to.equal('Gevonden: 3');
    expect(cards(el)).to.have.length(3);
    const ids = cards(el).map((c) => c.querySelector('h3')!.id);
    expect(new Set(ids).size).to.equal(3);
  });

  it('shows more and moves focus to the first new contact', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC} page-size="5"></wegwijs-contact-finder>`,
    );
    expect(cards(el)).to.have.length(5);
    const more = el.querySelector<HTMLButtonElement>('.wegwijs-contact-finder__more')!;
    expect(more.textContent).to.contain('nog 25');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(10);
    expect(document.activeElement).to.equal(cards(el)[5]!.querySelector('h3'));
  });

  it('offers to widen an empty search and shows the general helpline', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder
        src=${JSON_SRC}
        language="so"
        postcode="9901"
        topic="housing"
      ></wegwijs-contact-finder>`,
    );
    expect(count(el)).to.equal('Niemand gevonden.');
    const buttons = [
      ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-contact-finder__widen button'),
    ];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Zoek zonder postcode',
      'Zoek in alle talen',
      'Zoek bij alle onderwerpen',
    ]);
    expect(el.textContent).to.contain('Algemene hulplijn Voorbeeldstad');
    buttons[1]!.focus();
    buttons[1]!.click();
    await el.updateComplete;
    expect(count(el)).to.match(/^Gevonden: \d+$/);
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-contact-finder__count'));
  });
});
