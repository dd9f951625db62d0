import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { ready } from './helpers.js';

document.documentElement.lang = 'nl';

describe('wegwijs-letter-explainer', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
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
});
