import { expect, fixture, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { ready } from './helpers.js';

document.documentElement.lang = 'nl';

describe('wegwijs-letter-explainer', () => {
  beforeEach(async () => {
    await setPageLocale('nl', { remember: false });
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
