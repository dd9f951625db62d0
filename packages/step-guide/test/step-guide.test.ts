import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { readDevice, setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsStepChangeEvent, WegwijsStepGuide } from '../src/index.js';
import { guideFor, headings, ROUTE_URL, settle } from './helpers.js';

document.documentElement.lang = 'nl';

const markup = html`<ol>
    <li data-pictogram="phone" data-id="bel" data-next="or">
      <h3>Bel de gemeente</h3>
      <p>Zeg: ik wil een <strong>cliëntondersteuner</strong>.</p>
      <a data-action href="tel:0201234567" data-phone="020 123 45 67">Bel</a>
    </li>
    <li data-pictogram="walk-in">
      <h3>Loop binnen</h3>
      <p>Kom naar het wijkteam.</p>
      <ul data-bring>
        <li>Uw brieven</li>
        <li>Uw ID-kaart</li>
      </ul>
    </li>
    <li data-pictogram="plan">
      <h3>Samen maakt u een plan</h3>
      <p>Het plan is van u.</p>
    </li>
  </ol>
  <template lang="ar">
    <ol>
      <li>
        <h3>اتصل بالبلدية</h3>
        <p>قل: أريد مرشدًا.</p>
        <a data-action href="tel:0201234567">اتصل</a>
      </li>
      <li>
        <h3>تعال بدون موعد</h3>
        <p>تعال إلى فريق الحي.</p>
        <ul data-bring>
          <li>رسائلك</li>
          <li>بطاقة هويتك</li>
        </ul>
      </li>
      <li>
        <h3>تضعان خطة معًا</h3>
        <p>الخطة لك.</p>
      </li>
    </ol>
  </template>`;

const json = (data: unknown) => `/__fault/text?body=${encodeURIComponent(JSON.stringify(data))}`;
const step = (el: Element, index: number) =>
  el.querySelectorAll<HTMLElement>('.wegwijs-step-guide__step')[index]!;
const toggles = (el: Element) => [
  ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle'),
];
const barButton = (el: Element, text: RegExp) =>
  [...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__bar button')].find((b) =>
    text.test(b.textContent!),
  )!;

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

describe('all steps view', () => {
  it('shows and hides a step with a button that says whether it is open', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const [first, second] = toggles(el);
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(second!.getAttribute('aria-expanded')).to.equal('false');
    const body = el.querySelector<HTMLElement>(`#${second!.getAttribute('aria-controls')}`)!;
    expect(body.hidden).to.equal(true);
    second!.click();
    await el.updateComplete;
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
  });

  it('shows and hides all steps', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const all = barButton(el, /Toon alle stappen/);
    expect(all.getAttribute('aria-expanded')).to.equal('false');
    all.click();
    await el.updateComplete;
    expect(toggles(el).every((t) => t.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(all.textContent!.trim()).to.equal('Verberg alle stappen');
    all.click();
    await el.updateComplete;
    expect(toggles(el).every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('marks the current step with aria-current="step"', async () => {
    const route = {
      steps: [{ title: 'A', status: 'done' }, { title: 'B', status: 'current' }, { title: 'C' }],
    };
    const { el } = await guideFor(
      html`<wegwijs-step-guide src=${json(route)}></wegwijs-step-guide>`,
    );
    expect(step(el, 1).getAttribute('aria-current')).to.equal('step');
    expect(el.querySelectorAll('[aria-current]')).to.have.length(1);
    expect(step(el, 0).dataset['status']).to.equal('done');
    expect(step(el, 0).querySelector('.wegwijs-step-guide__chip')?.textContent).to.equal('Gedaan');
  });

  it('works with the keyboard alone', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const second = toggles(el)[1]!;
    second.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('false');
    // Tab from the first toggle reaches the step's call to action next.
    toggles(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.classList.contains('wegwijs-step-guide__act')).to.equal(true);
  });

  it('is what a screen reader reads: step numbers, headings, the list', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const list = el.querySelector<HTMLElement>('.wegwijs-step-guide__steps')!;
    await virtual.start({ container: list });
    try {
      for (let i = 0; i < 12; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('list');
      expect(spoken).to.match(/heading, Stap 1 van 3: Bel de gemeente, level 3/);
      expect(spoken).to.match(/button, Stap 1 van 3: Bel de gemeente, .*expanded/);
      expect(spoken).to.contain('Telefoon');
      expect(spoken).to.contain('current step');
    } finally {
      await virtual.stop();
    }
  });

  it('has no axe violations in Dutch and in Arabic (RTL)', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide src=${ROUTE_URL}></wegwijs-step-guide>`);
    await expect(el).to.be.accessible();
    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    expect(el.querySelector('.wegwijs-step-guide__in')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('shows the Arabic UI when the page locale is set before the guide connects', async () => {
    await setPageLocale('ar', { remember: false });
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    const allSteps = () => barButton(el, /./).textContent!.trim();
    await waitUntil(() => allSteps() === 'كل الخطوات', `UI not in Arabic: "${allSteps()}"`, {
      timeout: 3000,
    });
    const inner = el.querySelector('.wegwijs-step-guide__in')!;
    expect(inner.getAttribute('lang')).to.equal('ar');
    expect(inner.getAttribute('dir')).to.equal('rtl');
    expect(step(el, 0).querySelector('.wegwijs-step-guide__vh')!.textContent).to.contain(
      'الخطوة 1 من 3',
    );
    expect(headings(el)[0]).to.contain('اتصل بالبلدية');
  });
});

describe('one step at a time', () => {
  it('moves with big buttons, announces progress and moves focus to the step heading', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one" src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    expect(el.querySelectorAll('.wegwijs-step-guide__step')).to.have.length(1);
    const progress = el.querySelector('.wegwijs-step-guide__progress')!;
    expect(progress.getAttribute('role')).to.equal('status');
    expect(progress.querySelector('.wegwijs-step-guide__vh')!.textContent).to.equal('Stap 1 van 7');
    expect(progress.querySelector('[aria-hidden]')!.textContent).to.equal('1 / 7');
    const prev = el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__prev')!;
    const next = el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__next')!;
    expect(prev.disabled).to.equal(true);
    next.focus();
    const changed = oneEvent(el, 'wegwijs-step-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.index).to.equal(1);
    await el.updateComplete;
    expect(
      el.querySelector('.wegwijs-step-guide__progress .wegwijs-step-guide__vh')!.textContent,
    ).to.equal('Stap 2 van 7');
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-step-guide__title'));
    expect(document.activeElement!.textContent).to.contain('Loop binnen');
    expect(document.activeElement!.getAttribute('tabindex')).to.equal('-1');
    // Tab from the heading goes on into the step; Previous brings us back.
    el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__prev')!.click();
    await el.updateComplete;
    expect(
      el.querySelector('.wegwijs-step-guide__progress .wegwijs-step-guide__vh')!.textContent,
    ).to.equal('Stap 1 van 7');
    expect(document.activeElement!.textContent).to.contain('Bel de gemeente');
  });

  it('announces the progress in a live region (virtual screen reader)', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one">${markup}</wegwijs-step-guide>`,
    );
    const one = el.querySelector<HTMLElement>('.wegwijs-step-guide__one')!;
    await virtual.start({ container: one });
    try {
      await virtual.next();
      el.querySelector<HTMLButtonElement>('.wegwijs-step-guide__next')!.click();
      await el.updateComplete;
      await waitUntil(async () =>
        (await virtual.spokenPhraseLog()).some((p) => p.includes('Stap 2 van 3')),
      );
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.match(/polite: Stap 2 van 3/);
    } finally {
      await virtual.stop();
    }
  });

  it('switches views by the resident, and mirrors arrows in RTL', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    barButton(el, /Stap voor stap/).click();
    await el.updateComplete;
    expect(el.currentView).to.equal('one');
    expect(document.activeElement?.classList.contains('wegwijs-step-guide__title')).to.equal(true);
    expect(el.querySelector('.wegwijs-step-guide__next [aria-hidden]')!.textContent).to.equal('→');
    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    expect(el.querySelector('.wegwijs-step-guide__next [aria-hidden]')!.textContent).to.equal('←');
    expect(el.querySelector('.wegwijs-step-guide__next')!.textContent).to.contain('التالي');
  });

  it('swipes with pointer events (towards the reading direction)', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one">${markup}</wegwijs-step-guide>`,
    );
    const area = el.querySelector('.wegwijs-step-guide__one')!;
    const swipe = (from: number, to: number) => {
      area.dispatchEvent(
        new PointerEvent('pointerdown', { clientX: from, clientY: 100, bubbles: true }),
      );
      area.dispatchEvent(
        new PointerEvent('pointerup', { clientX: to, clientY: 105, bubbles: true }),
      );
    };
    swipe(300, 100);
    await el.updateComplete;
    expect(el.activeStep).to.equal(1);
    swipe(100, 130); // too short: nothing
    await el.updateComplete;
    expect(el.activeStep).to.equal(1);
    swipe(100, 300);
    await el.updateComplete;
    expect(el.activeStep).to.equal(0);
  });

  it('has no axe violations in Dutch and in Arabic (RTL)', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide view="one" src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    await expect(el).to.be.accessible();
    await setPageLocale('ar', { remember: false });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('checkmarks on the device', () => {
  it('stores ticked steps under a documented key, and resets them', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide progress-key="test-route">${markup}</wegwijs-step-guide>`,
    );
    toggles(el)[1]!.click();
    await el.updateComplete;
    const box = step(el, 1).querySelector<HTMLInputElement>('.wegwijs-step-guide__check input')!;
    const checked = oneEvent(el, 'wegwijs-step-check');
    box.click();
    const event = await checked;
    expect(event.detail).to.deep.equal({ index: 1, id: '1', checked: true });
    expect(readDevice('step-guide:test-route')).to.equal('["1"]');
    box.checked = false;
    step(el, 0).querySelector<HTMLInputElement>('.wegwijs-step-guide__check input')!.click();
    expect(JSON.parse(localStorage.getItem('wegwijs:step-guide:test-route')!)).to.deep.equal([
      '1',
      'bel',
    ]);

    // A new guide on the same key shows the ticks, and starts at the first open step.
    const again = await guideFor(
      html`<wegwijs-step-guide progress-key="test-route">${markup}</wegwijs-step-guide>`,
    );
    expect(step(again.el, 0).dataset['status']).to.equal('done');
    expect(step(again.el, 0).querySelector('.wegwijs-step-guide__num')!.textContent).to.equal('✓');
    expect(step(again.el, 2).getAttribute('aria-current')).to.equal('step');

    barButton(again.el, /Wis mijn vinkjes/).click();
    await again.el.updateComplete;
    expect(localStorage.getItem('wegwijs:step-guide:test-route')).to.equal(null);
    expect(again.el.querySelector('.wegwijs-step-guide__bar [role=status]')!.textContent).to.equal(
      'Uw vinkjes zijn gewist.',
    );
    expect(again.el.querySelector('[data-status=done]')).to.equal(null);
  });
});

describe('print layout', () => {
  it('opens every step, keeps pictograms and drops the buttons', async () => {
    const { el } = await guideFor(
      html`<wegwijs-step-guide print view="one" src=${ROUTE_URL}></wegwijs-step-guide>`,
    );
    expect(el.querySelectorAll('.wegwijs-step-guide__step')).to.have.length(7);
    expect(el.querySelectorAll('button')).to.have.length(0);
    expect(el.querySelectorAll('input, wegwijs-read-aloud')).to.have.length(0);
    expect(el.querySelectorAll('.wegwijs-step-guide__body[hidden]')).to.have.length(0);
    expect(el.querySelectorAll('.wegwijs-step-guide__pic svg')).to.have.length(7);
    expect(el.querySelectorAll('.wegwijs-step-guide__title')).to.have.length(7);
  });

  it('switches to it when the browser prints', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.querySelectorAll('.wegwijs-step-guide__body[hidden]')).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.querySelectorAll('.wegwijs-step-guide__body[hidden]')).to.have.length(2);
  });

  it('gets its buttons back when the browser never says printing ended', async () => {
    const { el } = await guideFor(html`<wegwijs-step-guide>${markup}</wegwijs-step-guide>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.querySelectorAll('button')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await el.updateComplete;
    expect(el.querySelectorAll('button').length).to.be.greaterThan(0);
  });
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

describe('events and API', () => {
  it('reports the step change with a typed event', async () => {
    const el = (await fixture(
      html`<wegwijs-step-guide view="one">${markup}</wegwijs-step-guide>`,
    )) as WegwijsStepGuide;
    await settle(el);
    setTimeout(() => el.go(2));
    const event = await oneEvent(el, 'wegwijs-step-change');
    expect((event as unknown as WegwijsStepChangeEvent).index).to.equal(2);
    expect(event.bubbles && event.composed).to.equal(true);
  });
});
