import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import type { WegwijsExplanationToggleEvent } from '../src/events.js';
import { ready, markupLetter, termButtons } from './helpers.js';

document.documentElement.lang = 'nl';

describe('wegwijs-letter-explainer', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
  });

  describe('markup mode (the letter in the light DOM)', () => {
    it('enhances the letter in place: marked passages become numbered buttons', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const letter = el.querySelector('[data-letter]')!;
      expect(letter.getAttribute('slot')).to.equal('wegwijs-letter');
      const buttons = termButtons(el);
      expect(buttons).to.have.length(3);
      expect(buttons.every((b) => letter.contains(b))).to.equal(true);
      expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'false',
        'false',
      ]);
      expect(buttons[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'binnen 6 weken na de dagtekening uitleg 2',
      );
      expect(el.entries.map((e) => [e.n, e.key])).to.deep.equal([
        [1, 'beschikking'],
        [2, 'deadline'],
        [3, 'eigen-bijdrage'],
      ]);
      // The mark element stays; the button is inside it.
      expect(buttons[1]!.parentElement!.localName).to.equal('mark');
    });

    it('shows the five questions at the top, with the answers in the light DOM', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const top = el.querySelector('[slot="wegwijs-top"]')!;
      const headings = [
        ...top.querySelectorAll('.wegwijs-letter-explainer__q [role="heading"]'),
      ].map((h) => h.textContent!.trim());
      expect(headings).to.deep.equal([
        'Wat is deze brief?',
        'Wat moet ik doen?',
        'Vóór wanneer?',
        'Wat gebeurt er als ik niets doe?',
        'Wie kan mij helpen?',
      ]);
      expect(top.textContent).to.contain('Een besluit over uw aanvraag.');
      expect(top.querySelector('a[href="tel:140123"]')?.textContent).to.equal('14 0123');
      // Each answer can be read aloud; the pictograms are decorative.
      expect(
        top.querySelectorAll('.wegwijs-letter-explainer__q wegwijs-read-aloud'),
      ).to.have.length(5);
      expect(
        top.querySelector('.wegwijs-letter-explainer__pic')!.getAttribute('aria-hidden'),
      ).to.equal('true');
    });

    it('opens and closes an explanation by pointer, in place, keeping the Dutch term', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const events: WegwijsExplanationToggleEvent[] = [];
      el.addEventListener('wegwijs-explanation-toggle', (e) => events.push(e));
      const button = termButtons(el)[1]!;
      button.click();
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const tip = el.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
      expect(tip).to.exist;
      // Right after the passage, in the same paragraph.
      expect(tip.previousElementSibling).to.equal(button.parentElement);
      expect(tip.textContent).to.contain('U hebt 6 weken, vanaf de datum bovenaan de brief.');
      expect(tip.querySelector('.wegwijs-letter-explainer__nl')!.textContent).to.equal(
        'binnen 6 weken na de dagtekening',
      );
      // It does not vanish on its own: moving focus or the pointer away leaves it open.
      document.body.focus();
      button.dispatchEvent(new PointerEvent('pointerleave', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 50));
      expect(tip.isConnected).to.equal(true);
      button.click();
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(tip.isConnected).to.equal(false);
      expect(events.map((e) => [e.explanation, e.open])).to.deep.equal([
        ['deadline', true],
        ['deadline', false],
      ]);
    });

    it('opens by keyboard, closes with Esc, and returns focus to the button', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const button = termButtons(el)[2]!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const tip = el.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
      // Tab moves into the explanation (read aloud / close).
      const close = [...tip.querySelectorAll('button')].find((b) =>
        b.textContent!.includes('Sluit uitleg'),
      )!;
      close.focus();
      await sendKeys({ press: 'Escape' });
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(document.activeElement).to.equal(button);
      await sendKeys({ press: 'Space' });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(document.activeElement).to.equal(button);
    });

    it('the close button closes and returns focus', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const button = termButtons(el)[0]!;
      button.click();
      const tip = el.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
      [...tip.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Sluit uitleg'))!
        .click();
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(document.activeElement).to.equal(button);
    });

    it('a screen reader hears the term button and then its explanation', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const button = termButtons(el)[1]!;
      button.click();
      const paragraph = button.closest('p')!;
      await virtual.start({ container: paragraph });
      for (let i = 0; i < 20; i++) await virtual.next();
      const log = await virtual.spokenPhraseLog();
      await virtual.stop();
      const spoken = log.join(' | ');
      expect(spoken).to.contain(
        'button, binnen 6 weken na de dagtekening uitleg 2, 1 control, expanded',
      );
      expect(spoken).to.contain('Uitleg 2');
      expect(spoken).to.contain('U hebt 6 weken, vanaf de datum bovenaan de brief.');
      expect(log.findIndex((p) => p.includes('expanded'))).to.be.lessThan(
        log.findIndex((p) => p.includes('U hebt 6 weken')),
      );
    });

    it('lists all explanations in order and a glossary with <dfn> terms', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const bottom = el.querySelector('[slot="wegwijs-bottom"]')!;
      const items = [...bottom.querySelectorAll('ol > li')];
      expect(items.map((li) => li.getAttribute('value'))).to.deep.equal(['1', '2', '3']);
      expect(items[1]!.textContent).to.contain('U hebt 6 weken');
      const terms = [...bottom.querySelectorAll('dl dt dfn')].map((dfn) => dfn.textContent!.trim());
      // Marked terms, plus glossary terms found in the letter text (bezwaar, CAK, dagtekening…).
      expect(terms).to.include.members([
        'beschikking',
        'eigen bijdrage',
        'bezwaar',
        'CAK',
        'dagtekening',
      ]);
      expect([...terms].sort((a, b) => a.localeCompare(b, 'nl'))).to.deep.equal(terms);
      expect(bottom.querySelector('dl dd')!.textContent!.trim().length).to.be.greaterThan(10);
    });

    it('leaves the terms the editor removed (skipTerms) out of the glossary too', async () => {
      const glossaryTerms = (el: HTMLElement) =>
        [...el.querySelectorAll('[slot="wegwijs-bottom"] dl dt dfn')].map((dfn) =>
          dfn.textContent!.trim(),
        );
      const marked = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer today="2025-03-01">
            <div data-letter data-skip-terms="bezwaar, CAK">
              <p>U kunt bezwaar maken binnen 6 weken na de dagtekening.</p>
              <p>U betaalt een eigen bijdrage aan het CAK.</p>
            </div>
            <p data-answer="what">Een besluit.</p>
            <p data-answer="todo">Niets.</p>
            <p data-answer="if-nothing">Dan geldt het besluit.</p>
            <p data-answer="help">Een cliëntondersteuner helpt gratis.</p>
          </wegwijs-letter-explainer>`,
        ),
      );
      await waitUntil(() => glossaryTerms(marked).length > 0, 'glossary', { timeout: 4000 });
      expect(glossaryTerms(marked)).to.include('dagtekening');
      expect(glossaryTerms(marked)).not.to.include.members(['bezwaar']);
      expect(glossaryTerms(marked)).not.to.include('CAK');

      const content = {
        answers: { what: 'Een besluit.', todo: 'Niets.', ifNothing: 'Niets.', help: 'Bel ons.' },
        letter: ['U kunt bezwaar maken binnen 6 weken na de dagtekening.'],
        skipTerms: ['dagtekening'],
      };
      const json = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer today="2025-03-01"
            ><script type="application/json">
              ${JSON.stringify(content)}
            </script></wegwijs-letter-explainer
          >`,
        ),
      );
      await waitUntil(() => glossaryTerms(json).length > 0, 'glossary', { timeout: 4000 });
      expect(glossaryTerms(json)).to.include('bezwaar');
      expect(glossaryTerms(json)).not.to.include('dagtekening');
    });

    it('works out the deadline from the date on the letter and warns within 7 days', async () => {
      const el = await ready(await fixture<WegwijsLetterExplainer>(markupLetter()));
      const input = el.querySelector<HTMLInputElement>('input[type="date"]')!;
      expect(input.labels![0]!.textContent).to.contain('Welke datum staat op uw brief?');
      const status = el.querySelector('.wegwijs-letter-explainer__deadline')!;
      expect(status.getAttribute('role')).to.equal('status');
      const enter = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
      };
      await enter('2025-02-01'); // + 6 weeks = Saturday 15 March → Monday 17 March (Atw): 16 days
      expect(status.getAttribute('data-state')).to.equal('plenty');
      expect(status.textContent).to.contain('zaterdag 15 maart 2025');
      expect(status.textContent).to.contain('Dat is een zaterdag.');
      expect(status.textContent).to.contain('Uiterlijk maandag 17 maart 2025');
      expect(status.textContent).to.contain('Dagen over: 16');
      await enter('2025-01-20'); // → 3 March: 2 days
      expect(status.getAttribute('data-state')).to.equal('soon');
      expect(status.textContent).to.contain('Let op');
      expect(status.textContent).not.to.contain('zaterdag');
      await enter('2025-01-18'); // → Saturday 1 March, today → Monday 3 March
      expect(status.getAttribute('data-state')).to.equal('soon');
      expect(status.textContent).to.contain('maandag 3 maart 2025');
      await enter('2025-01-01'); // → 12 February: passed
      expect(status.getAttribute('data-state')).to.equal('passed');
      expect(status.textContent).to.contain('voorbij');
      const calendar = [...el.querySelectorAll('button')].filter((b) =>
        b.textContent!.includes('agenda'),
      );
      expect(calendar.length).to.equal(0);
    });

    it('reports an unknown mark to the editor and leaves the passage as text', async () => {
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer preview>
            <div data-letter>
              <p>Zie <mark data-explain="bestaat-niet">dit stuk</mark>.</p>
            </div>
            <p data-answer="what">a</p>
            <p data-answer="todo">b</p>
            <p data-answer="if-nothing">c</p>
            <p data-answer="help">d</p>
          </wegwijs-letter-explainer>`,
        ),
      );
      expect(termButtons(el)).to.have.length(0);
      expect(el.querySelector('mark')!.textContent).to.equal('dit stuk');
      // In Dutch for the editor (issue 18), once core's message table has loaded.
      const said = () => el.problems.map((p) => p.message).join();
      await waitUntil(() => said().includes('"bestaat-niet"'), 'the unknown mark is reported');
      expect(said()).to.contain('letter: geen uitleg en geen woord uit de woordenlijst');
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector('[part="editor-notice"]')!;
      expect(notice.textContent).to.contain('bestaat-niet');
    });
  });
});
