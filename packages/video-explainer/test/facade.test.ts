import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import type { WegwijsVideoExplainer } from '../src/video-explainer.js';
import {
  $,
  $$,
  FIVE,
  MEDIA,
  TITLES,
  explainer,
  mainVideo,
  playerShown,
  seekTo,
  version,
  withPlayer,
  transcriptOf,
} from './helpers.js';

document.documentElement.lang = 'nl';

describe('video explainer: facade', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('shows only poster, title, language switch and play button before the first interaction', async () => {
    const el = await explainer(FIVE);
    expect(playerShown(el), 'no player before the first interaction').to.equal(null);
    expect($(el, '.title')!.textContent!.trim()).to.equal(TITLES.nl);
    expect($(el, '.title')!.getAttribute('lang')).to.equal('nl');
    expect(mainVideo(el).poster).to.match(/oco-nl\.jpg$/);
    expect(mainVideo(el).autoplay).to.equal(false);
    expect(mainVideo(el).hasAttribute('playsinline')).to.equal(true);
    expect($(el, 'button.play')!.textContent!.trim()).to.equal('Afspelen');
    const options = $$<HTMLOptionElement>(el, 'select[part=language] option');
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal([
      'Nederlands',
      'العربية',
      'Türkçe',
      'Français',
      'Polski',
    ]);
    expect(options[1]!.lang).to.equal('ar');
    expect($(el, '.bar')).to.equal(null);
    expect(transcriptOf(el)).to.equal(null);
  });

  it('reads the editor markup: video with sources, tracks and a link', async () => {
    const el = await fixture<WegwijsVideoExplainer>(
      html`<wegwijs-video-explainer>
        <video controls preload="none" lang="nl" title="OCO uitleg" poster="${MEDIA}/oco-nl.jpg">
          <source src="${MEDIA}/oco-nl.mp4" type="video/mp4" />
          <track kind="captions" src="${MEDIA}/oco-nl.vtt" srclang="nl" label="Nederlands" />
          <track kind="subtitles" src="${MEDIA}/oco-nl.en.vtt" srclang="en" label="English" />
          <track kind="chapters" src="${MEDIA}/oco-nl.chapters.vtt" srclang="nl" />
          <a href="${MEDIA}/oco-nl.mp4">Download de video</a>
        </video>
        <video controls preload="none" lang="tr" title="OCO Türkçe">
          <source src="${MEDIA}/oco-tr.mp4" type="video/mp4" />
          <track kind="captions" src="${MEDIA}/oco-tr.vtt" srclang="tr" />
        </video>
      </wegwijs-video-explainer>`,
    );
    await el.content.loaded;
    await el.updateComplete;
    expect(el.content.origin).to.equal('markup');
    const [nl, tr] = el.content.data!.versions;
    expect(nl!.captions.map((c) => c.lang)).to.deep.equal(['nl', 'en']);
    expect(nl!.chapters).to.match(/oco-nl\.chapters\.vtt$/);
    expect(nl!.download).to.match(/oco-nl\.mp4$/);
    expect(tr!.title).to.equal('OCO Türkçe');
    expect(mainVideo(el).src).to.match(/oco-nl\.mp4$/);
  });

  it('loads src JSON and resolves media against the JSON file', async () => {
    const el = await fixture<WegwijsVideoExplainer>(
      html`<wegwijs-video-explainer
        src="/packages/video-explainer/examples/oco-explainer.json"
      ></wegwijs-video-explainer>`,
    );
    await el.content.loaded;
    await el.updateComplete;
    expect(el.content.origin).to.equal('src');
    const nl = el.content.data!.versions[0]!;
    expect(nl.poster).to.equal(new URL(`${MEDIA}/oco-nl.jpg`, location.href).href);
    expect(nl.captions[1]!.src).to.equal(new URL(`${MEDIA}/oco-nl.en.vtt`, location.href).href);
    expect(el.content.data!.versions).to.have.length(5);
  });

  it('loads the full player on first interaction and starts playing on the first press', async function () {
    this.timeout(20_000);
    const el = await explainer(FIVE);
    $(el, 'button.play')!.click();
    // The player renders once the video moves (and the main thread is idle): on a busy
    // machine that takes a while.
    await waitUntil(
      () => playerShown(el) && !mainVideo(el).paused,
      'playing with the player loaded',
      { timeout: 10_000 },
    );
    await el.updateComplete;
    expect($(el, 'button.play')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.hasAttribute('data-play'), 'focus moved');
    mainVideo(el).pause();
  });
});

/** Until the browser has been idle once more (after a frame: the visibility check ran). */
const idle = async () => {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
};

describe('video explainer: a quick start (issue 23)', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));
  afterEach(() => {
    delete (navigator as { connection?: unknown }).connection; // the stub below, if any
  });

  it('fetches the video’s metadata once it is on screen and the browser idle', async () => {
    const el = await explainer(FIVE);
    await idle();
    expect(mainVideo(el).preload).to.equal('metadata');
    expect(!!playerShown(el), 'player shown').to.equal(false);
  });

  it('on Save-Data fetches nothing ahead, only when a pointer goes down in the widget', async () => {
    Object.defineProperty(navigator, 'connection', {
      value: { saveData: true, effectiveType: '4g' },
      configurable: true,
    });
    const el = await explainer(FIVE);
    await idle();
    expect(mainVideo(el).preload, 'nothing fetched ahead').to.equal('none');
    $(el, 'button.play')!.dispatchEvent(
      new PointerEvent('pointerdown', { bubbles: true, composed: true }),
    );
    expect(mainVideo(el).preload).to.equal('metadata');
  });

  it('renders the full player only once the video moves', async () => {
    await import('../src/player.js'); // the player's code is there before the press
    const el = await explainer(FIVE);
    const video = mainVideo(el);
    // The video's start and first frame, held back until the test lets them happen.
    let started!: () => void;
    let frame!: VideoFrameRequestCallback;
    video.play = () => new Promise<void>((resolve) => (started = resolve));
    video.requestVideoFrameCallback = (callback) => ((frame = callback), 1);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
    };
    $(el, 'button.play')!.click();
    await settle();
    expect(!!playerShown(el), 'player before the video starts').to.equal(false);
    started();
    await settle();
    expect(!!playerShown(el), 'player before the first frame').to.equal(false);
    frame(performance.now(), {} as VideoFrameCallbackMetadata);
    await waitUntil(() => playerShown(el), 'player shown after the first frame');
    await waitUntil(() => el.shadowRoot!.activeElement?.hasAttribute('data-play'), 'focus moved');
  });
});

describe('video explainer: while the content loads', () => {
  it('keeps the editor’s video in its place, then shows the facade', async () => {
    const body = encodeURIComponent(JSON.stringify({ versions: [version('nl')] }));
    const el = await fixture<WegwijsVideoExplainer>(
      html`<wegwijs-video-explainer src="/__fault/slow/600?body=${body}"
        ><video controls src="${MEDIA}/oco-nl.mp4" width="640" height="360"></video
      ></wegwijs-video-explainer>`,
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])');
    expect(slot, 'the markup is slotted while loading').to.not.equal(null);
    expect(slot!.assignedElements()[0]?.localName).to.equal('video');
    expect(el.querySelector('video')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await waitUntil(() => $(el, 'button.play'), 'facade shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
  });
});

describe('video explainer: simple mode', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('has a few large labelled buttons, repeats the last sentence and can switch to full', async () => {
    const el = await explainer(FIVE, { mode: 'simple' });
    await withPlayer(el);
    const labels = $$(el, '.simple .big').map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Afspelen', 'Herhaal de zin', 'Ondertiteling']);
    expect(getComputedStyle($(el, 'select[part=language]')!).fontSize).to.equal('20px');
    expect($(el, '.bar')).to.equal(null);
    await seekTo(el, 9); // in cue s4 (8.737–12.253), 0.26 s after it began
    $$(el, '.simple .big')[1]!.click();
    await oneEvent(mainVideo(el), 'seeked');
    expect(mainVideo(el).currentTime).to.be.closeTo(5.8, 0.05); // s3, the sentence before
    mainVideo(el).pause();
    const more = $$(el, '.simple button').find((b) => b.textContent!.trim() === 'Meer knoppen')!;
    more.click();
    await el.updateComplete;
    expect(el.mode).to.equal('full');
    expect($(el, '.bar')).to.exist;
    await waitUntil(
      () => el.shadowRoot!.activeElement?.hasAttribute('data-mode'),
      'focus on the mode switch',
    );
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Eenvoudige knoppen');
  });
});
