import { expect, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor, headings, markup, json } from './helpers.js';

document.documentElement.lang = 'nl';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('bad input', () => {
  it('skips a step without a title and tells the editor', async () => {
    const route = { steps: [{ text: 'geen titel' }, { title: 'Goede stap' }] };
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide preview src=${json(route)}></wegwijs-step-guide>`,
    );
    expect(headings(el)).to.deep.equal(['Stap 1 van 1: Goede stap']);
    expect(logged.join('\n')).to.contain(
      'steps[0].title: ontbreekt (verplicht) (stap overgeslagen)',
    );
    expect(el.shadowRoot!.querySelector('[part=editor-notice]')!.textContent).to.contain(
      'steps[0].title',
    );
  });

  it('skips a markup step without a heading and tells the editor', async () => {
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide preview
        ><ol>
          <li><p>Geen kop</p></li>
          <li><h3>Wel een kop</h3></li>
        </ol></wegwijs-step-guide
      >`,
    );
    expect(headings(el)).to.deep.equal(['Stap 1 van 1: Wel een kop']);
    const dutch = 'steps[0].title: de stap heeft geen kop (h2–h6) (stap overgeslagen)';
    expect(logged.join('\n')).to.contain(dutch);
    expect(el.shadowRoot!.querySelector('[part=editor-notice]')!.textContent).to.contain(dutch);
  });

  it('shows a neutral placeholder for an unknown pictogram and tells the editor', async () => {
    const route = { steps: [{ title: 'Stap', pictogram: 'telefon' }] };
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide preview src=${json(route)}></wegwijs-step-guide>`,
    );
    await waitUntil(() => el.problems.length > 0);
    await el.updateComplete;
    const pic = el.querySelector('.wegwijs-step-guide__pic')!;
    expect(pic.getAttribute('data-pictogram')).to.equal('placeholder');
    expect(pic.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(pic.querySelector('rect')).to.exist;
    // In Dutch for the editor (issue 18): code pictogram-unknown, from core's message table.
    const notice = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
    const dutch = 'pictogram "telefon" is geen ingebouwd pictogram (er staat een leeg vlak)';
    await waitUntil(() => notice().includes(dutch), 'Dutch notice');
    expect(notice()).not.to.contain('built-in');
    expect(logged.join('\n')).to.contain(dutch);
  });

  it('names markup without any step heading in Dutch (issue 18)', async () => {
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide preview
        ><ol>
          <li><p>Geen kop</p></li>
        </ol></wegwijs-step-guide
      >`,
    );
    const dutch = 'steps: geen stap met een kop (h2–h6)';
    await waitUntil(() => logged.join('\n').includes(dutch), 'Dutch message');
    expect(logged.join('\n')).not.to.contain('no step with a heading');
    void el;
  });

  it('falls back to the markup when the JSON is invalid, and says why', async () => {
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide preview src="/__fault/text?body=%7Bnope"
        >${markup}</wegwijs-step-guide
      >`,
    );
    expect(el.content.origin).to.equal('markup');
    expect(headings(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part=editor-notice]')!.textContent).to.contain(
      'src "/__fault/text?body=%7Bnope": geen geldige JSON op regel 1, teken 2.',
    );
    void logged;
  });

  it('gives residents a readable fallback when nothing can be shown', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide src="/__fault/status/404"></wegwijs-step-guide>`,
    );
    expect(el.shadowRoot!.querySelector('.fallback')!.textContent).to.contain(
      'kan nu niet worden getoond',
    );
    expect(el.querySelector('.wegwijs-step-guide__step')).to.equal(null);
  });

  it('falls back when the JSON has the wrong shape', async () => {
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide preview src=${json({ steps: 'nee' })}></wegwijs-step-guide>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.fallback'));
    expect(logged.join('\n')).to.contain('steps: verwacht lijst [ ], gevonden tekst');
  });

  it('shows hostile strings as text and drops unsafe links', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const route = {
      steps: [
        {
          title: evil,
          text: `${evil} [klik](javascript:alert(1)) **vet**`,
          bring: ['<script>window.__pwned=1</script>'],
          action: { label: 'Ga', href: 'javascript:alert(1)' },
          pictogram: { src: 'javascript:alert(1)', alt: 'x' },
        },
      ],
    };
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide src=${json(route)}></wegwijs-step-guide>`,
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.querySelector('.wegwijs-step-guide__title span[lang]')!.textContent).to.equal(evil);
    expect(el.querySelector('.wegwijs-step-guide__text')!.textContent).to.contain(evil);
    expect(
      el.querySelector('.wegwijs-step-guide__step img, .wegwijs-step-guide__step script'),
    ).to.equal(null);
    expect(el.querySelector('.wegwijs-step-guide__step a')).to.equal(null);
    expect(el.querySelector('.wegwijs-step-guide__text strong')!.textContent).to.equal('vet');
    expect(logged.join('\n')).to.contain(
      'steps[0].action.href: geen https-, tel:- of mailto:-adres',
    );
  });

  it('warns about a translation with a different number of steps', async () => {
    const { el, logged } = await guideFor(
      html`<wegwijs-step-guide preview
        ><ol>
          <li><h3>Een</h3></li>
          <li><h3>Twee</h3></li>
        </ol>
        <template lang="tr"
          ><ol>
            <li><h3>Bir</h3></li>
          </ol></template
        ></wegwijs-step-guide
      >`,
    );
    const dutch = 'template lang="tr": 1 stappen, de lijst heeft er 2';
    expect(logged.join('\n')).to.contain(dutch);
    expect(el.shadowRoot!.querySelector('[part=editor-notice]')!.textContent).to.contain(dutch);
  });

  it('names a heading-level out of range in Dutch in the preview notice (issue 18)', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide preview heading-level="9">${markup}</wegwijs-step-guide>`,
    );
    const text = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
    await waitUntil(() => text().includes('heading-level: verwacht'));
    expect(text()).to.contain('heading-level: verwacht 2 tot 6, gevonden "9" (3 gebruikt)');
  });
});
