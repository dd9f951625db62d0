import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WegwijsStepGuide } from '@wegwijs/step-guide';
import '@wegwijs/step-guide/define';
import { setPageLocale, UI_LOCALES } from '@wegwijs/core';

document.documentElement.lang = 'nl';

const BASE = '/packages/content-oco/content/';
/** The 12 UI languages (packages/core/src/locale/locales.ts): the content speaks all of them. */
/** The UI languages (core's list), sorted: the OCO content is written in every one. */
const LANGUAGES = [...UI_LOCALES].sort();
/** Every municipality-profile field the docs (docs/content-oco.nl.md) tell the editor to fill in. */
const PLACEHOLDERS = [
  '{{adres}}',
  '{{inlooptijden}}',
  '{{reactietijd}}',
  '{{telefoon}}',
  '{{website}}',
  '{{whatsapp}}',
];
const TEXT_FILES = ['step-guide-oco.json', 'video-script-oco.json', 'contact-finder-intro.json'];

type Json = Record<string, unknown>;
const getText = async (url: string) => {
  const response = await fetch(url);
  expect(response.ok, `${url} is served`).to.equal(true);
  return response.text();
};
const getJson = async (url: string) => JSON.parse(await getText(url)) as Json;

const isLanguageObject = (value: unknown): value is Record<string, string> =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string');

/**
 * Every multilingual text in a file, with its path. Not text: the translation status under
 * `review`, and `audio` (a file per language, only where a phone has no voice).
 */
function texts(node: unknown, path = ''): Array<{ path: string; text: Record<string, string> }> {
  if (isLanguageObject(node)) return [{ path, text: node }];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'review' || key === 'audio'
      ? []
      : texts(value, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`),
  );
}

const placeholdersIn = (text: string) => (text.match(/\{\{[a-z]+\}\}/g) ?? []).sort();

/** WebVTT cues: id, timing line, text. */
function cues(vtt: string) {
  return vtt
    .split(/\n\n+/)
    .map((block) => block.trim().split('\n'))
    .filter((lines) => lines[1]?.includes('-->'))
    .map(([id, timing, ...rest]) => ({ id, timing, text: rest.join(' ') }));
}

/** A script sentence as a pattern: the committed videos speak a phrase where a placeholder is. */
const sentencePattern = (sentence: string) =>
  new RegExp(
    `^${sentence
      .split(/\{\{[a-z]+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );

describe('content-oco: translations and placeholders', () => {
  for (const file of TEXT_FILES) {
    it(`${file}: every text has all 12 languages, none empty`, async () => {
      const found = texts(await getJson(BASE + file));
      expect(found.length).to.be.greaterThan(1);
      for (const { path, text } of found) {
        expect(Object.keys(text).sort(), path).to.deep.equal(LANGUAGES);
        for (const [lang, value] of Object.entries(text))
          expect(value.trim(), `${path}.${lang}`).not.to.equal('');
      }
    });

    it(`${file}: a placeholder in the Dutch text is in every language of that text`, async () => {
      for (const { path, text } of texts(await getJson(BASE + file))) {
        const dutch = placeholdersIn(text['nl'] ?? '');
        for (const lang of LANGUAGES)
          expect(placeholdersIn(text[lang] ?? ''), `${path}.${lang}`).to.deep.equal(dutch);
      }
    });

    it(`${file}: marks every language as needing review`, async () => {
      const review = (await getJson(BASE + file))['review'] as Record<string, string>;
      expect(Object.keys(review).sort()).to.deep.equal(LANGUAGES);
      for (const lang of LANGUAGES.filter((l) => l !== 'nl'))
        expect(review[lang], lang).to.equal('machine-assisted');
    });
  }

  it('uses exactly the documented placeholders, and each of them', async () => {
    const all = new Set<string>();
    for (const file of TEXT_FILES)
      for (const { text } of texts(await getJson(BASE + file)))
        placeholdersIn(text['nl'] ?? '').forEach((p) => all.add(p));
    expect([...all].sort()).to.deep.equal(PLACEHOLDERS);
  });
});

// The checker's browser-safe modules (`wegwijs check` = these + orchestration in check.js).
// check.js itself cannot load here: it imports papaparse, a UMD script the dev server cannot
// serve as a module. test/check.node.test.mjs runs the real CLI on the same files.
interface Readability {
  words: number;
  scored: boolean;
  aboveB1: boolean;
  fleschDouma: number;
  brouwer: number;
  longSentences: unknown[];
}
interface Checker {
  validateWithSchema(data: unknown, schema: object): Array<{ code: string; path: string }>;
  readability(text: string): Readability;
  findTexts(data: unknown): { texts: unknown[] };
  dutchTexts(texts: unknown[]): Array<{ path: string; text: string }>;
  checkVtt(text: string): { cues: number; problems: Array<{ code: string; line?: number }> };
}
let checker: Promise<Checker> | undefined;
const loadChecker = () =>
  (checker ??= Promise.all(
    ['schema', 'readability', 'texts', 'vtt'].map(
      (name) => import(/* @vite-ignore */ `/packages/cli/src/${name}.js`) as Promise<object>,
    ),
  ).then((modules) => Object.assign({}, ...modules) as Checker));

const SCHEMAS: Record<string, string> = {
  'step-guide-oco.json': '/packages/step-guide/schema/step-guide.schema.json',
  'video-script-oco.json': '/packages/content-oco/schema/video-script.schema.json',
  'contact-finder-intro.json': '/packages/content-oco/schema/contact-finder-intro.schema.json',
  'video-explainer-oco.json': '/packages/video-explainer/schema/video-explainer.schema.json',
};

describe('content-oco: the checker rules (schema, B1 Dutch, WebVTT)', () => {
  for (const [file, schema] of Object.entries(SCHEMAS)) {
    it(`${file}: valid against ${schema.split('/').pop()}`, async () => {
      const { validateWithSchema } = await loadChecker();
      const problems = validateWithSchema(await getJson(BASE + file), await getJson(schema));
      expect(problems.map((p) => `${p.path}: ${p.code}`)).to.deep.equal([]);
    });
  }

  it('our schemas reject a broken file (the checks above can fail)', async () => {
    const { validateWithSchema } = await loadChecker();
    const schema = await getJson(SCHEMAS['contact-finder-intro.json']!);
    const codes = validateWithSchema({ title: { en: 'x' }, text: 3, extra: 1 }, schema).map(
      (p) => p.code,
    );
    expect(codes).to.include.members(['schema-required', 'schema-type', 'schema-unknown']);
  });

  for (const file of TEXT_FILES) {
    it(`${file}: every Dutch text is B1 (sentences of at most 15 words, scores of 60 or more)`, async () => {
      const { findTexts, dutchTexts, readability } = await loadChecker();
      const dutch = dutchTexts(findTexts(await getJson(BASE + file)).texts);
      expect(dutch.length).to.be.greaterThan(1);
      for (const { path, text } of dutch) {
        const score = readability(text);
        expect(score.longSentences, path).to.deep.equal([]);
        expect(score.aboveB1, `${path}: ${score.fleschDouma} / ${score.brouwer}`).to.equal(false);
      }
      // At least one text is long enough to be scored, so the B1 assertion means something.
      expect(dutch.some(({ text }) => readability(text).scored)).to.equal(true);
    });
  }

  it('the readability rule does flag a hard Dutch text', async () => {
    const { readability } = await loadChecker();
    const hard = readability(
      'De onafhankelijke cliëntondersteuningsorganisatie verstrekt gemeentelijke informatievoorziening aangaande maatschappelijke ondersteuningsvoorzieningen overeenkomstig toepasselijke wetgeving.',
    );
    expect(hard.aboveB1).to.equal(true);
  });

  it('video-explainer-oco.json: every address works once media/ is copied next to it', async () => {
    const { checkVtt } = await loadChecker();
    const json = await getJson(`${BASE}video-explainer-oco.json`);
    const versions = json['versions'] as Json[];
    const refs = [
      ...JSON.stringify(json).matchAll(
        /"(?:src|poster|chapters|descriptions|download)":"([^"]+)"/g,
      ),
    ].map((m) => m[1]!);
    expect(refs.length).to.be.greaterThan(20);
    for (const ref of refs) {
      // Relative and portable: media/… (the committed files of @wegwijs/video-explainer, which
      // the municipality copies) or captions/… (in this pack); never ../
      expect(ref).to.match(/^(media|captions)\/[\w.-]+$/);
      const url = ref.startsWith('media/') ? `/packages/video-explainer/${ref}` : `${BASE}${ref}`;
      const response = await fetch(url);
      expect(response.ok, url).to.equal(true);
      if (ref.endsWith('.vtt'))
        expect(checkVtt(await response.text()).problems, url).to.deep.equal([]);
    }
    // Videos in nl ar tr fr pl, subtitles for the Dutch video in the 11 other UI languages.
    const langs = new Set<string>();
    for (const v of versions) {
      langs.add(v['lang'] as string);
      for (const c of v['captions'] as Json[])
        langs.add((c['lang'] as string | undefined) ?? (v['lang'] as string));
      // The sign-language file in the demo media is a placeholder, not sign language.
      expect(v).not.to.have.property('signLanguage');
    }
    expect([...langs].sort()).to.deep.equal(LANGUAGES);
  });
});

describe('content-oco: captions', () => {
  const dutch = () => getText('/packages/video-explainer/media/oco-nl.vtt').then(cues);
  const script = async () => {
    const json = await getJson(`${BASE}video-script-oco.json`);
    return (json['chapters'] as Json[]).flatMap(
      (c) => c['sentences'] as Array<Record<string, string>>,
    );
  };
  /**
   * Where the Dutch video's sentences are in the script (in order): the script is the text for
   * a new recording and has more sentences (shame, the doors) than the committed demo video.
   */
  const spokenInScript = async () => {
    const sentences = await script();
    const spoken: number[] = [];
    let from = 0;
    for (const cue of await dutch()) {
      const at = sentences.findIndex(
        (s, i) => i >= from && sentencePattern(s['nl']!).test(cue.text),
      );
      expect(at, `"${cue.text}" is a sentence of the Dutch script`).to.be.greaterThan(-1);
      spoken.push(at);
      from = at + 1;
    }
    return spoken;
  };

  it('the Dutch script holds every sentence of the committed Dutch video, in order, and more', async () => {
    const spoken = await spokenInScript();
    expect(spoken).to.have.length(10);
    expect((await script()).length).to.be.greaterThan(spoken.length);
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'nl')) {
    it(`oco-nl.${lang}.vtt: valid WebVTT with the cue ids and timings of the Dutch video`, async () => {
      const text = await getText(`${BASE}captions/oco-nl.${lang}.vtt`);
      expect((await loadChecker()).checkVtt(text).problems).to.deep.equal([]);
      const mine = cues(text);
      const nl = await dutch();
      expect(mine.length).to.equal(10);
      expect(mine.map((c) => [c.id, c.timing])).to.deep.equal(nl.map((c) => [c.id, c.timing]));
    });

    it(`oco-nl.${lang}.vtt: each cue is the script's ${lang} sentence the video speaks there`, async () => {
      const mine = cues(await getText(`${BASE}captions/oco-nl.${lang}.vtt`));
      const sentences = await script();
      const spoken = await spokenInScript();
      spoken.forEach((at, i) =>
        expect(mine[i]!.text).to.match(sentencePattern(sentences[at]![lang]!)),
      );
    });
  }
});

const STEPS = 10;

/** Wait until the guide has rendered its steps (light DOM) and their pictograms. */
async function rendered(el: WegwijsStepGuide) {
  await el.content.loaded;
  await waitUntil(
    () => el.querySelectorAll('.wegwijs-step-guide__step').length === STEPS,
    'steps not rendered',
    {
      timeout: 4000,
    },
  );
  await waitUntil(() => !el.querySelector('[data-pictogram="loading"]'), 'pictograms', {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** Open every step: a closed step's text, actions and read-aloud button are filled when it opens. */
async function openAll(el: WegwijsStepGuide) {
  const toggles = () => [...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle')];
  const allOpen = () => toggles().every((t) => t.getAttribute('aria-expanded') === 'true');
  if (!allOpen()) {
    // As a resident does: the "show all steps" button in the bar.
    const showAll = [
      ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__bar button'),
    ].find((b) => b.hasAttribute('aria-expanded'))!;
    showAll.click();
    await el.updateComplete;
  }
  expect(toggles()).to.have.length(STEPS);
  expect(allOpen()).to.equal(true);
}

describe('content-oco: the step guide reads the pack with its own validator', () => {
  const src = `${BASE}step-guide-oco.json`;

  it('without a profile: 10 steps, no raw {{field}}, sentences and the call button left out', async () => {
    const el = await fixture<WegwijsStepGuide>(
      html`<wegwijs-step-guide preview src=${src}></wegwijs-step-guide>`,
    );
    await rendered(el);
    await openAll(el);
    expect(el.content.status).to.equal('ready');
    expect(el.content.data?.steps).to.have.length(STEPS);
    // A resident never sees an unfilled field, nor a button that calls no number.
    expect(el.textContent).not.to.match(/\{\{|\[[A-Z]{4,}\]/);
    expect(el.textContent).not.to.include('Bel .');
    expect(el.querySelector('a[href^="tel:"]')).to.equal(null);
    const steps = el.content.data!.steps;
    const call = steps.findIndex((s) => s.id === 'call-or-message');
    const walkIn = steps.findIndex((s) => s.id === 'walk-in');
    const first = steps.findIndex((s) => s.id === 'first-conversation');
    expect(steps[call]?.action).to.equal(undefined);
    // The sentences without a field stay: the step still says what to do.
    expect((steps[walkIn]?.text as Record<string, string>)['nl']).not.to.equal('');
    // The preview names every unfilled field (all six), in Dutch.
    const paths = el.problems.map((p) => p.path);
    expect(paths).to.include(`steps[${call}].action.phone`);
    expect(paths).to.include(`steps[${walkIn}].text.nl`);
    expect(paths).to.include(`steps[${first}].text.ar`);
    for (const p of el.problems) expect(p.message).to.match(/is niet ingevuld/);
    for (const field of PLACEHOLDERS)
      expect(
        el.problems.some((p) => p.message.includes(field)),
        field,
      ).to.equal(true);
  });

  it('with the profile on the page (<html data-wegwijs-…>), it loads without any problem', async () => {
    const root = document.documentElement;
    const profile = {
      telefoon: '020 123 45 67',
      whatsapp: '06 12 34 56 78',
      adres: 'Stationsplein 1',
      inlooptijden: 'di 9:00-12:00',
      reactietijd: 'een week',
      website: 'voorbeeldstad.nl/oco',
    };
    for (const [field, value] of Object.entries(profile))
      root.setAttribute(`data-wegwijs-${field}`, value);
    try {
      const el = await fixture<WegwijsStepGuide>(
        html`<wegwijs-step-guide preview src=${src}></wegwijs-step-guide>`,
      );
      await rendered(el);
      await openAll(el);
      expect(el.content.status).to.equal('ready');
      expect(el.problems).to.deep.equal([]);
      expect(el.textContent).not.to.match(/\{\{|\[[A-Z]{4,}\]/);
      const steps = el.content.data!.steps;
      const walkIn = steps.find((s) => s.id === 'walk-in')?.text as Record<string, string>;
      expect(walkIn['nl']).to.include('Stationsplein 1');
      expect(walkIn['ar']).to.include('Stationsplein 1');
      expect(el.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:0201234567');
      expect(steps.find((s) => s.id === 'call-or-message')?.action?.phone).to.equal(
        '020 123 45 67',
      );
    } finally {
      for (const field of Object.keys(profile)) root.removeAttribute(`data-wegwijs-${field}`);
    }
  });

  it('pasted inline, with the example profile as a JSON block, it loads without any problem', async () => {
    // The example profile fills every field, per language where a language needs its own words.
    const block = document.createElement('script');
    block.type = 'application/json';
    block.dataset['wegwijsProfile'] = '';
    block.textContent = await getText('/packages/content-oco/profiel-voorbeeld.json');
    document.body.append(block);
    try {
      // Inline content, as an editor pastes it: <script type="application/json"> inside the tag.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = await getText(src);
      const guide = document.createElement('wegwijs-step-guide');
      guide.preview = true;
      guide.append(script);
      const el = await fixture<WegwijsStepGuide>(html`${guide}`);
      await rendered(el);
      await openAll(el);
      expect(el.content.status).to.equal('ready');
      expect(el.problems).to.deep.equal([]);
      // What residents see: the steps (the pasted JSON itself stays in its <script>).
      const shown = [...el.querySelectorAll('.wegwijs-step-guide__step')]
        .map((step) => step.textContent)
        .join(' ');
      expect(shown).to.include('binnen een week');
      expect(shown).not.to.match(/\{\{|\[[A-Z]{4,}\]/);
      expect(el.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:0201234567');
      const steps = el.content.data!.steps;
      const first = steps.find((s) => s.id === 'first-conversation')?.text as Record<
        string,
        string
      >;
      expect(first['nl']).to.include('binnen een week');
      expect(first['pl']).to.include('w ciągu tygodnia');
      expect(first['fr']).to.include('dans un délai de sept jours');
      const call = steps.find((s) => s.id === 'call-or-message')?.text as Record<string, string>;
      expect(call['nl']).to.include('06 12345678');
    } finally {
      block.remove();
    }
  });
});

describe('content-oco: read aloud in every language (content/audio/device-voices.json)', () => {
  const src = `${BASE}step-guide-oco.json`;
  afterEach(() => setPageLocale('nl', { remember: false }));

  const readAloud = async (lang: string) => {
    await setPageLocale(lang, { remember: false });
    const el = await fixture<WegwijsStepGuide>(
      html`<wegwijs-step-guide src=${src}></wegwijs-step-guide>`,
    );
    await rendered(el);
    await openAll(el);
    const buttons = [...el.querySelectorAll('wegwijs-read-aloud')];
    await Promise.all(
      buttons.map((b) => (b as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );
    return buttons as Array<HTMLElement & { items?: Array<{ audio?: string; lang: string }> }>;
  };

  it('Persian (no voice on the phone): every step plays its generated recording, next to the JSON', async () => {
    const players = await readAloud('fa');
    expect(players).to.have.length(STEPS);
    for (const player of players) {
      const audio = player.items?.[0]?.audio;
      expect(audio, 'a recording').to.match(
        /\/packages\/content-oco\/content\/audio\/fa\/[\w-]+\.mp3$/,
      );
      const response = await fetch(audio!);
      expect(response.ok, audio).to.equal(true);
      expect(response.headers.get('content-type')).to.match(/^audio\/mpeg/);
      expect(player.shadowRoot?.querySelector('button'), 'a read-aloud button').not.to.equal(null);
    }
  });

  for (const lang of ['ti', 'so']) {
    it(`${lang} (no voice, no espeak-ng): no read-aloud button that would say nothing`, async () => {
      const voices = speechSynthesis
        .getVoices()
        .filter((v) => v.lang.toLowerCase().startsWith(lang));
      expect(voices, `this browser has a ${lang} voice: the test assumes none`).to.have.length(0);
      const players = await readAloud(lang);
      expect(players).to.have.length(STEPS);
      for (const player of players) {
        expect(player.items?.[0]?.audio).to.equal(undefined);
        expect(player.shadowRoot?.querySelector('button')).to.equal(null);
        // never silent: it says, in the resident's language, that it cannot read this language
        const why = player.shadowRoot?.querySelector<HTMLElement>('[part=no-voice]');
        expect(why, 'an explanation instead of the button').to.exist;
        expect(why!.lang).to.equal(lang);
        expect(why!.textContent).not.to.contain('Voorlezen');
        expect(why!.textContent!.trim()).not.to.equal('');
      }
    });
  }
});

describe('content-oco: the new route passes axe in nl, ar (RTL), ti and so', function () {
  // axe over ten open steps takes a few seconds on a busy machine.
  this.timeout(30000);
  afterEach(() => setPageLocale('nl', { remember: false }));
  for (const lang of ['nl', 'ar', 'ti', 'so']) {
    it(`${lang}: every step open, text in ${lang}, no axe violation`, async () => {
      await setPageLocale(lang, { remember: false });
      const el = await fixture<WegwijsStepGuide>(
        html`<wegwijs-step-guide src=${`${BASE}step-guide-oco.json`}></wegwijs-step-guide>`,
      );
      await rendered(el);
      await openAll(el);
      // The resident-facing text is in the resident's language, with its direction.
      const first = el.querySelector('.wegwijs-step-guide__text') as HTMLElement;
      expect(first.lang).to.equal(lang);
      expect(first.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});

describe('content-oco: package exports', () => {
  it('exports the content folder and the schemas, without a build', async () => {
    const pkg = await getJson('/packages/content-oco/package.json');
    const exports = pkg['exports'] as Record<string, string>;
    const content = exports['./*'] ?? '';
    expect(content).to.equal('./content/*');
    expect(exports['./schema/*']).to.equal('./schema/*');
    expect(pkg['files']).to.include.members(['content', 'schema']);
    for (const file of [...TEXT_FILES, 'video-explainer-oco.json', 'captions/oco-nl.uk.vtt']) {
      const response = await fetch(`/packages/content-oco/${content.replace('*', file)}`);
      expect(response.ok, file).to.equal(true);
    }
  });
});
