import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import type { WegwijsVideoExplainer } from '../src/video-explainer.js';
import { VIDEO_STORAGE_KEYS } from '../src/storage.js';
import {
  $,
  $$,
  FIVE,
  MEDIA,
  TITLES,
  deepElements,
  explainer,
  seekTo,
  version,
  withPlayer,
} from './helpers.js';

document.documentElement.lang = 'nl';

const transcriptOf = (el: WegwijsVideoExplainer) =>
  el.querySelector<HTMLElement>(':scope > .wegwijs-video-explainer__transcript');
const cueButtons = (el: WegwijsVideoExplainer) => [
  ...(transcriptOf(el)?.querySelectorAll<HTMLButtonElement>(
    'button.wegwijs-video-explainer__cue',
  ) ?? []),
];

async function waitForTranscript(el: WegwijsVideoExplainer, text: string) {
  await waitUntil(
    () => transcriptOf(el)?.textContent?.includes(text),
    `transcript shows "${text}"`,
    { timeout: 4000 },
  );
}

describe('video explainer: facade', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('shows only poster, title, language switch and play button before the first interaction', async () => {
    const el = await explainer(FIVE);
    expect(el.player).to.equal(undefined);
    expect($(el, '.title')!.textContent!.trim()).to.equal(TITLES.nl);
    expect($(el, '.title')!.getAttribute('lang')).to.equal('nl');
    expect(el.video.poster).to.match(/oco-nl\.jpg$/);
    expect(el.video.preload).to.equal('none');
    expect(el.video.autoplay).to.equal(false);
    expect(el.video.hasAttribute('playsinline')).to.equal(true);
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
    expect(el.video.src).to.match(/oco-nl\.mp4$/);
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

  it('loads the full player on first interaction and starts playing on the first press', async () => {
    const el = await explainer(FIVE);
    $(el, 'button.play')!.click();
    await waitUntil(() => el.player && !el.video.paused, 'playing with the player loaded');
    await el.updateComplete;
    expect($(el, 'button.play')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.hasAttribute('data-play'), 'focus moved');
    el.video.pause();
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

describe('video explainer: language versions', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('switches source, captions, transcript and UI together', async () => {
    const el = await explainer(FIVE, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'Een cliëntondersteuner kan u helpen.');
    expect(el.video.src).to.match(/oco-nl\.webm$/);
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
    expect(el.video.src).to.match(/oco-ar\.webm$/);
    expect(el.video.poster).to.match(/oco-ar\.jpg$/);
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
    await el.video.play();
    await waitUntil(() => $(el, '.captions')?.textContent?.trim(), 'a caption', { timeout: 5000 });
    el.video.pause();
    expect($(el, '.captions')!.getAttribute('lang')).to.equal('ar');
    expect($(el, '.captions')!.textContent!.trim()).to.equal('يمكن لمرافق مستقل أن يساعدك.');
  });

  it('preselects the version of the page language', async () => {
    await setPageLocale('tr', { remember: false });
    const el = await explainer(FIVE);
    expect($(el, '.title')!.textContent!.trim()).to.equal(TITLES.tr);
    expect($<HTMLSelectElement>(el, 'select[part=language]')!.value).to.equal('tr');
    expect(el.video.src).to.match(/oco-tr\.webm$/);
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

describe('video explainer: transcript', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('lives in the light DOM, seeks on click and marks the current cue', async () => {
    const el = await explainer(FIVE, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'De ondersteuner is onafhankelijk.');
    const container = transcriptOf(el)!;
    expect(container.slot).to.equal('transcript');
    expect(container.querySelectorAll('ol')).to.have.length(4); // one list per chapter
    expect(
      [...container.querySelectorAll('[role=heading]')].map((h) => h.textContent!.trim()),
    ).to.include('Aan uw kant');
    const buttons = cueButtons(el);
    expect(buttons).to.have.length(10);
    const target = buttons[4]!; // "De ondersteuner staat aan uw kant." at 12.653 s
    expect(target.dataset.start).to.equal('12.653');
    target.click();
    await waitUntil(() => el.video.currentTime >= 12.65 && !el.video.paused, 'seeked and playing', {
      timeout: 5000,
    });
    await waitUntil(
      () => cueButtons(el)[4]!.getAttribute('aria-current') === 'true',
      'current cue marked',
      {
        timeout: 5000,
      },
    );
    expect(cueButtons(el).filter((b) => b.getAttribute('aria-current') === 'true')).to.have.length(
      1,
    );
    expect(cueButtons(el)[4]!.classList.contains('wegwijs-video-explainer__now')).to.equal(true);
    el.video.pause();
    // Keyboard: Enter on a cue seeks as well.
    cueButtons(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => Math.abs(el.video.currentTime - 3.365) < 0.6, 'Enter seeks');
    el.video.pause();
  });

  it('searches within the text, announces the count and downloads it as text', async () => {
    const el = await explainer(FIVE, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'Deze hulp is gratis.');
    const search = transcriptOf(el)!.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(search.labels![0]!.textContent!.trim()).to.equal('Zoek in de tekst');
    search.value = 'ondersteuner';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(transcriptOf(el)!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
      'Gevonden: 4',
    );
    expect(cueButtons(el)).to.have.length(4);
    expect(transcriptOf(el)!.querySelectorAll('mark')).to.have.length(4);
    // Keys typed in the search field are text, not shortcuts.
    search.focus();
    await sendKeys({ type: 'k' });
    expect(el.video.paused).to.equal(true);

    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      made.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      transcriptOf(el)!
        .querySelector<HTMLButtonElement>('.wegwijs-video-explainer__download')!
        .click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(made).to.have.length(1);
    const text = await made[0]!.text();
    expect(text).to.contain(TITLES.nl);
    expect(text).to.contain('[0:05] De ondersteuner is onafhankelijk.');
    expect(text).to.contain('Zo vindt u hulp');
  });
});

describe('video explainer: keyboard', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('works only while focus is in the player, with a shortcut list', async () => {
    const el = await explainer(FIVE);
    await withPlayer(el);
    // Focus outside the widget: keys do nothing.
    const outside = document.createElement('button');
    outside.textContent = 'buiten';
    document.body.append(outside);
    outside.focus();
    await sendKeys({ press: 'k' });
    expect(el.video.paused).to.equal(true);
    outside.remove();

    $(el, '[data-play]')!.focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => !el.video.paused, 'k plays');
    await sendKeys({ press: 'k' });
    await waitUntil(() => el.video.paused, 'k pauses');
    await waitUntil(() => el.video.readyState >= 1, 'metadata');
    await sendKeys({ press: 'ArrowRight' });
    expect(el.video.currentTime).to.be.closeTo(5, 0.2);
    await sendKeys({ press: 'PageDown' });
    expect(el.video.currentTime).to.be.closeTo(5.8, 0.05); // chapter 2
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.contain('Hoofdstuk 2: Aan uw kant');
    await sendKeys({ press: 'PageDown' });
    expect(el.video.currentTime).to.be.closeTo(15.7, 0.05);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.video.currentTime).to.be.closeTo(10.7, 0.2);
    await sendKeys({ press: '>' });
    expect(el.video.playbackRate).to.equal(1.25);
    await sendKeys({ press: 'm' });
    expect(el.video.muted).to.equal(false);
    await sendKeys({ press: 'm' });
    expect(el.video.muted).to.equal(true);

    await sendKeys({ press: '?' });
    await el.updateComplete;
    const panel = $(el, '#panel')!;
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent).to.contain('Afspelen of pauzeren');
    const keysButton = $$(el, '.bar button').find((b) => b.textContent!.includes('Sneltoetsen'))!;
    expect(keysButton.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    // Tab order reaches the controls; the focused one has a visible outline.
    const focused = $(el, '[data-play]')!;
    focused.blur();
    focused.focus();
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.getAttribute('aria-label')).to.equal('5 seconden terug');
    expect(getComputedStyle(active).outlineStyle).to.not.equal('none');
  });
});

describe('video explainer: captions', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('renders cues itself, toggles them and remembers size and colours on the device', async () => {
    localStorage.removeItem(`wegwijs:${VIDEO_STORAGE_KEYS.captions}`);
    const el = await explainer(FIVE);
    await withPlayer(el);
    await waitUntil(
      () => $$(el, '.bar button').some((b) => b.textContent!.includes('Ondertiteling')),
      '',
    );
    await seekTo(el, 4);
    expect($(el, '.captions')!.textContent!.trim()).to.equal('Deze hulp is gratis.');
    const toggle = $$<HTMLButtonElement>(el, '.bar button').find(
      (b) => b.textContent!.trim() === 'Ondertiteling',
    )!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect($(el, '.captions')).to.equal(null);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '[role=status]')!.textContent).to.contain('Ondertiteling uit');
    expect(JSON.parse(localStorage.getItem(`wegwijs:${VIDEO_STORAGE_KEYS.captions}`)!).on).to.equal(
      false,
    );
    // "c" turns them on again.
    toggle.focus();
    await sendKeys({ press: 'c' });
    await el.updateComplete;
    expect($(el, '.captions')).to.exist;
    // Size and colours.
    $$<HTMLButtonElement>(el, '.bar button')
      .find((b) => b.textContent!.includes('Instellingen'))!
      .click();
    await el.updateComplete;
    const pick = (label: string, index: number) => {
      const select = $$<HTMLLabelElement>(el, '.panel label')
        .find((l) => l.textContent!.includes(label))!
        .querySelector('select')!;
      select.selectedIndex = index;
      select.dispatchEvent(new Event('change'));
    };
    pick('Grootte', 3);
    pick('Kleuren', 1);
    await el.updateComplete;
    expect($(el, '.captions')!.className).to.contain('xl').and.contain('yellow');
    expect(getComputedStyle($(el, '.captions')!).color).to.equal('rgb(255, 255, 0)');
    const stored = JSON.parse(localStorage.getItem(`wegwijs:${VIDEO_STORAGE_KEYS.captions}`)!);
    expect(stored).to.deep.equal({ on: true, size: 'xl', style: 'yellow' });
    // A new widget on the next page uses the same choices.
    const next = await explainer(FIVE);
    await withPlayer(next);
    await seekTo(next, 4);
    expect($(next, '.captions')!.className).to.contain('xl');
    localStorage.removeItem(`wegwijs:${VIDEO_STORAGE_KEYS.captions}`);
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
    await oneEvent(el.video, 'seeked');
    expect(el.video.currentTime).to.be.closeTo(5.8, 0.05); // s3, the sentence before
    el.video.pause();
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

describe('video explainer: privacy', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  const THIRD = /youtube|ytimg|google|vimeo|doubleclick|ggpht/;

  it('loads nothing from YouTube before the resident presses play', async () => {
    performance.clearResourceTimings();
    const content = {
      versions: [
        {
          lang: 'nl',
          title: TITLES.nl,
          youtube: 'abcdefghijk',
          poster: `${MEDIA}/oco-nl.jpg`,
          captions: [{ src: `${MEDIA}/oco-nl.vtt` }],
        },
      ],
    };
    const el = await explainer(content, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'Deze hulp is gratis.');
    const thirdParty = () =>
      deepElements(document).filter((node) => {
        const url =
          node.getAttribute('src') ??
          node.getAttribute('href') ??
          node.getAttribute('poster') ??
          '';
        return (
          ['IFRAME', 'IMG', 'LINK', 'SCRIPT', 'VIDEO', 'SOURCE', 'A'].includes(node.tagName) &&
          THIRD.test(url)
        );
      });
    expect(thirdParty()).to.deep.equal([]);
    expect(deepElements(document).filter((n) => n.tagName === 'IFRAME')).to.deep.equal([]);
    expect(
      performance.getEntriesByType('resource').filter((e) => THIRD.test(e.name)),
    ).to.deep.equal([]);
    // The notice is its own small module, loaded when a YouTube or Vimeo version is shown.
    await waitUntil(() => $(el, '.consent'), 'the notice before YouTube');
    expect($(el, '.consent')!.textContent).to.contain('Deze video staat bij YouTube');
    const play = $<HTMLButtonElement>(el, '.consent button')!;
    expect(play.textContent!.trim()).to.equal('Afspelen via YouTube');
    // The transcript is there before consent, without seeking (the player is YouTube's).
    expect(
      transcriptOf(el)!.querySelectorAll('button.wegwijs-video-explainer__cue'),
    ).to.have.length(0);

    const consent = oneEvent(el, 'wegwijs-video-consent');
    play.click();
    expect(((await consent) as unknown as { service: string }).service).to.equal('youtube');
    await el.updateComplete;
    const iframe = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(iframe.src).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/abcdefghijk\?/);
    expect(iframe.title).to.equal(TITLES.nl);
    await waitUntil(() => el.shadowRoot!.activeElement === iframe, 'focus on the iframe');
    iframe.remove();
  });

  it('lets a pointer reach the play button over a poster (issue #26: the poster took the tap)', async () => {
    const el = await explainer({
      versions: [
        { lang: 'nl', title: 'YouTube', youtube: 'abcdefghijk', poster: `${MEDIA}/oco-nl.jpg` },
      ],
    });
    await waitUntil(() => $(el, '.consent button'), 'the notice before YouTube');
    const play = $<HTMLButtonElement>(el, '.consent button')!;
    await waitUntil(() => $<HTMLImageElement>(el, 'img.poster')?.complete, 'the poster');
    const box = play.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit && play.contains(hit), `a tap lands on ${hit?.outerHTML.slice(0, 60)}`).to.equal(
      true,
    );
    // Full-strength text and button: the poster is dimmed behind the notice, not the notice.
    expect(getComputedStyle($(el, '.consent')!).opacity).to.equal('1');
    expect(getComputedStyle($(el, 'img.poster')!).opacity).to.equal('1');
  });

  it('uses Vimeo with dnt=1 after consent and drops a poster from a video service', async () => {
    const el = await explainer(
      {
        versions: [
          { lang: 'nl', title: 'Vimeo', vimeo: '76979871', poster: 'https://i.vimeocdn.com/x.jpg' },
        ],
      },
      { preview: true },
    );
    await withPlayer(el);
    await waitUntil(() => $(el, '.consent button'), 'the notice before Vimeo');
    expect(deepElements(el.shadowRoot!).filter((n) => n.tagName === 'IMG')).to.have.length(0);
    await waitUntil(
      () => el.problems.some((p) => p.message.includes('versions[0].poster')),
      'poster refused',
    );
    $<HTMLButtonElement>(el, '.consent button')!.click();
    await el.updateComplete;
    const iframe = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(iframe.src).to.match(/^https:\/\/player\.vimeo\.com\/video\/76979871\?dnt=1/);
    iframe.remove();
  });

  it('needs no consent for a self-hosted video and stores only its documented key', async () => {
    const before = Object.keys(localStorage).filter((k) => k.startsWith('wegwijs:'));
    const el = await explainer(FIVE);
    expect($(el, '.consent')).to.equal(null);
    await withPlayer(el);
    $$<HTMLButtonElement>(el, '.bar button')
      .find((b) => b.textContent!.trim() === 'Ondertiteling')
      ?.click();
    const after = Object.keys(localStorage).filter(
      (k) => k.startsWith('wegwijs:') && !before.includes(k),
    );
    expect(after.every((k) => k === `wegwijs:${VIDEO_STORAGE_KEYS.captions}`)).to.equal(true);
    expect(document.cookie).to.equal('');
    localStorage.removeItem(`wegwijs:${VIDEO_STORAGE_KEYS.captions}`);
  });
});

describe('video explainer: faults', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('a missing video: a short message, the transcript and a download link; the exact error for the editor', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await explainer(
        {
          versions: [
            version('nl', {
              sources: [{ src: `${MEDIA}/missing.mp4`, type: 'video/mp4' }],
              download: `${MEDIA}/missing.mp4`,
            }),
          ],
        },
        { preview: true },
      );
      await withPlayer(el);
      await waitUntil(() => $(el, '.fault'), 'fault shown', { timeout: 5000 });
      expect($(el, '.fault')!.textContent).to.contain('De video kan nu niet worden afgespeeld.');
      expect($<HTMLAnchorElement>(el, '.fault a')!.href).to.match(/missing\.mp4$/);
      await waitForTranscript(el, 'Deze hulp is gratis.');
      expect(transcriptOf(el)!.hidden).to.equal(false);
      // In Dutch for the editor (issue 18): code video-failed-http, from core's message table.
      const dutch = 'de server gaf antwoord 404';
      const message = el.problems.map((p) => p.message).join('\n');
      expect(message).to.contain('versions[0] (nl): de video');
      expect(message).to.contain(dutch);
      expect($(el, '.editor-notice')!.textContent).to.contain(dutch);
      expect($(el, '.editor-notice')!.textContent).not.to.contain('answered');
      expect(errors.join('\n')).to.contain(dutch);
    } finally {
      console.error = original;
    }
  });

  it('an unsupported format is reported before playing', async () => {
    const el = await explainer(
      {
        versions: [
          version('nl', { sources: [{ src: `${MEDIA}/oco-nl.xyz`, type: 'video/x-unknown' }] }),
        ],
      },
      { preview: true },
    );
    await withPlayer(el);
    await waitUntil(() => $(el, '.fault'), 'fault shown');
    // In Dutch for the editor (issue 18), once core's message table has loaded.
    const dutch =
      'geen van de videobestanden kan in deze browser worden afgespeeld (video/x-unknown)';
    await waitUntil(() => $(el, '.editor-notice')?.textContent?.includes(dutch), 'Dutch notice');
    expect(el.problems.map((p) => p.message).join()).to.contain(dutch);
  });

  it('a broken VTT and a missing chapter file: line numbers for the editor, a message for the resident', async () => {
    const el = await explainer(
      {
        versions: [
          version('nl', {
            captions: [{ src: `${MEDIA}/broken.vtt`, lang: 'nl' }],
            chapters: `${MEDIA}/missing.chapters.vtt`,
          }),
        ],
      },
      { preview: true },
    );
    await withPlayer(el);
    // The editor's words for VTT issues come in a lazy chunk, after the resident's message.
    await waitUntil(
      () =>
        $(el, '.fault')?.textContent?.includes('hoofdstukken') &&
        $(el, '.fault')!.textContent!.includes('ondertiteling') &&
        el.problems.some((p) => p.message.includes('broken.vtt" regel 1:')),
      'faults shown and reported',
    );
    const fault = $(el, '.fault')!.textContent!;
    expect(fault).to.contain('De ondertiteling kan nu niet worden getoond.');
    expect(fault).to.contain('De hoofdstukken kunnen nu niet worden getoond.');
    expect($(el, '.fault a')).to.exist;
    const messages = el.problems.map((p) => p.message);
    expect(messages.find((m) => m.includes('broken.vtt" regel 1:'))).to.contain('WEBVTT');
    expect(messages.find((m) => m.includes('broken.vtt" regel 6:'))).to.contain(
      '00:00:02,500 --> 00:04.1',
    );
    expect(messages.find((m) => m.includes('versions[0].chapters'))).to.contain('404');
    expect($(el, '.editor-notice')!.textContent).to.contain('regel 6');
    // The video itself still plays.
    expect($(el, '[data-play]')).to.exist;
  });

  it('bad content: the editor gets schema messages, the resident the markup fallback', async () => {
    const el = await fixture<WegwijsVideoExplainer>(
      html`<wegwijs-video-explainer preview>
        <script type="application/json">
          { "versions": [{ "lang": 5, "title": "x", "youtube": "nope" }] }
        </script>
        <p><a href="/oco.mp4">Bekijk de video</a></p>
      </wegwijs-video-explainer>`,
    );
    await el.content.loaded;
    await el.updateComplete;
    expect(el.content.status).to.equal('failed');
    expect($(el, '.fallback')).to.exist;
    await waitUntil(
      () => el.problems.some((p) => p.message.startsWith('versions[0].lang')),
      'schema',
    );
    const text = el.problems.map((p) => p.message).join('\n');
    expect(text).to.contain('versions[0].youtube: geen YouTube-video-id (11 tekens)');
    await el.updateComplete;
    expect($(el, '.editor-notice')!.textContent).to.contain('versions[0].lang');
  });

  it('renders hostile strings as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await explainer({ versions: [version('nl', { title: evil })] });
    expect($(el, '.title')!.textContent!.trim()).to.equal(evil);
    expect(deepElements(el.shadowRoot!).some((n) => n.getAttribute('src') === 'x')).to.equal(false);
    const bad = await explainer({ versions: [version('nl', { poster: 'javascript:alert(1)' })] });
    expect(bad.video.getAttribute('poster') ?? '').to.not.contain('javascript');
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
      await el.video.play();
      await waitUntil(
        () => $(el, '[role=status]')!.textContent!.includes('Kaart 2'),
        'description announced',
        {
          timeout: 4000,
        },
      );
      expect(el.video.paused).to.equal(false);
    } finally {
      synth.getVoices = getVoices;
    }
    el.video.pause();
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
    await el.video.play();
    await waitUntil(
      () =>
        !sign.paused &&
        sign.currentTime > 0.5 &&
        Math.abs(sign.currentTime - el.video.currentTime) < 0.5,
      `sign in sync (${sign.paused} ${sign.currentTime} ${el.video.currentTime})`,
      { timeout: 4000 },
    );
    el.video.playbackRate = 1.25;
    await waitUntil(() => sign.playbackRate > 1.1, 'sign follows the speed');
    el.video.pause();
    await waitUntil(() => sign.paused, 'sign pauses too');
  });
});

describe('video explainer: accessibility', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  for (const locale of ['nl', 'ar']) {
    it(`passes axe in ${locale} with the transcript open`, async () => {
      await setPageLocale(locale, { remember: false });
      const el = await explainer(FIVE, { transcript: true });
      await withPlayer(el);
      await waitForTranscript(el, locale === 'ar' ? 'المرافق مستقل.' : 'Deze hulp is gratis.');
      await waitUntil(
        () =>
          $(el, '[data-play]')?.getAttribute('aria-label') ===
          (locale === 'ar' ? 'تشغيل' : 'Afspelen'),
        'UI strings',
      );
      await expect(el).to.be.accessible();
      // The shortcut and settings panels too.
      $$<HTMLButtonElement>(el, '.bar button[aria-expanded]')[1]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe in simple mode and before the first play', async () => {
    await setPageLocale('nl', { remember: false });
    const facade = await explainer(FIVE, { mode: 'simple' });
    await expect(facade).to.be.accessible();
    await withPlayer(facade);
    await expect(facade).to.be.accessible();
  });

  it('reads the controls well with a screen reader', async () => {
    await setPageLocale('nl', { remember: false });
    const el = await explainer(FIVE);
    await withPlayer(el);
    await waitUntil(
      () =>
        $$(el, '.bar button').some((b) => b.textContent!.includes('Audiobeschrijving')) &&
        el.video.duration > 0,
      'tracks and metadata loaded',
    );
    await el.updateComplete;
    const bar = $(el, '.bar')!;
    await virtual.start({ container: bar });
    try {
      for (let i = 0; i < 16; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join('\n');
      expect(spoken).to.contain('button, Afspelen');
      expect(spoken).to.contain('button, 5 seconden terug');
      expect(spoken).to.contain('slider, Tijdlijn');
      expect(spoken).to.contain('0:00 van 0:35');
      expect(spoken).to.contain('button, Vorig hoofdstuk');
      expect(spoken).to.contain('Gratis hulp');
      expect(spoken).to.match(
        /toggle button, Ondertiteling, pressed|button, Ondertiteling, pressed/,
      );
    } finally {
      await virtual.stop();
    }
  });
});
