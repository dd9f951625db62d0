import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import { defined } from '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import type { WegwijsExplanationToggleEvent } from '../src/events.js';

document.documentElement.lang = 'nl';
const EXAMPLES = '/packages/letter-explainer/examples';

async function ready(el: WegwijsLetterExplainer): Promise<WegwijsLetterExplainer> {
  await defined;
  await el.ready;
  await waitUntil(() => el.content?.status !== 'loading', 'content loads', { timeout: 4000 });
  await el.ready;
  return el;
}

const markupLetter = () =>
  html`<wegwijs-letter-explainer today="2025-03-01">
    <div data-letter data-auto-terms="off">
      <p>
        Wij hebben een <dfn data-term="beschikking">beschikking</dfn> genomen. U kunt bezwaar maken
        <mark data-explain="deadline">binnen 6 weken na de dagtekening</mark>.
      </p>
      <p>U betaalt een <mark data-explain="eigen-bijdrage">eigen bijdrage</mark> aan het CAK.</p>
    </div>
    <p data-answer="what">Een besluit over uw aanvraag.</p>
    <p data-answer="what" lang="ar">قرار بشأن طلبك.</p>
    <p data-answer="todo">Niets, als u het eens bent.</p>
    <p data-answer="when" data-deadline-weeks="6">Binnen 6 weken na de datum van de brief.</p>
    <p data-answer="if-nothing">Dan geldt het besluit.</p>
    <p data-answer="help" data-phone="14 0123">Een cliëntondersteuner helpt gratis.</p>
    <p data-explanation="deadline">U hebt 6 weken, vanaf de datum bovenaan de brief.</p>
    <p data-explanation="deadline" lang="ar">لديك 6 أسابيع من تاريخ الرسالة.</p>
  </wegwijs-letter-explainer>`;

const termButtons = (el: HTMLElement) => [
  ...el.querySelectorAll<HTMLButtonElement>('button.wegwijs-letter-explainer__term'),
];

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

  describe('JSON content', () => {
    it('loads from src, builds the letter in the light DOM from paragraphs', async () => {
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/wmo-beschikking.json"
            today="2025-04-01"
            letter-date="2025-03-10"
          ></wegwijs-letter-explainer>`,
        ),
      );
      const letter = el.querySelector('[slot="wegwijs-letter"]')!;
      expect(letter.getAttribute('lang')).to.equal('nl');
      expect(letter.querySelectorAll('p').length).to.equal(9);
      // 8 marked by the editor, 9 glossary terms marked automatically (first per paragraph).
      expect(termButtons(el).length).to.equal(17);
      // Glossary-only marks (aanvraag, CAK…) get the glossary explanation.
      const cak = termButtons(el).find((b) => b.textContent!.startsWith('CAK'))!;
      cak.click();
      expect(el.querySelector(`#${cak.getAttribute('aria-controls')}`)!.textContent).to.contain(
        'CAK',
      );
      const info = el.deadlineInfo()!;
      // 10 March + 6 weeks = Monday 21 April, Tweede Paasdag → Tuesday 22 April (Atw).
      expect(info.daysLeft).to.equal(21);
      expect(info.when).to.equal('dinsdag 22 april 2025');
      expect(info.moved?.reason).to.equal('Dat is een feestdag: Tweede Paasdag.');
    });

    it('reports no "no content" problem while its src loads', async () => {
      const logged: string[] = [];
      const { warn, error } = console;
      console.warn = (...args: unknown[]) => logged.push(args.join(' '));
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      try {
        const el = await ready(
          await fixture<WegwijsLetterExplainer>(
            html`<wegwijs-letter-explainer
              preview
              src="${EXAMPLES}/keukentafelgesprek.json"
            ></wegwijs-letter-explainer>`,
          ),
        );
        expect(el.content.status).to.equal('ready');
        expect(el.problems.map((p) => p.code)).to.not.include('empty');
        expect(logged.join('\n')).to.not.contain('No content');
        expect(el.shadowRoot!.querySelector('[part="editor-notice"]')).to.equal(null);
      } finally {
        console.warn = warn;
        console.error = error;
      }
    });

    it('reads inline JSON, and a hostile string is shown as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const content = {
        answers: { what: hostile, todo: 'b', ifNothing: 'c', help: 'd' },
        letter: [`Tekst met [[x|${hostile}]].`],
        explanations: [{ id: 'x', term: hostile, text: `<script>window.__pwned=2</script>` }],
        help: {
          phone: '14 0123',
          link: { href: 'javascript:alert(1)', text: 'klik' },
          contactFinder: 'javascript:alert(2)',
        },
      };
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer>
            <script type="application/json">
              ${JSON.stringify(content)}
            </script>
          </wegwijs-letter-explainer>`,
        ),
      );
      termButtons(el)[0]!.click();
      await el.updateComplete;
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('[slot] script')).to.equal(null);
      expect(el.querySelector('[slot="wegwijs-top"]')!.textContent).to.contain(hostile);
      expect(el.querySelector('.wegwijs-letter-explainer__tip')!.textContent).to.contain(
        '<script>',
      );
      expect(el.querySelector('a[href^="javascript"]')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('rejects an invalid date and a broken file, keeping the markup readable', async () => {
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer preview>
            <script type="application/json">
              {
                "answers": { "what": "a", "todo": "b", "ifNothing": "c", "help": "d" },
                "deadline": { "date": "2025-02-30" }
              }
            </script>
            <p>De brief zelf.</p>
          </wegwijs-letter-explainer>`,
        ),
      );
      expect(el.problems.map((p) => p.message).join()).to.contain('deadline.date');
      expect(el.shadowRoot!.querySelector('[part="fallback"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[part="editor-notice"]')).to.exist;
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements().some((e) => e.textContent === 'De brief zelf.')).to.equal(
        true,
      );
    });

    it('says when the date the resident typed is not a real date', async () => {
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/aanmaning-belastingen.json"
            letter-date="2025-02-31"
          ></wegwijs-letter-explainer>`,
        ),
      );
      expect(el.deadlineInfo()).to.equal(undefined);
      expect(el.querySelector('.wegwijs-letter-explainer__deadline')!.textContent).to.contain(
        'Deze datum klopt niet',
      );
    });

    it('links "who can help" to a contact finder in the reader\'s language and topic', async () => {
      await setPageLocale('ar', { remember: false });
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/aanmaning-belastingen.json"
          ></wegwijs-letter-explainer>`,
        ),
      );
      const link = [...el.querySelectorAll<HTMLAnchorElement>('[slot="wegwijs-top"] a')].find((a) =>
        a.href.includes('hulp-bij-geldzaken'),
      )!;
      expect(link.href).to.equal(
        // the contact finder's own hash state (#26: "#language=" was never read)
        'https://www.voorbeeldstad.nl/hulp-bij-geldzaken#cf-lang=ar&cf-topic=money',
      );
    });

    it('links to a contact finder on the same page through its hash state, staying here', async () => {
      const wrapper = await fixture(
        html`<div>
          <wegwijs-contact-finder id="hulp"></wegwijs-contact-finder>
          <wegwijs-letter-explainer topic="letters">
            <script type="application/json">
              {
                "answers": { "what": "a", "todo": "b", "ifNothing": "c", "help": "d" },
                "help": { "contactFinder": "https://www.voorbeeldstad.nl/elders" }
              }
            </script>
          </wegwijs-letter-explainer>
        </div>`,
      );
      await setPageLocale('tr', { remember: false });
      const el = await ready(wrapper.querySelector('wegwijs-letter-explainer')!);
      await el.updateComplete;
      // The finder on this page wins over the page elsewhere (#26: the link left the page).
      expect(el.querySelector('a[href="#cf-lang=tr&cf-topic=letters"]')).to.exist;
      expect(el.querySelector('a[href*="voorbeeldstad.nl"]')).to.equal(null);
    });

    it('prefilters a same-page contact finder with no-hash by its attributes', async () => {
      const wrapper = await fixture(
        html`<div>
          <wegwijs-contact-finder id="hulp" no-hash></wegwijs-contact-finder>
          <wegwijs-letter-explainer topic="letters">
            <script type="application/json">
              {
                "answers": { "what": "a", "todo": "b", "ifNothing": "c", "help": "d" },
                "help": { "contactFinder": "#hulp" }
              }
            </script>
          </wegwijs-letter-explainer>
        </div>`,
      );
      await setPageLocale('tr', { remember: false });
      const el = await ready(wrapper.querySelector('wegwijs-letter-explainer')!);
      await el.updateComplete;
      const finder = wrapper.querySelector('wegwijs-contact-finder')!;
      expect(finder.getAttribute('language')).to.equal('tr');
      expect(finder.getAttribute('topic')).to.equal('letters');
      expect(el.querySelector('a[href="#hulp"]')).to.exist;
    });

    it('makes the calendar file for the deadline', async () => {
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/aanmaning-belastingen.json"
            today="2025-05-01"
            letter-date="2025-04-28"
          ></wegwijs-letter-explainer>`,
        ),
      );
      const ics = (await el.calendarFile({
        uid: 'a@wegwijs',
        stamp: new Date(Date.UTC(2025, 4, 1)),
      }))!;
      expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20250512\r\n');
      expect(ics).to.contain(
        '\r\nSUMMARY:Gemeentelijke belastingen betalen of kwijtschelding vragen\r\n',
      );
      expect(ics).to.contain('\r\nDESCRIPTION:Betaal € 319\\,40. Hebt u weinig geld?');
      const button = [...el.querySelectorAll('button')].find((b) =>
        b.textContent!.includes('Zet in mijn agenda'),
      )!;
      expect(button).to.exist;
    });
  });

  describe('image mode', () => {
    const image = {
      answers: { what: 'a', todo: 'b', ifNothing: 'c', help: 'd' },
      image: {
        src: '/stories/letter-explainer/brief-aanmaning.svg',
        alt: 'Een brief van de gemeente',
        regions: [
          { x: 10, y: 5, width: 40, height: 8, text: 'AANMANING', explain: 'aanmaning' },
          {
            x: 10,
            y: 60,
            width: 80,
            height: 10,
            text: 'Betaal binnen 14 dagen na dagtekening.',
            explain: 'termijn',
          },
        ],
      },
      explanations: [
        {
          id: 'termijn',
          term: 'binnen 14 dagen',
          text: { nl: 'U hebt 14 dagen.', ar: 'لديك 14 يومًا.' },
        },
      ],
    };

    it('shows numbered region buttons and the text alternatives as a list', async () => {
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer>
            <script type="application/json">
              ${JSON.stringify(image)}
            </script>
          </wegwijs-letter-explainer>`,
        ),
      );
      await el.updateComplete;
      const markers = [
        ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-letter-explainer__marker'),
      ];
      expect(markers).to.have.length(2);
      expect(markers[1]!.style.left).to.equal('10%');
      expect(markers[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '2 uitleg: Betaal binnen 14 dagen na dagtekening.',
      );
      const list = [...el.querySelectorAll('[slot="wegwijs-letter"] ol > li')].map((li) =>
        li.textContent!.trim(),
      );
      expect(list).to.deep.equal(['AANMANING', 'Betaal binnen 14 dagen na dagtekening.']);
      markers[1]!.focus();
      markers[1]!.click();
      await el.updateComplete;
      expect(markers[1]!.getAttribute('aria-expanded')).to.equal('true');
      const panel = el.querySelector(`#${markers[1]!.getAttribute('aria-controls')}`)!;
      expect(panel.textContent).to.contain('U hebt 14 dagen.');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(markers[1]!.getAttribute('aria-expanded')).to.equal('false');
      expect(document.activeElement).to.equal(markers[1]);
      // The glossary explains "aanmaning" (a glossary term) too.
      expect(el.querySelector('dl dfn')!.textContent).to.equal('aanmaning');
    });
  });

  describe('languages and accessibility', () => {
    it('is accessible in Dutch with explanations open', async function () {
      this.timeout(30000);
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/wmo-beschikking.json"
            today="2025-04-01"
            letter-date="2025-03-10"
          ></wegwijs-letter-explainer>`,
        ),
      );
      termButtons(el)[0]!.click();
      termButtons(el)[5]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in Arabic (RTL) with explanations open; keeps the Dutch term beside the Arabic', async function () {
      this.timeout(30000);
      await setPageLocale('ar', { remember: false });
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer
            src="${EXAMPLES}/wmo-beschikking.json"
            today="2025-04-01"
            letter-date="2025-03-10"
          ></wegwijs-letter-explainer>`,
        ),
      );
      await waitUntil(
        () => el.querySelector('[slot="wegwijs-top"]')!.textContent!.includes('ما هذه الرسالة'),
        'Arabic UI',
        { timeout: 4000 },
      );
      const top = el.querySelector('[slot="wegwijs-top"]')!;
      expect(top.getAttribute('dir')).to.equal('rtl');
      const button = termButtons(el).find((b) => b.textContent!.startsWith('eigen bijdrage'))!;
      button.click();
      const tip = el.querySelector(`#${button.getAttribute('aria-controls')}`)!;
      expect(tip.querySelector('.wegwijs-letter-explainer__nl')!.textContent).to.equal(
        'eigen bijdrage',
      );
      expect(tip.querySelector('.wegwijs-letter-explainer__nl')!.getAttribute('lang')).to.equal(
        'nl',
      );
      const arabic = tip.querySelector('[lang="ar"][dir="rtl"]')!;
      expect(arabic.textContent).to.contain('CAK');
      // The glossary's Arabic term gloss sits beside the Dutch term.
      await waitUntil(() => !!el.querySelector('dl dt [lang="ar"]'), 'Arabic glossary', {
        timeout: 4000,
      });
      expect(
        el.querySelector('.wegwijs-letter-explainer__note')!.textContent!.length,
      ).to.be.greaterThan(5);
      expect(el.deadlineInfo()!.when).to.match(/أبريل|نيسان/);
      await expect(el).to.be.accessible();
    });
  });

  describe('read aloud', () => {
    class FakeSynth extends EventTarget {
      spoken: SpeechSynthesisUtterance[] = [];
      getVoices() {
        return [
          { name: 'Xander', lang: 'nl-NL', localService: true, default: true },
        ] as SpeechSynthesisVoice[];
      }
      speak(u: SpeechSynthesisUtterance) {
        this.spoken.push(u);
      }
      cancel() {}
      pause() {}
      resume() {}
    }

    it('reads the letter paragraph by paragraph and highlights the sentence being read', async () => {
      const synth = new FakeSynth();
      const el = await ready(
        await fixture<WegwijsLetterExplainer>(
          html`<wegwijs-letter-explainer .synth=${synth as unknown as SpeechSynthesis}>
            <div data-letter>
              <p>
                Eerste zin. Tweede zin met een <mark data-explain="x">moeilijk woord</mark> erin.
              </p>
            </div>
            <p data-answer="what">a</p>
            <p data-answer="todo">b</p>
            <p data-answer="if-nothing">c</p>
            <p data-answer="help">d</p>
            <p data-explanation="x">Uitleg.</p>
          </wegwijs-letter-explainer>`,
        ),
      );
      const read = [...el.querySelectorAll('button')].find((b) =>
        b.textContent!.includes('Lees de brief voor'),
      )!;
      read.click();
      await el.updateComplete;
      // Spoken as it stands in the page, so the engine's character index maps back to the text.
      const spoken = synth.spoken[0]!.text;
      expect(spoken.replace(/\s+/g, ' ').trim()).to.equal(
        'Eerste zin. Tweede zin met een moeilijk woord erin.',
      );
      expect(read.getAttribute('aria-pressed')).to.equal('true');
      const boundary = new Event('boundary') as Event & { charIndex: number; charLength: number };
      Object.assign(boundary, { charIndex: spoken.indexOf('zin met'), charLength: 3 });
      synth.spoken[0]!.dispatchEvent(boundary);
      const highlights = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...highlights.get('wegwijs-reading')!][0]!;
      // The sentence (the range also spans the passage's number badge inside it).
      expect(range.toString()).to.match(/^Tweede zin met een moeilijk woord.*erin\.$/);
      read.click();
      await el.updateComplete;
      expect(highlights.has('wegwijs-reading')).to.equal(false);
    });
  });
});
