import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setPageLocale } from '@wegwijs/core';
import { VIDEO_STORAGE_KEYS } from '../src/storage.js';
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
  cueButtons,
  waitForTranscript,
} from './helpers.js';

document.documentElement.lang = 'nl';

describe('video explainer: transcript', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('lives in the light DOM, seeks on click and marks the current cue', async () => {
    const el = await explainer(FIVE, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'De ondersteuner is onafhankelijk.');
    const container = transcriptOf(el)!;
    expect(container.slot).to.equal('transcript');
    // The captions can be parsed before the chapters: one list until both are there.
    await waitUntil(() => container.querySelectorAll('ol').length > 1, 'chapters parsed');
    expect(container.querySelectorAll('ol')).to.have.length(4); // one list per chapter
    expect(
      [...container.querySelectorAll('[role=heading]')].map((h) => h.textContent!.trim()),
    ).to.include('Aan uw kant');
    const buttons = cueButtons(el);
    expect(buttons).to.have.length(10);
    const target = buttons[4]!; // "De ondersteuner staat aan uw kant." at 12.653 s
    expect(target.dataset.start).to.equal('12.653');
    target.click();
    await waitUntil(
      () => mainVideo(el).currentTime >= 12.65 && !mainVideo(el).paused,
      'seeked and playing',
      {
        timeout: 5000,
      },
    );
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
    mainVideo(el).pause();
    // Keyboard: Enter on a cue seeks as well.
    cueButtons(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => Math.abs(mainVideo(el).currentTime - 3.365) < 0.6, 'Enter seeks');
    mainVideo(el).pause();
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
    expect(mainVideo(el).paused).to.equal(true);

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
    expect(mainVideo(el).paused).to.equal(true);
    outside.remove();

    $(el, '[data-play]')!.focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => !mainVideo(el).paused, 'k plays');
    await sendKeys({ press: 'k' });
    await waitUntil(() => mainVideo(el).paused, 'k pauses');
    await waitUntil(() => mainVideo(el).readyState >= 1, 'metadata');
    await sendKeys({ press: 'ArrowRight' });
    expect(mainVideo(el).currentTime).to.be.closeTo(5, 0.2);
    await sendKeys({ press: 'PageDown' });
    expect(mainVideo(el).currentTime).to.be.closeTo(5.8, 0.05); // chapter 2
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.contain('Hoofdstuk 2: Aan uw kant');
    await sendKeys({ press: 'PageDown' });
    expect(mainVideo(el).currentTime).to.be.closeTo(15.7, 0.05);
    await sendKeys({ press: 'ArrowLeft' });
    expect(mainVideo(el).currentTime).to.be.closeTo(10.7, 0.2);
    await sendKeys({ press: '>' });
    expect(mainVideo(el).playbackRate).to.equal(1.25);
    await sendKeys({ press: 'm' });
    expect(mainVideo(el).muted).to.equal(false);
    await sendKeys({ press: 'm' });
    expect(mainVideo(el).muted).to.equal(true);

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
