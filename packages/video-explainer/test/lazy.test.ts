// What a resident downloads when: in its own test file (its own page), so no other test has
// loaded the lazy modules before. Requests are read from the browser's resource timing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale, UI_LOCALES } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';
import type { WegwijsVideoExplainer } from '../src/video-explainer.js';
import { $, $$, FIVE, explainer, mainVideo, playerShown } from './helpers.js';

document.documentElement.lang = 'nl';

const MODULES = {
  player: /\/src\/player\.(js|ts)\b/,
  schema: /\/src\/schema\.(js|ts)\b/,
  valibot: /\/valibot\//,
  transcript: /\/src\/transcript\.(js|ts)\b/,
  speech: /read-aloud-controller/,
  markup: /\/src\/markup\.(js|ts)\b/,
  service: /\/src\/service\.(js|ts)\b/,
};
const loaded = () =>
  Object.entries(MODULES)
    .filter(([, pattern]) =>
      performance.getEntriesByType('resource').some((e) => pattern.test(e.name)),
    )
    .map(([name]) => name);

describe('video explainer: lazy loading', () => {
  before(() => setPageLocale('nl', { remember: false }));

  it('loads the player on first play, the transcript and voice code only when asked, never the schema for residents', async function () {
    // What loads when is asserted here; how long the player takes to arrive is a bench figure
    // (the runtime bench's "play": tap to moving video, target ≤ 1.5 × native <video>). The
    // waits below allow for a busy machine (waitUntil's default of 1 s flaked there).
    this.timeout(30_000);
    const wait = { timeout: 10_000 };
    const el = await explainer(FIVE);
    expect(loaded()).to.deep.equal([]);

    $(el, 'button.play')!.click();
    await waitUntil(() => playerShown(el), 'player loaded', wait);
    await waitUntil(() => $(el, '.bar'), 'controls shown', wait);
    mainVideo(el).pause();
    expect(loaded()).to.deep.equal(['player']);

    const toggle = (label: string) =>
      $$<HTMLButtonElement>(el, '.bar button').find((b) => b.textContent!.trim() === label)!;
    await waitUntil(() => toggle('Tekst'), 'the transcript can be shown (captions loaded)', wait);
    toggle('Tekst').click();
    await waitUntil(
      () => el.querySelector(':scope > .wegwijs-video-explainer__transcript button'),
      'transcript shown',
      wait,
    );
    expect(loaded()).to.deep.equal(['player', 'transcript']);

    await waitUntil(() => toggle('Audiobeschrijving'), 'descriptions loaded', wait);
    toggle('Audiobeschrijving').click();
    await waitUntil(() => loaded().includes('speech'), 'voice code loaded', wait);
    expect(loaded()).to.deep.equal(['player', 'transcript', 'speech']);
  });

  it('loads the markup reader only for markup, the YouTube notice only for a YouTube version', async () => {
    const el = await fixture<WegwijsVideoExplainer>(
      html`<wegwijs-video-explainer>
        <a data-video lang="nl" title="OCO" href="https://www.youtube.com/watch?v=abcdefghijk"
          >OCO op YouTube</a
        >
      </wegwijs-video-explainer>`,
    );
    await el.content.loaded;
    await waitUntil(() => $(el, '.consent button'), 'the notice before YouTube');
    expect(el.content.data!.versions[0]!.youtube).to.equal('abcdefghijk');
    expect(loaded()).to.include.members(['markup', 'service']);
    expect(loaded()).not.to.include.members(['schema']);
  });

  it('names languages in their own language (core’s names), the variant by its language', () => {
    for (const code of UI_LOCALES) expect(endonym(code), code).not.to.equal(code);
    expect(endonym('ar-MA')).to.equal('العربية');
    expect(endonym('ti')).to.equal('ትግርኛ');
    expect(endonym('so')).to.equal('Soomaali');
    expect(endonym('de')).to.equal('Deutsch');
    expect(endonym('not a code')).to.equal('not a code');
  });
});
