import { expect, html, waitUntil } from '@open-wc/testing';
import { setPageLocale, UI_LOCALES } from '@wegwijs/core';
import { TOPICS } from '@wegwijs/contact-finder';
import '../src/define.js';
import { checkQuestionSet } from '../src/schema.js';
import { FINDER_TOPICS } from '../src/topics.js';
import { SET_URL, helperFor } from './helpers.js';

/** The UI languages (core's list): the OCO set is written in every one. */
const LANGS = UI_LOCALES;

const markup = html`<wegwijs-question-helper preview>
  <p>Hulp vragen is heel gewoon.</p>
  <ul>
    <li data-id="money" data-pictogram="money" data-topic="money">
      <h3>Geld en schulden</h3>
      <ul>
        <li data-id="bills" data-pictogram="debts">Ik kan mijn rekeningen niet betalen.</li>
      </ul>
    </li>
    <li data-id="letter" data-pictogram="letter" data-topic="letters" data-letter>
      <h3>Een brief die ik niet begrijp</h3>
      <ul>
        <li data-id="understand">Ik heb een brief gekregen die ik niet begrijp.</li>
      </ul>
      <a data-link href="javascript:alert(1)">Laat de brief uitleggen</a>
    </li>
    <li><p>Geen kop</p></li>
  </ul>
  <template lang="ar">
    <p>طلب المساعدة أمر عادي جدًا.</p>
    <ul>
      <li>
        <h3>المال والديون</h3>
        <ul>
          <li>لا أستطيع دفع فواتيري.</li>
        </ul>
      </li>
      <li>
        <h3>رسالة لا أفهمها</h3>
        <ul>
          <li>وصلتني رسالة لا أفهمها.</li>
        </ul>
      </li>
    </ul>
  </template>
</wegwijs-question-helper>`;

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('content', () => {
  it('shows the domains of a JSON set as toggle buttons, in content order, with the intro', async () => {
    await setPageLocale('nl', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('.wegwijs-question-helper__domain')];
    expect(buttons.map((b) => b.dataset['id'])).to.deep.equal([
      'money',
      'letter',
      'housing',
      'care',
      'health',
      'youth',
      'work',
      'loneliness',
      'papers',
      'other',
    ]);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
    expect(buttons[0]!.textContent!.trim()).to.equal('Geld en schulden');
    expect(el.querySelector('.wegwijs-question-helper__intro p')!.textContent).to.contain(
      'Hulp vragen is heel gewoon',
    );
    // the privacy sentence, on the widget itself
    expect(el.querySelector('.wegwijs-question-helper__private')!.textContent).to.contain(
      'Wat u hier kiest, blijft op uw telefoon',
    );
  });

  it('asks for a domain before going on, and moves focus to the message', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__next')!.click();
    await el.updateComplete;
    const error = el.querySelector('.wegwijs-question-helper__error')!;
    expect(error.textContent).to.contain('Kies eerst minstens één onderwerp.');
    expect(document.activeElement).to.equal(error);
    expect(el.stepName).to.equal('domains');
  });

  it('reads the editor markup with its translations, and tells the editor what it skipped (preview)', async () => {
    const { el, logged } = await helperFor(markup);
    expect(
      [...el.querySelectorAll('.wegwijs-question-helper__domain')].map((b) =>
        b.textContent!.trim(),
      ),
    ).to.deep.equal(['Geld en schulden', 'Een brief die ik niet begrijp']);
    expect(el.content.data!.intro).to.deep.equal({
      nl: 'Hulp vragen is heel gewoon.',
      ar: 'طلب المساعدة أمر عادي جدًا.',
    });
    expect(el.content.data!.domains[0]!.statements[0]!.text).to.deep.equal({
      nl: 'Ik kan mijn rekeningen niet betalen.',
      ar: 'لا أستطيع دفع فواتيري.',
    });
    expect(el.content.data!.domains[1]!.link).to.equal(undefined);
    const notice = el.shadowRoot!.querySelector('[part=editor-notice]')!;
    expect(notice.textContent).to.contain('Melding voor de redacteur');
    // In Dutch, from core's message table (issue 18): the same words as `wegwijs check`.
    expect(notice.textContent).to.contain(
      'domains[2].label: het levensgebied heeft geen kop (h2–h6) (levensgebied overgeslagen)',
    );
    expect(notice.textContent).to.contain('domains[1].link.href: geen http(s)-adres (weggelaten)');
    expect(notice.textContent).not.to.match(/expected|skipped|left out/);
    expect(logged.join('\n')).to.contain('levensgebied overgeslagen');
  });

  it('bad JSON: an editor notice in preview, and a readable fallback for the resident', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper preview>
        <script type="application/json">
          { "domains": [{ "id": "Geld!", "label": 3 }] }
        </script>
      </wegwijs-question-helper>`,
    );
    expect(el.content.status).to.equal('failed');
    const notice = el.shadowRoot!.querySelector('[part=editor-notice]')!;
    expect(notice.textContent).to.contain('Melding voor de redacteur');
    expect(notice.textContent).to.contain('domains[0]');
    // Dutch for editors (issue 18), as in `wegwijs check`; no English valibot sentences.
    expect(notice.textContent).to.contain(
      'domains[0].id: de vorm klopt niet (levensgebied overgeslagen)',
    );
    expect(notice.textContent).to.contain(
      'domains[0].label: verwacht tekst of { "nl": "…" }, gevonden getal (levensgebied overgeslagen)',
    );
    expect(notice.textContent).to.contain('domains: geen bruikbaar levensgebied');
    expect(notice.textContent).not.to.match(/expected|got|skipped|usable/);
    const fallback = el.shadowRoot!.querySelector('[part=fallback]')!;
    expect(fallback.textContent).to.contain('Deze informatie kan nu niet worden getoond');
  });

  it('names a heading-level out of range in Dutch in the preview notice (issue 18)', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper
        preview
        heading-level="7"
        src=${SET_URL}
      ></wegwijs-question-helper>`,
    );
    const notice = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
    const dutch = 'heading-level: verwacht 2 tot 5, gevonden "7" (2 gebruikt)';
    for (let i = 0; i < 100 && !notice().includes(dutch); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(notice()).to.contain(dutch);
  });

  it('names an unknown pictogram in Dutch in the preview notice (issue 18)', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper preview>
        <script type="application/json">
          { "domains": [{ "id": "money", "label": "Geld", "pictogram": "eenhoorn" }] }
        </script>
      </wegwijs-question-helper>`,
    );
    const notice = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
    const dutch = 'pictogram "eenhoorn" is geen ingebouwd pictogram (er staat een leeg vlak)';
    for (let i = 0; i < 100 && !notice().includes(dutch); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(notice()).to.contain(dutch);
    expect(notice()).not.to.contain('built-in');
  });

  it('names duplicate ids and empty texts in Dutch with their paths in the preview notice (issue 18)', async () => {
    const set = {
      domains: [
        {
          id: 'money',
          label: { nl: 'Geld', ar: ' ' },
          statements: [
            { id: 'a', text: 'Ik kan niet betalen.' },
            { id: 'a', text: 'Nog een keer a.' },
            { id: 'b', text: '' },
          ],
        },
        { id: 'money', label: 'Nog een keer geld' },
        { id: 'work', label: '' },
      ],
    };
    const { el } = await helperFor(
      html`<wegwijs-question-helper preview
        ><script type="application/json">
          ${JSON.stringify(set)}
        </script></wegwijs-question-helper
      >`,
    );
    const notice = () => el.shadowRoot!.querySelector('[part=editor-notice]')?.textContent ?? '';
    const expected = [
      'domains[0].label.ar: de tekst is leeg: schrijf de tekst voor bewoners',
      'domains[0].statements[1].id: de naam "a" staat al bij een andere uitspraak (uitspraak overgeslagen)',
      'domains[0].statements[2].text: de tekst is leeg: schrijf de tekst voor bewoners (uitspraak overgeslagen)',
      'domains[1].id: de naam "money" staat al bij een ander levensgebied (levensgebied overgeslagen)',
      'domains[2].label: de tekst is leeg: schrijf de tekst voor bewoners (levensgebied overgeslagen)',
    ];
    await waitUntil(() => expected.every((line) => notice().includes(line)), notice());
    // The resident gets one "money" domain with the two usable statements, no blank label.
    const data = el.content.data!;
    expect(data.domains.map((d) => d.id)).to.deep.equal(['money']);
    expect(data.domains[0]!.label).to.deep.equal({ nl: 'Geld' });
    expect(data.domains[0]!.statements.map((s) => s.id)).to.deep.equal(['a']);
  });

  it('checks JSON: skips a bad statement, drops an unknown topic and an unsafe link', () => {
    const { data, problems } = checkQuestionSet({
      domains: [
        {
          id: 'money',
          label: 'Geld',
          topic: 'taxes',
          link: { href: 'javascript:alert(1)', label: 'x' },
          statements: [{ id: 'a', text: 'Ik kan niet betalen.' }, { id: 'b' }],
        },
      ],
    });
    expect(data!.domains[0]!.topic).to.equal(undefined);
    expect(data!.domains[0]!.link).to.equal(undefined);
    expect(data!.domains[0]!.statements.map((s) => s.id)).to.deep.equal(['a']);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'domains[0].statements[1].text',
      'domains[0].topic',
      'domains[0].link.href',
    ]);
  });

  it('fills the municipality profile from the page; an unfilled field leaves its sentence out and is named', async () => {
    const set = {
      intro: { nl: 'Bel {{telefoon}}. Het is gratis.' },
      domains: [
        {
          id: 'money',
          label: 'Geld',
          statements: [{ id: 'a', text: 'Ik wil {{adres}} weten. Ik heb vragen.' }],
        },
      ],
    };
    const json = JSON.stringify(set);
    document.documentElement.setAttribute('data-wegwijs-telefoon', '14 0123');
    try {
      const { el } = await helperFor(
        html`<wegwijs-question-helper preview
          ><script type="application/json">
            ${json}
          </script></wegwijs-question-helper
        >`,
      );
      expect(el.content.data!.intro).to.deep.equal({ nl: 'Bel 14 0123. Het is gratis.' });
      expect(el.content.data!.domains[0]!.statements[0]!.text).to.equal('Ik heb vragen.');
      expect(JSON.stringify(el.content.data)).not.to.contain('{{');
      const named = el.problems.filter((p) => p.lang === 'nl' && p.message.includes('adres'));
      expect(named.map((p) => p.path)).to.deep.equal(['domains[0].statements[0].text']);
      expect(el.textContent).to.contain('Bel 14 0123.');
    } finally {
      document.documentElement.removeAttribute('data-wegwijs-telefoon');
    }
  });

  it('the default set in @wegwijs/content-oco: every text in all 12 languages, no problems, marked machine-assisted', async () => {
    const raw = await (await fetch(SET_URL)).json();
    const { data, problems } = checkQuestionSet(raw);
    expect(problems).to.deep.equal([]);
    const texts = [
      data!.intro!,
      ...data!.domains.flatMap((d) => [d.label, ...d.statements.map((s) => s.text)]),
    ];
    for (const text of texts) expect(Object.keys(text).sort()).to.deep.equal([...LANGS].sort());
    for (const lang of LANGS.slice(1)) expect(data!.review![lang]).to.equal('machine-assisted');
    expect(data!.domains).to.have.length(10);
  });

  it("uses the contact finder's topic ids", () => {
    expect([...FINDER_TOPICS]).to.deep.equal([...TOPICS]);
  });
});
