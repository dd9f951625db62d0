/**
 * The full player: the lazily loaded part of the video explainer, loaded with `import()` on
 * first play or first interaction. A reactive controller of the element that renders into the
 * element's template (the `<video>` stays the same node, so playback started in the facade
 * goes on), adds its styles to the shadow root and renders the transcript into the light DOM.
 *
 * This file wires the pieces in `view/`: the media state, the tracks, the audio description,
 * the shortcut table, the controls and panels. It sees the element only as a `VideoHost`.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { loadCheckMessages } from '@wegwijs/core/check/message-table';
import type { TrackRef, VideoVersion } from './content.js';
import type { MediaFailure } from './diagnose.js';
import type { VideoHooks, VideoHost } from './host.js';
import { serviceOf } from './service-of.js';
import type { CaptionPrefs } from './storage.js';
import { formatTime } from './vtt.js';
import { playerStyles } from './player.styles.js';
import { AudioDescription } from './view/audio-description.js';
import { faults, fullControls, simpleControls, toggleButton } from './view/controls.js';
import { PlayerState } from './view/player-state.js';
import type { Panel, PlayerUi } from './view/player-ui.js';
import { reportVersionCode } from './view/report.js';
import { readCaptionPrefs, writeCaptionPrefs } from './view/settings.js';
import { shortcutFor, type ShortcutAction } from './view/shortcuts.js';
import { Tracks } from './view/tracks.js';
import { exposeTracks } from './view/test-seam.js';
import { stageOverlay } from './view/stage.js';
import { TranscriptPanel, transcriptFor, type TranscriptData } from './view/transcript-panel.js';

export class Player implements ReactiveController, PlayerUi {
  readonly host: VideoHost;
  readonly #hooks: VideoHooks;
  readonly state: PlayerState;
  readonly tracks: Tracks;
  readonly #description: AudioDescription;
  readonly #transcript: TranscriptPanel;
  prefs: CaptionPrefs = readCaptionPrefs();
  readonly #failed = new WeakSet<VideoVersion>();
  #version?: VideoVersion;
  #checkedRaw?: unknown;
  transcriptOpen: boolean;
  sign = false;
  panel: Panel | undefined;
  #message = '';

  constructor(host: VideoHost, hooks: VideoHooks) {
    this.host = host;
    this.#hooks = hooks;
    this.transcriptOpen = host.transcript;
    this.tracks = new Tracks(host);
    exposeTracks(host, this.tracks);
    this.#description = new AudioDescription(host);
    this.#transcript = new TranscriptPanel(host, hooks);
    hooks.adopt(playerStyles);
    const video = hooks.video;
    this.state = new PlayerState(video, {
      changed: () => host.requestUpdate(),
      timeChanged: (t) => this.#onTime(t),
      playingChanged: (playing) => {
        if (playing) hooks.started = true;
        this.#syncSign(true);
        host.requestUpdate();
      },
      seeked: () => {
        this.#description.reset();
        this.#syncSign(true);
        host.requestUpdate();
      },
      failed: () => void this.#onError(),
    });
    video.addEventListener('click', () => this.toggle());
    host.addController(this);
    if (video.error) void this.#onError();
  }

  get describing(): boolean {
    return this.#description.on;
  }

  // ——— lifecycle ———

  hostUpdate(): void {
    const host = this.host;
    const raw = this.#hooks.rawContent;
    // The exact schema messages (valibot) are for editors: loaded with `preview`, or when the
    // forgiving reader had to leave versions out. Residents do not download them.
    if (raw !== this.#checkedRaw && (host.preview || host.content.data?.complete === false)) {
      this.#checkedRaw = raw;
      const base = host.baseFor(host.content.origin ?? '');
      // The check's words load with it (core's message table, lazy for residents too).
      void Promise.all([import('./schema.js'), loadCheckMessages()]).then(
        ([{ checkVideoContent }]) => {
          if (this.#hooks.rawContent === raw)
            host.reportProblems('schema', checkVideoContent(raw, base));
        },
      );
    }
    const version = host.version;
    if (!version || version === this.#version) return;
    const previous = this.#version;
    this.#version = version;
    this.tracks.version = version;
    const video = this.state.video;
    if (!serviceOf(version) && version.sources.length && !video.getAttribute('src')) {
      const types = version.sources.map((s) => s.type ?? s.src).join(', ');
      // In Dutch once core's message table is there (its code until then).
      const fail = () => this.#fail(version, { code: 'video-unplayable', params: { types } });
      fail();
      void loadCheckMessages().then(fail, () => undefined);
    }
    // Keep going in the new language, from the same chapter.
    if (previous && this.state.playing && !serviceOf(version)) {
      const chapter = this.tracks.chapterIndex(previous, this.state.lastTime);
      video.addEventListener(
        'loadedmetadata',
        () => {
          video.currentTime = this.tracks.cues(version.chapters)?.[chapter]?.start ?? 0;
        },
        { once: true },
      );
      this.state.play();
    }
    this.#description.reset();
    this.tracks.preload(version);
  }

  hostUpdated(): void {
    this.#description.resumeWhenDone(this.state.video);
    const v = this.#version;
    const data = v && this.host.content.status === 'ready' ? this.transcriptFor(v) : undefined;
    this.#transcript.update(
      v,
      data,
      !!data && this.transcriptOpen,
      (v && this.tracks.captionCues(v)) ?? [],
      (cue) => this.seek(cue.start + 0.001, true),
    );
  }

  /** The facade's play button was pressed: move focus to the player's own play button. */
  async afterStart(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('iframe, [data-play]')?.focus();
  }

  // ——— media ———

  #onTime(t: number): void {
    this.#syncSign(false);
    const v = this.#version;
    if (this.#description.on && v) {
      const cues = this.tracks.cues(v.descriptions) ?? [];
      this.#description.timeChanged(this.state.video, cues, v.lang, t, (text) =>
        this.#announce(text),
      );
    }
    this.host.requestUpdate();
  }

  async #onError(): Promise<void> {
    const version = this.host.version;
    const video = this.state.video;
    if (!version || serviceOf(version) || !video.getAttribute('src')) return;
    // What went wrong is for the editor: that code loads only when a video fails.
    const failure = await import('./diagnose.js').then(
      (m) => m.mediaFailure(video),
      // Its chunk failed (network): the general code, worded if the table comes.
      () => ({ code: 'video-failed', params: { src: video.currentSrc || video.src } }),
    );
    this.#fail(version, failure);
  }

  #fail(version: VideoVersion, { code, params }: MediaFailure): void {
    this.#failed.add(version);
    reportVersionCode(this.host, `video ${version.lang}`, version, code, params);
    this.transcriptOpen = true; // shown as soon as the captions (or a transcript) are there
    this.host.requestUpdate();
  }

  /**
   * Keep the sign-language video with the main one: seek on a jump, else nudge its speed so it
   * catches up without the stutter of repeated seeks (works on iOS too: muted + playsinline).
   */
  #syncSign(hard: boolean): void {
    const sign = this.host.renderRoot.querySelector<HTMLVideoElement>('video.sign');
    const video = this.state.video;
    if (!sign) return;
    const drift = video.currentTime - sign.currentTime;
    if ((hard || Math.abs(drift) > 1) && !sign.seeking) sign.currentTime = video.currentTime;
    sign.playbackRate = video.playbackRate * Math.min(1.5, Math.max(0.5, 1 + drift / 2));
    if (video.paused !== sign.paused) {
      if (video.paused) sign.pause();
      else sign.play().catch(() => undefined);
    }
  }

  // ——— actions ———

  #announce(text: string): void {
    // A trailing no-break space toggles, so the same text is announced again.
    this.#message = this.#message === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  toggle(): void {
    this.#description.interrupt();
    if (this.state.video.paused) {
      this.state.play();
      this.#announce(msg('Afspelen'));
    } else {
      this.state.pause();
      this.#announce(msg('Gepauzeerd'));
    }
  }

  seek(time: number, play = false): void {
    this.state.seek(time, play);
    this.host.requestUpdate();
  }

  #skip(seconds: number): void {
    const time = this.state.skip(seconds);
    this.host.requestUpdate();
    this.#announce(formatTime(time));
  }

  #chapter(step: 1 | -1): void {
    const v = this.#version;
    const chapters = (v && this.tracks.cues(v.chapters)) || [];
    if (!v || !chapters.length) return;
    const t = this.state.video.currentTime;
    let index = this.tracks.chapterIndex(v, t);
    if (step > 0) index++;
    else if (t - (chapters[index]?.start ?? 0) < 2) index--;
    const target = chapters[Math.max(0, index)];
    if (!target || index >= chapters.length) return;
    this.seek(target.start);
    const number = Math.max(0, index) + 1;
    const title = target.text;
    this.#announce(msg(str`Hoofdstuk ${number}: ${title}`));
  }

  /** Play the last sentence again (the one before, if the current one just began). */
  repeat(): void {
    const v = this.#version;
    const cues = (v && this.tracks.captionCues(v)) || [];
    const t = this.state.video.currentTime;
    const cue = cues.filter((c) => c.start <= t - 0.5).at(-1);
    this.seek(cue ? cue.start : t - 5, true);
  }

  setPrefs(change: Partial<CaptionPrefs>): void {
    this.prefs = { ...this.prefs, ...change };
    writeCaptionPrefs(this.prefs);
    this.host.requestUpdate();
  }

  chooseCaptions(v: VideoVersion, track: TrackRef): void {
    this.tracks.chooseCaptions(v, track);
    this.host.requestUpdate();
  }

  toggleDescription(): void {
    this.#description.toggle();
    this.host.requestUpdate();
  }

  toggleSign(): void {
    this.sign = !this.sign;
    this.host.requestUpdate();
  }

  #toggleCaptions(): void {
    this.setPrefs({ on: !this.prefs.on });
    this.#announce(this.prefs.on ? msg('Ondertiteling aan') : msg('Ondertiteling uit'));
  }

  #toggleTranscript(): void {
    this.transcriptOpen = !this.transcriptOpen;
    this.#announce(this.transcriptOpen ? msg('Tekst getoond') : msg('Tekst verborgen'));
    this.host.requestUpdate();
  }

  #fullscreen(): void {
    const base = this.host.renderRoot.querySelector('.base');
    const video = this.state.video as HTMLVideoElement & { webkitEnterFullscreen?: () => void };
    if (document.fullscreenElement) void document.exitFullscreen();
    else if (base?.requestFullscreen && document.fullscreenEnabled) void base.requestFullscreen();
    else video.webkitEnterFullscreen?.();
  }

  #speed(step: number): void {
    const rate = this.rate(this.state.stepRate(step));
    this.#announce(msg(str`Snelheid ${rate}`));
  }

  rate(value: number): string {
    return `${new Intl.NumberFormat(this.#hooks.localeInfo.uiLocale).format(value)}×`;
  }

  setMode(mode: 'full' | 'simple'): void {
    this.host.mode = mode;
    this.panel = undefined;
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('[data-mode]')?.focus(),
    );
  }

  openPanel(panel: Panel): void {
    this.panel = this.panel === panel ? undefined : panel;
    this.host.requestUpdate();
  }

  run(action: ShortcutAction): void {
    const actions: Record<ShortcutAction, () => void> = {
      toggle: () => this.toggle(),
      back: () => this.#skip(-5),
      forward: () => this.#skip(5),
      previousChapter: () => this.#chapter(-1),
      nextChapter: () => this.#chapter(1),
      repeat: () => this.repeat(),
      captions: () => this.#toggleCaptions(),
      transcript: () => this.#toggleTranscript(),
      mute: () => this.state.toggleMuted(),
      slower: () => this.#speed(-1),
      faster: () => this.#speed(1),
      fullscreen: () => this.#fullscreen(),
      shortcuts: () => this.openPanel('keys'),
    };
    actions[action]();
  }

  /** Shortcuts: only while focus is inside the widget, never on the page as a whole. */
  key(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.composedPath()[0] as HTMLElement;
    const tag = target.localName;
    const onRange = tag === 'input' && (target as HTMLInputElement).type === 'range';
    if (event.key === 'Escape' && this.panel) {
      this.panel = undefined;
      this.host.requestUpdate();
      return;
    }
    if ((tag === 'input' && !onRange) || tag === 'select' || tag === 'textarea') return;
    const action = shortcutFor(event.key, {
      selfHosted: !!this.#version && !serviceOf(this.#version),
      onControl: onRange || tag === 'button' || tag === 'a',
      onRange,
    });
    if (!action) return;
    event.preventDefault();
    this.run(action);
  }

  // ——— rendering ———

  transcriptFor(v: VideoVersion): TranscriptData | undefined {
    return transcriptFor(this.tracks, v);
  }

  /** Captions band and sign-language window, inside the stage. */
  overlay() {
    const v = this.#version;
    if (!v || serviceOf(v)) return nothing;
    return stageOverlay(this, v, () => this.#syncSign(true));
  }

  /** The controls below the stage, the resident's messages and the status region. */
  controls() {
    const v = this.#version;
    if (!v) return nothing;
    const service = serviceOf(v);
    const failed = this.#failed.has(v);
    const body = service
      ? this.transcriptFor(v)
        ? html`<div class="bar row" part="controls">
            ${toggleButton(msg('Tekst'), this.transcriptOpen, () => this.#toggleTranscript())}
          </div>`
        : nothing
      : failed
        ? nothing
        : this.host.mode === 'simple'
          ? simpleControls(this, v)
          : fullControls(this, v);
    return html`${body}${faults(this, v, failed)}
      <p class="visually-hidden" role="status">${this.#message}</p>`;
  }
}
