import { expect } from '@open-wc/testing';
import '@wegwijs/step-guide/define';
import { BASE, LANGUAGES, Json, getText, getJson, loadChecker } from './helpers.js';

document.documentElement.lang = 'nl';

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
