import { expect, fixture, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { EXAMPLES, ready, termButtons } from './helpers.js';

document.documentElement.lang = 'nl';

describe('wegwijs-letter-explainer', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
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
});
