import { expect, fixture, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsStepGuide } from '../src/step-guide.js';
import { guideFor, headings, ROUTE_URL, markup, settle, step } from './helpers.js';

document.documentElement.lang = 'nl';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('content modes', () => {
  it('keeps the editor markup readable without the component defined', async () => {
    const plain = (await fixture(
      html`<div><not-yet-a-guide>${markup}</not-yet-a-guide></div>`,
    )) as HTMLElement;
    const text = plain.innerText;
    expect(text).to.contain('Bel de gemeente');
    expect(text).to.contain('Samen maakt u een plan');
    expect(text).not.to.contain('اتصل'); // translations wait inside <template>
    expect(plain.querySelectorAll('ol > li h3')).to.have.length(3);
  });

  it('shows the editor markup through one slot while loading, and the guide through it after', async () => {
    const route = { steps: [{ title: 'Bel de gemeente' }, { title: 'Maak een afspraak' }] };
    const src = `/__fault/slow/1500?body=${encodeURIComponent(JSON.stringify(route))}`;
    const el = (await fixture(
      html`<wegwijs-step-guide src=${src}>${markup}</wegwijs-step-guide>`,
    )) as WegwijsStepGuide;
    // Loading: the editor's list is what the resident reads (the default slot).
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(el.content.status).to.equal('loading');
    expect(slot.hasAttribute('name')).to.equal(false);
    expect(slot.assignedElements().map((e) => e.localName)).to.include('ol');
    await settle(el);
    expect(headings(el)).to.have.length(2);
    // Rendered: the same slot, renamed (one shadow template for both states, no swap).
    expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(slot);
    expect(slot.getAttribute('name')).to.equal('guide');
  });

  it('reads the editor markup, its translations, and renders in the light DOM', async () => {
    const { el, guide } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    expect(el.content.origin).to.equal('markup');
    expect(guide?.slot).to.equal('guide');
    expect(headings(el)).to.deep.equal([
      'Stap 1 van 3: Bel de gemeente',
      'Stap 2 van 3: of Loop binnen',
      'Stap 3 van 3: Samen maakt u een plan',
    ]);
    expect(el.querySelector('.wegwijs-step-guide__text strong')?.textContent).to.equal(
      'cliëntondersteuner',
    );
    // A closed step's body is built when it opens (a fast first render of long guides).
    expect(step(el, 1).querySelector('.wegwijs-step-guide__body')!.childElementCount).to.equal(0);
    step(el, 1).querySelector<HTMLButtonElement>('.wegwijs-step-guide__toggle')!.click();
    await el.updateComplete;
    expect(
      [...step(el, 1).querySelectorAll('.wegwijs-step-guide__bring li')].map(
        (li) => li.textContent,
      ),
    ).to.deep.equal(['Uw brieven', 'Uw ID-kaart']);
    const action = step(el, 0).querySelector('a.wegwijs-step-guide__act')!;
    expect(action.getAttribute('href')).to.equal('tel:0201234567');
    expect(action.querySelector('bdi[dir=ltr]')?.textContent).to.equal('020 123 45 67');
    // The editor's own list is no longer rendered (not slotted); the guide is.
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);

    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    const title = step(el, 0).querySelector('.wegwijs-step-guide__title span[lang]')!;
    expect(title.textContent).to.equal('اتصل بالبلدية');
    expect(title.getAttribute('dir')).to.equal('rtl');
    expect(guide!.querySelector('.wegwijs-step-guide__in')!.getAttribute('dir')).to.equal('rtl');
    expect(headings(el)[0]).to.equal('الخطوة 1 من 3: اتصل بالبلدية');
  });

  it('loads a route from src, with a language switch for its languages', async () => {
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    expect(el.content.origin).to.equal('src');
    expect(logged).to.deep.equal([]);
    expect(el.querySelectorAll('.wegwijs-step-guide__step')).to.have.length(7);
    expect(el.querySelector('wegwijs-language-switch')?.getAttribute('languages')).to.equal(
      'nl en ar tr pl',
    );
    const pic = step(el, 0).querySelector('.wegwijs-step-guide__pic svg')!;
    expect(pic.getAttribute('role')).to.equal('img');
    expect(pic.getAttribute('aria-label')).to.equal('Telefoon');
  });

  it('hides the language switch on request', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide hide-language-switch src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    expect(el.querySelector('wegwijs-language-switch')).to.equal(null);
  });

  it('reads inline JSON before src and markup', async () => {
    const data = JSON.stringify({ steps: [{ title: 'Inline stap', text: 'Tekst' }] });
    const { el } = await guideFor(
      html`<wegwijs-step-guide src="/__fault/status/404"
        ><script type="application/json">
          ${data}
        </script>
        ${markup}</wegwijs-step-guide
      >`,
    );
    expect(el.content.origin).to.equal('inline');
    expect(headings(el)).to.deep.equal(['Stap 1 van 1: Inline stap']);
  });

  it('uses the heading level the editor sets', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide heading-level="2">${markup}</wegwijs-step-guide>`,
    );
    expect(el.querySelectorAll('h2.wegwijs-step-guide__title')).to.have.length(3);
  });
});
