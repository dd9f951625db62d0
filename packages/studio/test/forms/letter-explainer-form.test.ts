// The letter form, as an editor uses it: a pasted letter, the glossary terms and the deadline
// Studio finds confirmed or removed by keyboard, the five answers in Dutch and Arabic; the
// content passes the letter explainer's own check and the real <wegwijs-letter-explainer>
// shows the confirmed terms and the deadline.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { check } from '@wegwijs/letter-explainer/check';
import type { LetterContent, WegwijsLetterExplainer } from '@wegwijs/letter-explainer';
import '@wegwijs/letter-explainer/define';
import '../../src/forms/letter-explainer/define.js';
import type { WegwijsStudioLetterExplainerForm } from '../../src/forms/letter-explainer/define.js';
import { CONTENT_CHANGE } from '../../src/forms/contract.js';
import { letterExplainerMarkup } from '../../src/output/letter-explainer-markup.js';
import { expectRoundTrip, hostWith } from '../letter-round-trip.js';

const LETTER = `Gemeente Voorbeeldstad

Onderwerp: beschikking bijzondere bijstand

Geachte heer Haddad,

U hebt bijzondere bijstand aangevraagd voor een wasmachine. Wij hebben besloten dat u geen bijzondere bijstand krijgt. Uw inkomen is hoger dan de bijstandsnorm.

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dagtekening van deze brief.

Met vriendelijke groet,`;
const SENTENCE = 'Dan kunt u bezwaar maken binnen zes weken na de dagtekening van deze brief.';

afterEach(() => {
  document.documentElement.lang = 'nl';
});

async function form(content?: LetterContent, languages = ['nl', 'ar']) {
  const el = await fixture<WegwijsStudioLetterExplainerForm>(
    html`<wegwijs-studio-letter-explainer-form
      .languages=${languages}
    ></wegwijs-studio-letter-explainer-form>`,
  );
  if (content) el.content = content;
  // The shell's part: every change is checked with the widget's own check.
  el.addEventListener(CONTENT_CHANGE, (e) => {
    const { content: next } = (e as CustomEvent<{ content: LetterContent }>).detail;
    el.content = next;
    el.problems = check(next).problems;
  });
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T & Element>(selector)!;
const term = (el: Element, id: string) => $(el, `li[data-term="${id}"]`);

async function typeInto(el: WegwijsStudioLetterExplainerForm, selector: string, text: string) {
  const field = $<HTMLTextAreaElement>(el, selector);
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Focuses an element by tabbing to it (fails if the keyboard cannot reach it). */
async function tabTo(target: HTMLElement) {
  for (let i = 0; i < 200; i++) {
    await sendKeys({ press: 'Tab' });
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active === target) return;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

async function pasteLetter(el: WegwijsStudioLetterExplainerForm) {
  await typeInto(el, 'textarea.letter', LETTER);
}

async function answerAll(el: WegwijsStudioLetterExplainerForm) {
  await typeInto(
    el,
    '[id$="-answers-what"]',
    'Een besluit: u krijgt geen geld voor een wasmachine.',
  );
  await typeInto(el, '[id$="-answers-what-ar"]', 'قرار: لن تحصل على مال لشراء غسالة.');
  await typeInto(el, '[id$="-answers-todo"]', 'Niets, als u het eens bent. Anders: maak bezwaar.');
  await typeInto(el, '[id$="-answers-ifNothing"]', 'Dan blijft het besluit zoals het is.');
  await typeInto(el, '[id$="-answers-help"]', 'Een cliëntondersteuner helpt u gratis.');
}

describe('<wegwijs-studio-letter-explainer-form>', function () {
  // Real keystrokes, the real widget and axe: slow on a busy machine.
  this.timeout(40000);

  it('marks the glossary terms and the deadline it finds in a pasted letter', async () => {
    const el = await form();
    await pasteLetter(el);
    const ids = [...root(el).querySelectorAll('li[data-term]')].map((li) =>
      li.getAttribute('data-term'),
    );
    expect(ids).to.include.members(['beschikking', 'bijzondere-bijstand', 'bezwaar', 'inkomen']);
    expect(term(el, 'bijzondere-bijstand').textContent).to.contain('3 keer in de brief');
    const marks = [...root(el).querySelectorAll('.letter-marked mark')].map((m) => m.textContent);
    expect(marks).to.include('bijzondere bijstand');
    expect(marks).to.include('binnen zes weken na de dagtekening van deze brief');
    const deadline = $(el, '.deadlines li');
    expect(deadline.textContent).to.contain('6 weken na de datum van de brief');
    expect(deadline.textContent).to.contain(SENTENCE);
    expect(el.content.letter).to.have.length(6);
    expect(el.content.autoTerms).to.equal(false);
  });

  it('confirms and removes by keyboard; the widget shows the confirmed terms and the deadline', async () => {
    const el = await form();
    await pasteLetter(el);

    const confirmBezwaar = term(el, 'bezwaar').querySelector<HTMLButtonElement>('button.confirm')!;
    await tabTo(confirmBezwaar);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(confirmBezwaar.getAttribute('aria-pressed')).to.equal('true');
    expect(term(el, 'bezwaar').querySelector('.state')!.textContent).to.equal('bevestigd');

    term(el, 'bijzondere-bijstand').querySelector<HTMLButtonElement>('button.confirm')!.focus();
    await sendKeys({ press: 'Space' });
    const removeInkomen = term(el, 'inkomen').querySelector<HTMLButtonElement>('button.reject')!;
    removeInkomen.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(removeInkomen.getAttribute('aria-pressed')).to.equal('true');

    const useDeadline = $<HTMLButtonElement>(el, '.deadlines button.confirm');
    useDeadline.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.content.deadline).to.deep.equal({ weeks: 6, from: 'letter-date', source: SENTENCE });
    expect(el.content.skipTerms).to.deep.equal(['inkomen']);
    expect(el.content.letter).to.include(
      'Bent u het niet eens met dit besluit? Dan kunt u [[bezwaar|bezwaar maken]] binnen zes weken na de dagtekening van deze brief.',
    );

    $<HTMLInputElement>(el, 'input[id$="-objection"]').click();
    expect(el.content.objection).to.equal(true);
    await answerAll(el);
    // Typed, not pasted: the Dutch label of the deadline.
    $<HTMLInputElement>(el, '[id$="-deadline-label"]').focus();
    await sendKeys({ type: 'Bezwaar maken' });
    expect(el.content.deadline?.label).to.equal('Bezwaar maken');
    // Dropped and used again, the deadline keeps the title the editor typed.
    $<HTMLButtonElement>(el, '.deadlines button.reject').click();
    await el.updateComplete;
    expect(el.content.deadline).to.equal(undefined);
    $<HTMLButtonElement>(el, '.deadlines button.confirm').click();
    await el.updateComplete;
    expect(el.content.deadline?.label).to.equal('Bezwaar maken');

    const checked = check(el.content);
    expect(checked.problems).to.deep.equal([]);
    expect(checked.ok).to.equal(true);

    // The form's content comes back the same through Studio's markup and the widget's reader.
    expectRoundTrip(el.content, ['nl', 'ar']);
    // The real widget, fed with the form's content as Studio's markup snippet (the default).
    const widget = document.importNode(
      hostWith(letterExplainerMarkup(el.content, ['nl', 'ar'])),
      true,
    ) as WegwijsLetterExplainer;
    widget.setAttribute('letter-date', '2027-03-01');
    widget.setAttribute('today', '2027-03-02');
    await fixture(widget);
    await widget.ready;
    await waitUntil(() => widget.content?.status !== 'loading', 'content loads');
    await widget.ready;
    const buttons = [...widget.querySelectorAll('button.wegwijs-letter-explainer__term')].map((b) =>
      b.textContent!.replace(/\s+/g, ' '),
    );
    expect(buttons.some((b) => b.includes('bezwaar maken'))).to.equal(true);
    expect(buttons.some((b) => b.includes('bijzondere bijstand'))).to.equal(true);
    expect(buttons.some((b) => b.includes('inkomen'))).to.equal(false);
    expect(buttons.some((b) => b.includes('beschikking'))).to.equal(false);
    expect(widget.querySelector('.wegwijs-letter-explainer__source')!.textContent).to.contain(
      SENTENCE,
    );
    expect(widget.querySelector('.wegwijs-letter-explainer__deadline')!.textContent).to.contain(
      '12 april 2027',
    );
  });

  it('opens saved content with its choices, and shows problems beside their field', async () => {
    const first = await form();
    await pasteLetter(first);
    term(first, 'bezwaar').querySelector<HTMLButtonElement>('button.confirm')!.click();
    term(first, 'inkomen').querySelector<HTMLButtonElement>('button.reject')!.click();
    $<HTMLButtonElement>(first, '.deadlines button.confirm').click();
    await first.updateComplete;

    const el = await form(JSON.parse(JSON.stringify(first.content)) as LetterContent);
    expect($<HTMLTextAreaElement>(el, 'textarea.letter').value).to.equal(
      LETTER.replace(/\n\n+/g, '\n\n'),
    );
    expect(term(el, 'bezwaar').querySelector('.state')!.textContent).to.equal('bevestigd');
    expect(term(el, 'inkomen').querySelector('.state')!.textContent).to.equal('verwijderd');
    expect(term(el, 'besluit').querySelector('.state')!.textContent).to.equal('nog niet gekozen');
    expect($(el, '.deadlines .state').textContent).to.equal('bevestigd');

    // Nothing answered yet: the check's problems stand beside the answers.
    el.problems = check(el.content).problems;
    await el.updateComplete;
    const what = $<HTMLTextAreaElement>(el, '[id$="-answers-what"]');
    expect(what.getAttribute('aria-invalid')).to.equal('true');
    const problems = root(el).getElementById(
      what.getAttribute('aria-describedby')!.split(' ').pop()!,
    )!;
    expect(problems.textContent!.trim()).to.not.equal('');
  });

  it('opens content whose terms the widget marks itself with those terms confirmed, and keeps them', async () => {
    const el = await form({
      answers: { what: 'Een besluit.', todo: 'Niets.', ifNothing: 'Niets.', help: 'De gemeente.' },
      letter: ['U kunt bezwaar maken. Uw inkomen is te hoog.'],
      skipTerms: ['inkomen'],
    } as LetterContent);
    expect(term(el, 'bezwaar').querySelector('.state')!.textContent).to.equal('bevestigd');
    expect(term(el, 'inkomen').querySelector('.state')!.textContent).to.equal('verwijderd');
    await typeInto(el, 'textarea.letter', 'U kunt bezwaar maken. Uw inkomen is te hoog. Bel ons.');
    expect(el.content.autoTerms).to.equal(false);
    expect(el.content.letter).to.deep.equal([
      'U kunt [[bezwaar|bezwaar maken]]. Uw inkomen is te hoog. Bel ons.',
    ]);
  });

  it('reflows at 320 CSS pixels (400 % zoom): no sideways scrolling', async () => {
    const el = await form();
    el.style.inlineSize = '320px';
    el.style.display = 'block';
    await pasteLetter(el);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  for (const lang of ['nl', 'en']) {
    it(`passes axe (${lang}) with findings, answers and problems`, async () => {
      document.documentElement.lang = lang;
      const el = await form();
      await pasteLetter(el);
      term(el, 'bezwaar').querySelector<HTMLButtonElement>('button.confirm')!.click();
      $<HTMLButtonElement>(el, '.deadlines button.confirm').click();
      await el.updateComplete;
      await typeInto(el, '[id$="-answers-what-ar"]', 'قرار');
      await expect(el).to.be.accessible();
    });
  }
});
