import { expect, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { readDevice, setPageLocale, UI_LOCALES } from '@wegwijs/core';
import { TOPICS } from '@wegwijs/contact-finder';
import '../src/define.js';
import { checkQuestionSet } from '../src/schema.js';
import { FINDER_TOPICS } from '../src/topics.js';
import type { WegwijsQuestionHelper } from '../src/question-helper.js';
import { SET_URL, helperFor, settle } from './helpers.js';

/** The UI languages (core's list): the OCO set is written in every one. */
const LANGS = UI_LOCALES;
const title = (el: Element) =>
  el.querySelector('.wegwijs-question-helper__title')!.textContent!.trim();

/** Walk to the card with two domains, two statements and some preferences (not the keyboard test). */
async function toCard(el: WegwijsQuestionHelper, language = 'ar') {
  el.setAnswers({
    domains: ['money', 'letter'],
    statements: ['money/bills', 'letter/understand'],
    freeText: 'Ik schaam me een beetje.',
    language,
    helpLanguage: 'interpreter',
    channel: 'walk-in',
    supporter: 'woman',
    deadline: 'yes',
    deadlineDate: '2027-01-12',
  });
  el.go(3);
  await waitUntil(() => el.querySelector('.wegwijs-question-helper__half'), 'no card');
  await el.updateComplete;
}

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

/** A speech engine double (as in core's read-aloud tests). */
class FakeSynth extends EventTarget {
  spoken: SpeechSynthesisUtterance[] = [];
  getVoices() {
    return [
      { name: 'Local Arabic', lang: 'ar-EG', localService: true, default: false },
      { name: 'Xander', lang: 'nl-NL', localService: true, default: true },
    ] as SpeechSynthesisVoice[];
  }
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {}
  pause() {}
  resume() {}
}

describe('read aloud', () => {
  it('reads each statement aloud in its own language, with an on-device voice', async () => {
    await setPageLocale('ar', { remember: false });
    const synth = new FakeSynth();
    const { el } = await helperFor(
      html`<wegwijs-question-helper
        src=${SET_URL}
        .synth=${synth as unknown as SpeechSynthesis}
      ></wegwijs-question-helper>`,
    );
    el.setAnswers({ domains: ['money'] });
    el.go(1);
    await el.updateComplete;
    const buttons = [
      ...el.querySelectorAll<HTMLButtonElement>(
        '.wegwijs-question-helper__statements .wegwijs-question-helper__read',
      ),
    ];
    expect(buttons).to.have.length(3);
    const described = el.querySelector(`[id="${buttons[0]!.getAttribute('aria-describedby')}"]`)!;
    expect(described.textContent).to.equal('لا أستطيع دفع فواتيري.');
    buttons[0]!.click();
    expect(synth.spoken.map((u) => [u.text, u.lang])).to.deep.equal([
      ['لا أستطيع دفع فواتيري.', 'ar-EG'],
    ]);
  });

  it('shows no read-aloud button when there is neither a recording nor a voice', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper
        src=${SET_URL}
        .synth=${{ getVoices: () => [], addEventListener() {}, removeEventListener() {} } as unknown as SpeechSynthesis}
      ></wegwijs-question-helper>`,
    );
    el.setAnswers({ domains: ['money'] });
    el.go(1);
    await el.updateComplete;
    expect(el.querySelectorAll('.wegwijs-question-helper__read')).to.have.length(0);
  });
});

describe('the card', () => {
  it('is a document in two languages: headings, lists, lang and dir per half, own words marked', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    const [nl, ar] = [...el.querySelectorAll<HTMLElement>('.wegwijs-question-helper__half')];
    expect([nl!.lang, nl!.dir, ar!.lang, ar!.dir]).to.deep.equal(['nl', 'ltr', 'ar', 'rtl']);
    expect([...nl!.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Waar gaat het over',
      'Wat speelt er',
      'Hoe ik geholpen wil worden',
      'In mijn eigen woorden (niet vertaald)',
    ]);
    expect(nl!.textContent).to.contain('Ondersteuner: Liever een vrouw');
    expect(nl!.textContent).to.contain('Termijn: Er is een termijn, uiterlijk 12 januari 2027');
    expect(ar!.textContent).to.contain('أرغب في مترجم.');
    const own = ar!.querySelector('blockquote')!;
    expect(own.textContent!.trim()).to.equal('Ik schaam me een beetje.');
    expect(own.getAttribute('dir')).to.equal('auto');
  });

  it('is read by a screen reader half by half, in order', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    await virtual.start({ container: el.querySelector('.wegwijs-question-helper__halves')! });
    try {
      for (let i = 0; i < 120; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join(' | ');
      expect(spoken).to.contain('heading, Mijn hulpvraag');
      expect(spoken).to.contain('Ik kan mijn rekeningen niet betalen.');
      expect(spoken).to.contain('heading, سؤالي لطلب المساعدة');
      expect(spoken.indexOf('Mijn hulpvraag')).to.be.lessThan(spoken.indexOf('سؤالي'));
      expect(spoken).to.contain('list');
    } finally {
      await virtual.stop();
    }
  });

  it('has one half when the resident wants help in Dutch', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el, 'nl');
    expect(el.querySelectorAll('.wegwijs-question-helper__half')).to.have.length(1);
  });

  it('without a share sheet: copies the text and offers a WhatsApp link', async function () {
    this.timeout(15000);
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    const copied: string[] = [];
    // on the instance: the test page may already have its own clipboard there
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: async (t: string) => void copied.push(t) }),
    });
    delete (Navigator.prototype as { share?: unknown }).share;
    try {
      el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__share')!.click();
      await waitUntil(
        () => copied.length === 1,
        `not copied: ${el.querySelector('[role=status]')!.textContent}`,
      );
      expect(copied[0]).to.contain('Mijn hulpvraag (Nederlands)');
      await el.updateComplete;
      expect(el.querySelector('[role=status]')!.textContent).to.contain('Delen kan niet');
      const wa = el.querySelector<HTMLAnchorElement>('.wegwijs-question-helper__whatsapp')!;
      expect(wa.href.startsWith('https://wa.me/?text=')).to.equal(true);
      expect(decodeURIComponent(wa.href.split('text=')[1]!)).to.equal(copied[0]);
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
      if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    }
  });

  it('shows full screen in a modal dialog, closed with Escape', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await toCard(el);
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__full-btn')!.click();
    await waitUntil(
      () => el.querySelector<HTMLDialogElement>('dialog.wegwijs-question-helper__dialog')?.open,
    );
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-question-helper__close'));
    expect(el.querySelector('dialog .wegwijs-question-helper__half')).to.exist;
    el.querySelector<HTMLDialogElement>('dialog')!.close();
    await waitUntil(() => !el.querySelector('dialog'));
    await el.updateComplete;
    expect(document.activeElement).to.equal(el.querySelector('.wegwijs-question-helper__full-btn'));
  });
});

describe('screen reader (virtual)', () => {
  it('reads every step: heading, toggle buttons, groups with their legends, labelled fields', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    const read = async (steps: number) => {
      await virtual.start({ container: el.querySelector('.wegwijs-question-helper__in')! });
      try {
        for (let i = 0; i < steps; i++) await virtual.next();
        return (await virtual.spokenPhraseLog()).join(' | ');
      } finally {
        await virtual.stop();
      }
    };
    el.querySelector<HTMLButtonElement>(
      '.wegwijs-question-helper__domain[data-id="letter"]',
    )!.click();
    await el.updateComplete;
    let spoken = await read(30);
    expect(spoken).to.contain('heading, Waar gaat het over?, level 2');
    expect(spoken).to.contain('Stap 1 van 4');
    expect(spoken).to.match(/button, Geld en schulden, not pressed/);
    expect(spoken).to.match(/button, Een brief die ik niet begrijp, pressed/);
    el.go(1);
    await el.updateComplete;
    spoken = await read(40);
    expect(spoken).to.contain('group, Een brief die ik niet begrijp');
    expect(spoken).to.match(
      /checkbox, Ik heb een brief gekregen die ik niet begrijp\., not checked/,
    );
    el.go(2);
    await waitUntil(() => el.querySelector('select'), 'the how step');
    spoken = await read(60);
    expect(spoken).to.contain('combobox, In welke taal wilt u hulp?');
    expect(spoken).to.contain('group, Hoe wilt u contact?');
    expect(spoken).to.match(/radio, WhatsApp, not checked/);
  });
});

describe('private by design', () => {
  it('stores nothing until "remember on this phone", and clears it', async () => {
    localStorage.clear();
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__domain')!.click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.includes('question-helper'))).to.deep.equal(
      [],
    );
    const keep = el.querySelector<HTMLInputElement>('.wegwijs-question-helper__keep input')!;
    keep.click();
    await el.updateComplete;
    const key = 'question-helper:oco-questions';
    expect(JSON.parse(readDevice(key)!).domains).to.deep.equal(['money']);
    // a new helper on this phone gets the answers back
    const again = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    expect(again.el.answers.domains).to.deep.equal(['money']);
    again.el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__forget')!.click();
    await again.el.updateComplete;
    expect(readDevice(key)).to.equal(undefined);
    expect(again.el.answers.domains).to.deep.equal([]);
    expect(again.el.querySelector('[role=status]')!.textContent).to.contain(
      'Uw keuzes zijn gewist.',
    );
  });
});

describe('accessibility', () => {
  for (const locale of ['nl', 'en', 'ar', 'tr']) {
    it(`has no axe violations on any step in ${locale}`, async function () {
      this.timeout(30000);
      await setPageLocale(locale, { remember: false });
      const { el } = await helperFor(
        html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
      );
      if (locale !== 'nl')
        await waitUntil(() => title(el) !== 'Waar gaat het over?', 'UI not translated');
      expect(el.querySelector('.wegwijs-question-helper__in')!.getAttribute('dir')).to.equal(
        locale === 'ar' ? 'rtl' : 'ltr',
      );
      await expect(el).to.be.accessible();
      el.setAnswers({ domains: ['money', 'letter'] });
      for (const step of [1, 2]) {
        el.go(step);
        await el.updateComplete;
        await settle(el);
        await expect(el, `step ${step + 1}`).to.be.accessible();
      }
      await toCard(el, locale === 'nl' ? 'ar' : locale);
      await expect(el, 'card').to.be.accessible();
    });
  }
});
