/**
 * The example letters as residents receive them: per letter, the glossary terms explained
 * automatically in the text, the deadline found in the text and its date (moved to the next
 * working day under the Algemene termijnenwet), and axe in Dutch and Arabic.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import { UI_LOCALES } from '@wegwijs/core/locale/locales';
import { defined } from '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';

document.documentElement.lang = 'nl';
const EXAMPLES = '/packages/letter-explainer/examples';

interface Expected {
  /** Glossary terms marked automatically, in reading order. */
  marks: string[];
  /** The deadline rule found in the text (without `from`). */
  found: Record<string, unknown> | undefined;
  letterDate?: string;
  /** The deadline residents see, and the date it moved from (Atw), if it did. */
  deadline: string | undefined;
  movedFrom?: string;
}

const LETTERS: Record<string, Expected> = {
  'wmo-beschikking': {
    marks: [
      'maatwerkvoorziening',
      'wmo',
      'huishoudelijke-ondersteuning',
      'besluit',
      'huishoudelijke-ondersteuning',
      'besluit',
      'college',
      'college',
      'wmo',
    ],
    found: { weeks: 6 },
    letterDate: '2025-03-10',
    // 21 April 2025 is Tweede Paasdag.
    deadline: '2025-04-22',
    movedFrom: 'maandag 21 april 2025',
  },
  'jeugdhulp-besluit': {
    marks: [
      'jeugdteam',
      'besluit',
      'jeugdhulp',
      'jeugdteam',
      'aanvraag',
      'jeugdhulp',
      'besluit',
      'jeugdhulp',
      'jeugdhulpaanbieder',
      'eigen-bijdrage',
      'beschikking',
      'verwijzing',
      'jeugdhulpaanbieder',
      'ondersteuningsplan',
      'besluit',
      'dagtekening',
      'bezwaar',
      'college',
      'college',
    ],
    found: { weeks: 6 },
    letterDate: '2026-11-13',
    // 13 November + 6 weeks = Friday 25 December (Christmas) → Monday 28 December.
    deadline: '2026-12-28',
    movedFrom: 'vrijdag 25 december 2026',
  },
  'bijzondere-bijstand-gegevens': {
    marks: [
      'inkomen',
      'aanvraag',
      'bijzondere-bijstand',
      'aanvraag',
      'bijzondere-bijstand',
      'bijstand',
      'bankafschrift',
      'inlichtingenplicht',
      'aanvraag',
      'dagtekening',
      'hersteltermijn',
      'aanvraag',
      'niet-in-behandeling',
      'awb',
      'inkomen',
    ],
    found: { days: 14 },
    letterDate: '2026-03-07',
    // 7 March + 14 days = Saturday 21 March → Monday 23 March.
    deadline: '2026-03-23',
    movedFrom: 'zaterdag 21 maart 2026',
  },
  'aanmaning-belastingen': {
    marks: ['aanmaning', 'inkomen', 'vermogen', 'aanvraag', 'invorderingsambtenaar'],
    found: { days: 14 },
    letterDate: '2025-04-28',
    deadline: '2025-05-12',
  },
  'dwangbevel-belastingen': {
    marks: [
      'dwangbevel',
      'invorderingsambtenaar',
      'aanslag',
      'gemeentelijke-belastingen',
      'aanmaning',
      'invorderingskosten',
      'aanmaning',
      'dwangbevel',
      'belastingdeurwaarder',
      'beslaglegging',
      'inkomen',
      'beslagvrije-voet',
      'betalingsregeling',
      'kwijtschelding',
      'invorderingsambtenaar',
    ],
    found: { days: 2 },
    letterDate: '2026-06-11',
    // Thursday 11 June + 2 days = Saturday 13 June → Monday 15 June.
    deadline: '2026-06-15',
    movedFrom: 'zaterdag 13 juni 2026',
  },
  'huurachterstand-huurtoeslag': {
    marks: [
      'huurachterstand',
      'woningcorporatie',
      'huurachterstand',
      'vroegsignalering',
      'huurtoeslag',
      'toeslag',
      'bijzondere-bijstand',
      'verhuurder',
      'betalingsregeling',
      'betalingsachterstand',
      'verhuurder',
      'ontruiming',
    ],
    found: { date: '2027-01-15' },
    deadline: '2027-01-15',
  },
  keukentafelgesprek: {
    marks: ['wmo', 'wmo', 'wmo'],
    found: undefined,
    deadline: '2026-03-12',
  },
};

async function letter(name: string, letterDate = '', today = '2025-01-01', preview = false) {
  const el = await fixture<WegwijsLetterExplainer>(
    html`<wegwijs-letter-explainer
      src="${EXAMPLES}/${name}.json"
      today=${today}
      letter-date=${letterDate}
      ?preview=${preview}
    ></wegwijs-letter-explainer>`,
  );
  await defined;
  await waitUntil(() => el.content.status !== 'loading', 'content loads', { timeout: 4000 });
  await el.ready;
  return el;
}

/** The deadlines found in the letter, as the editor's proposal (with `preview`) shows them. */
function foundDeadlines(el: WegwijsLetterExplainer) {
  return [...el.querySelectorAll('.wegwijs-letter-explainer__proposal li')].map((li) => {
    const json = JSON.parse(li.querySelector('code')!.textContent!) as {
      deadline: { source: string } & Record<string, unknown>;
    };
    const { source, ...rule } = json.deadline;
    expect(li.querySelector('q')!.textContent, 'the sentence beside its rule').to.equal(source);
    return { rule, sentence: source };
  });
}

const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('the example letters as residents receive them', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
  });

  for (const [name, expected] of Object.entries(LETTERS)) {
    describe(name, () => {
      it('explains the glossary terms in the text where they stand', async () => {
        const el = await letter(name);
        const auto = [...el.querySelectorAll<HTMLElement>('[data-term][data-auto]')];
        expect(auto.map((m) => m.dataset['term'])).to.deep.equal(expected.marks);
        // Every automatic mark is a numbered explanation button, like the editor's own marks.
        for (const mark of auto)
          expect(mark.querySelector('button.wegwijs-letter-explainer__term'), mark.textContent!).to
            .exist;
        // First occurrence per paragraph only.
        for (const p of el.querySelectorAll('[slot="wegwijs-letter"] p')) {
          const ids = [...p.querySelectorAll<HTMLElement>('[data-auto]')].map(
            (m) => m.dataset['term'],
          );
          expect(new Set(ids).size, p.textContent!).to.equal(ids.length);
        }
      });

      it('finds the deadline in the text and works out its date', async () => {
        // With `preview` the editor sees every deadline found in the letter: its sentence and
        // its rule as the JSON to paste into the content.
        const el = await letter(name, expected.letterDate, undefined, true);
        const found = foundDeadlines(el)[0];
        if (!expected.found) expect(found).to.equal(undefined);
        else {
          const rule: Record<string, unknown> = { ...found!.rule };
          delete rule['from'];
          expect(rule).to.deep.equal(expected.found);
          expect(el.querySelector('.wegwijs-letter-explainer__source q')?.textContent).to.equal(
            found!.sentence,
          );
        }
        const info = el.deadlineInfo();
        expect(info && iso(info.date)).to.equal(expected.deadline);
        expect(info?.moved?.from).to.equal(expected.movedFrom);
        if (expected.movedFrom) {
          expect(el.querySelector('.wegwijs-letter-explainer__moved')!.textContent).to.contain(
            expected.movedFrom,
          );
        }
      });
    });
  }

  it('every example letter has its title and the five answers in all 12 UI languages', async () => {
    for (const name of Object.keys(LETTERS)) {
      const content = (await fetch(`${EXAMPLES}/${name}.json`).then((r) => r.json())) as {
        title: Record<string, string>;
        answers: Record<string, Record<string, string>>;
        machineTranslated: string[];
      };
      for (const key of ['what', 'todo', 'when', 'ifNothing', 'help']) {
        for (const locale of UI_LOCALES) {
          expect(content.answers[key]?.[locale]?.trim(), `${name} ${key} ${locale}`).to.be.ok;
        }
      }
      for (const locale of UI_LOCALES)
        expect(content.title[locale], `${name} title ${locale}`).to.be.ok;
      // Everything but the Dutch is machine-assisted until a person checked it.
      expect([...content.machineTranslated].sort()).to.deep.equal(
        UI_LOCALES.filter((l) => l !== 'nl').sort(),
      );
    }
  });

  it('a letter whose content has no deadline rule uses the found one only with deadline="auto"', async () => {
    const el = await fixture<WegwijsLetterExplainer>(
      html`<wegwijs-letter-explainer today="2026-03-01" letter-date="2026-03-02" preview>
        <div data-letter>
          <p>Stuur de papieren binnen 14 dagen na de dagtekening van deze brief.</p>
        </div>
        <p data-answer="what">a</p>
        <p data-answer="todo">b</p>
        <p data-answer="if-nothing">c</p>
        <p data-answer="help">d</p>
      </wegwijs-letter-explainer>`,
    );
    await el.ready;
    expect(el.deadlineInfo()).to.equal(undefined);
    // The editor sees the proposal with its sentence and applies it.
    const proposal = el.querySelector('.wegwijs-letter-explainer__proposal')!;
    expect(proposal.textContent).to.contain('binnen 14 dagen na de dagtekening');
    expect(proposal.textContent).to.contain('14 dagen na de datum van de brief');
    proposal.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.deadline).to.equal('auto');
    expect(iso(el.deadlineInfo()!.date)).to.equal('2026-03-16');
    expect(el.querySelector('.wegwijs-letter-explainer__source q')!.textContent).to.contain(
      'binnen 14 dagen',
    );
  });

  it('the editor can switch automatic marks off, per term or for the whole letter', async () => {
    const markup = (attrs: string) => {
      const host = document.createElement('div');
      host.innerHTML = `<wegwijs-letter-explainer><div data-letter ${attrs}><p>U kunt bezwaar maken tegen deze beschikking.</p></div><p data-answer="what">a</p><p data-answer="todo">b</p><p data-answer="if-nothing">c</p><p data-answer="help">d</p></wegwijs-letter-explainer>`;
      return host;
    };
    const marks = async (attrs: string) => {
      const host = await fixture<HTMLElement>(markup(attrs));
      const el = host.querySelector<WegwijsLetterExplainer>('wegwijs-letter-explainer')!;
      await defined;
      await waitUntil(() => el.content.status !== 'loading');
      await el.ready;
      return [...el.querySelectorAll<HTMLElement>('[data-auto]')].map((m) => m.dataset['term']);
    };
    expect(await marks('')).to.deep.equal(['bezwaar', 'beschikking']);
    expect(await marks('data-skip-terms="beschikking"')).to.deep.equal(['bezwaar']);
    expect(await marks('data-auto-terms="off"')).to.deep.equal([]);
  });

  for (const locale of ['nl', 'ar']) {
    it(`is accessible in ${locale} with the new letters' explanations open`, async function () {
      this.timeout(40000);
      await setPageLocale(locale, { remember: false });
      for (const name of ['jeugdhulp-besluit', 'dwangbevel-belastingen']) {
        const el = await letter(name, LETTERS[name]!.letterDate, '2026-06-12');
        const buttons = [
          ...el.querySelectorAll<HTMLButtonElement>('button.wegwijs-letter-explainer__term'),
        ];
        buttons[0]!.click();
        buttons.at(-1)!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  }
});
