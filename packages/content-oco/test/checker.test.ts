import { expect } from '@open-wc/testing';
import '@wegwijs/step-guide/define';
import { BASE, LANGUAGES, TEXT_FILES, Json, getJson, loadChecker } from './helpers.js';

document.documentElement.lang = 'nl';

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
