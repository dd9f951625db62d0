import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import {
  $,
  $$,
  FIVE,
  TITLES,
  explainer,
  mainVideo,
  seekTo,
  withPlayer,
  transcriptOf,
  waitForTranscript,
} from './helpers.js';

document.documentElement.lang = 'nl';

describe('video explainer: language versions', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('switches source, captions, transcript and UI together', async () => {
    const el = await explainer(FIVE, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'Een cliëntondersteuner kan u helpen.');
    expect(mainVideo(el).src).to.match(/oco-nl\.webm$/);
    const select = $<HTMLSelectElement>(el, 'select[part=language]')!;
    select.value = 'ar';
    const changed = oneEvent(el, 'wegwijs-video-version-change');
    select.dispatchEvent(new Event('change'));
    expect(((await changed) as unknown as { lang: string }).lang).to.equal('ar');
    await waitForTranscript(el, 'يمكن لمرافق مستقل أن يساعدك.');
    await waitUntil(
      () => $(el, '[data-play]')?.getAttribute('aria-label') === 'تشغيل',
      'UI in Arabic',
    );
    expect(mainVideo(el).src).to.match(/oco-ar\.webm$/);
    expect(mainVideo(el).poster).to.match(/oco-ar\.jpg$/);
    expect($(el, '.title')!.textContent!.trim()).to.equal(TITLES.ar);
    const base = $(el, '.base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    // The timeline runs left to right in every language.
    expect($(el, 'input.seek')!.closest('[dir]')!.getAttribute('dir')).to.equal('ltr');
    const text = transcriptOf(el)!.querySelector('.wegwijs-video-explainer__text')!;
    expect(text.getAttribute('lang')).to.equal('ar');
    expect(text.getAttribute('dir')).to.equal('rtl');
    // Captions follow too (shown while playing).
    await mainVideo(el).play();
    await waitUntil(() => $(el, '.captions')?.textContent?.trim(), 'a caption', { timeout: 5000 });
    mainVideo(el).pause();
    expect($(el, '.captions')!.getAttribute('lang')).to.equal('ar');
    expect($(el, '.captions')!.textContent!.trim()).to.equal('يمكن لمرافق مستقل أن يساعدك.');
  });

  it('preselects the version of the page language', async () => {
    await setPageLocale('tr', { remember: false });
    const el = await explainer(FIVE);
    expect($(el, '.title')!.textContent!.trim()).to.equal(TITLES.tr);
    expect($<HTMLSelectElement>(el, 'select[part=language]')!.value).to.equal('tr');
    expect(mainVideo(el).src).to.match(/oco-tr\.webm$/);
  });

  it('offers a second caption language for one version, and the transcript follows it', async () => {
    const el = await explainer(FIVE, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'Deze hulp is gratis.');
    const settings = $$<HTMLButtonElement>(el, '.bar button').find((b) =>
      b.textContent!.includes('Instellingen'),
    )!;
    settings.click();
    await el.updateComplete;
    const label = $$<HTMLLabelElement>(el, '.panel label').find((l) =>
      l.textContent!.includes('Taal van de ondertiteling'),
    )!;
    const select = label.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Nederlands',
      'English',
    ]);
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    await waitForTranscript(el, 'This help is free.');
    expect(
      transcriptOf(el)!.querySelector('.wegwijs-video-explainer__text')!.getAttribute('lang'),
    ).to.equal('en');
  });
});

describe('video explainer: audio description and sign language', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('announces descriptions when no voice is available, and syncs the sign-language window', async () => {
    const el = await explainer(FIVE);
    await withPlayer(el);
    await waitUntil(
      () => $$(el, '.bar button').some((b) => b.textContent!.includes('Audiobeschrijving')),
      'AD button',
    );
    $$<HTMLButtonElement>(el, '.bar button')
      .find((b) => b.textContent!.includes('Audiobeschrijving'))!
      .click();
    // Make speech unavailable for this test: the description goes to the live region.
    const synth = window.speechSynthesis;
    const getVoices = synth.getVoices;
    synth.getVoices = () => [];
    try {
      await seekTo(el, 5.7);
      await mainVideo(el).play();
      await waitUntil(
        () => $(el, '[role=status]')!.textContent!.includes('Kaart 2'),
        'description announced',
        {
          timeout: 4000,
        },
      );
      expect(mainVideo(el).paused).to.equal(false);
    } finally {
      synth.getVoices = getVoices;
    }
    mainVideo(el).pause();
    await seekTo(el, 0);
    $$<HTMLButtonElement>(el, '.bar button')
      .find((b) => b.textContent!.includes('Gebarentaal'))!
      .click();
    await el.updateComplete;
    const sign = $<HTMLVideoElement>(el, 'video.sign')!;
    expect(sign.muted).to.equal(true);
    expect(sign.hasAttribute('playsinline')).to.equal(true);
    expect(sign.disablePictureInPicture).to.equal(true);
    expect(sign.getAttribute('aria-label')).to.equal('Gebarentaal (NGT)');
    expect(sign.src).to.match(/oco-nl\.sign\.mp4$/);
    await mainVideo(el).play();
    await waitUntil(
      () =>
        !sign.paused &&
        sign.currentTime > 0.5 &&
        Math.abs(sign.currentTime - mainVideo(el).currentTime) < 0.5,
      `sign in sync (${sign.paused} ${sign.currentTime} ${mainVideo(el).currentTime})`,
      { timeout: 4000 },
    );
    mainVideo(el).playbackRate = 1.25;
    await waitUntil(() => sign.playbackRate > 1.1, 'sign follows the speed');
    mainVideo(el).pause();
    await waitUntil(() => sign.paused, 'sign pauses too');
  });
});
