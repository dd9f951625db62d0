import { expect, fixture, html } from '@open-wc/testing';
import type { WegwijsStepGuide } from '@wegwijs/step-guide';
import '@wegwijs/step-guide/define';
import { setPageLocale } from '@wegwijs/core';
import { BASE, STEPS, rendered, openAll } from './helpers.js';

document.documentElement.lang = 'nl';

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
