/**
 * The full player, loaded by the facade with `import()` on first play or first interaction.
 * A reactive controller of the facade element: it renders into the facade's template (the
 * facade's `<video>` element stays the same node, so playback started in the facade goes on),
 * adds its own styles to the shadow root and renders the transcript into the light DOM.
 */
import { html, nothing, render, type ReactiveController } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { directionOf } from '@wegwijs/core/locale/locales';
import { fetchContent } from '@wegwijs/core/content/fetch-content';
import { readDeviceJson, writeDeviceJson } from '@wegwijs/core/storage/device-storage';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';
import { loadCheckMessages } from '@wegwijs/core/check/message-table';
import type { ReadAloudController } from '@wegwijs/core/read-aloud/read-aloud-controller';
import type { WegwijsVideoExplainer } from './video-explainer.js';
import { serviceOf } from './video-explainer.js';
import type { TrackRef, VideoVersion } from './content.js';
import { cueAt, formatTime, readVtt, type Cue, type VttIssue } from './vtt.js';
import { endonym } from './names.js';
import { playerStyles } from './player.styles.js';
import type { TranscriptGroup } from './transcript.js';
import {
  VIDEO_STORAGE_KEYS,
  type CaptionPrefs,
  type CaptionSize,
  type CaptionStyle,
} from './storage.js';

const SPEEDS = [0.75, 1, 1.25, 1.5];
const SIZES: CaptionSize[] = ['s', 'm', 'l', 'xl'];
const STYLES: CaptionStyle[] = ['dark', 'yellow', 'light'];
let counter = 0;

const icon = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;
const I = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  back: 'M11 6v12L3 12zm9 0v12l-8-6z',
  forward: 'M4 6v12l8-6zm9 0v12l8-6z',
  prev: 'M6 6h2v12H6zm3 6 9 6V6z',
  next: 'M16 6h2v12h-2zM6 18l9-6-9-6z',
  volume: 'M4 9v6h4l5 5V4L8 9zm12 3a4 4 0 0 0-2-3.5v7a4 4 0 0 0 2-3.5z',
  muted:
    'M4 9v6h4l5 5V4L8 9zm17 .4L19.6 8 17 10.6 14.4 8 13 9.4l2.6 2.6-2.6 2.6 1.4 1.4 2.6-2.6 2.6 2.6 1.4-1.4-2.6-2.6z',
  full: 'M5 5h5v2H7v3H5zm9 0h5v5h-2V7h-3zM5 14h2v3h3v2H5zm12 0h2v5h-5v-2h3z',
  repeat: 'M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z',
  cc: 'M3 5h18v14H3zm2 2v10h14V7zm2 3h4v1.5H8.5v1H11V14H7zm6 0h4v1.5h-2.5v1H17V14h-4z',
};

export class Player implements ReactiveController {
  // ES private fields (#): the minifier shortens their names, unlike TypeScript's `private`.
  readonly #host: WegwijsVideoExplainer;
  readonly #id = `wegwijs-vx-${++counter}`;
  /** Speaks the text audio description; loaded when the resident turns descriptions on. */
  #speech?: ReadAloudController;
  /** The transcript's template and styles; loaded when the transcript is first shown. */
  #transcriptModule?: typeof import('./transcript.js');
  #transcriptLoad?: Promise<void>;
  #prefs: CaptionPrefs = {
    on: true,
    size: 'm',
    style: 'dark',
    ...readDeviceJson<Partial<CaptionPrefs>>(VIDEO_STORAGE_KEYS.captions),
  };
  /** Parsed tracks by URL: cues, null when it failed, absent while loading. */
  readonly #tracks = new Map<string, Cue[] | null>();
  readonly #loading = new Set<string>();
  readonly #captionChoice = new WeakMap<VideoVersion, number>();
  readonly #failed = new WeakSet<VideoVersion>();
  #version?: VideoVersion;
  #checkedRaw?: unknown;
  #container?: HTMLElement;
  #transcriptOpen: boolean;
  #describe = false;
  #describing = false;
  #spoken = new Set<Cue>();
  #sign = false;
  #panel: 'settings' | 'keys' | undefined;
  #query = '';
  #message = '';
  #playing = false;
  #lastTime = 0;

  constructor(host: WegwijsVideoExplainer) {
    this.#host = host;
    this.#transcriptOpen = host.transcript;
    host.adopt(playerStyles);
    const video = host.video;
    // The resident interacted: the duration and chapter seeking need the metadata (a few kB).
    if (video.preload === 'none') video.preload = 'metadata';
    const update = () => host.requestUpdate();
    for (const type of ['durationchange', 'volumechange', 'ratechange', 'loadedmetadata']) {
      video.addEventListener(type, update);
    }
    video.addEventListener('timeupdate', () => this.#onTime());
    video.addEventListener('play', () => this.#onPlay(true));
    video.addEventListener('pause', () => this.#onPlay(false));
    video.addEventListener('ended', () => this.#onPlay(false));
    video.addEventListener('seeked', () => {
      this.#spoken.clear();
      this.#syncSign(true);
      update();
    });
    video.addEventListener('error', () => void this.#onError());
    video.addEventListener('click', () => this.toggle());
    host.addController(this);
    if (video.error) void this.#onError();
  }

  // ——— lifecycle ———

  hostUpdate(): void {
    const host = this.#host;
    const raw = host.rawContent;
    // The exact schema messages (valibot) are for editors: loaded with `preview`, or when the
    // forgiving reader had to leave versions out. Residents do not download them.
    if (raw !== this.#checkedRaw && (host.preview || host.content.data?.complete === false)) {
      this.#checkedRaw = raw;
      const base = host.baseFor(host.content.origin ?? '');
      // The check's words load with it (core's message table, lazy for residents too).
      void Promise.all([import('./schema.js'), loadCheckMessages()]).then(
        ([{ checkVideoContent }]) => {
          if (host.rawContent === raw) host.reportProblems('schema', checkVideoContent(raw, base));
        },
      );
    }
    const version = host.version;
    if (!version || version === this.#version) return;
    const previous = this.#version;
    this.#version = version;
    const video = host.video;
    if (!serviceOf(version) && version.sources.length && !video.getAttribute('src')) {
      const types = version.sources.map((s) => s.type ?? s.src).join(', ');
      this.#fail(version, `none of the video files can be played in this browser (${types})`);
    }
    // Keep going in the new language, from the same chapter.
    if (previous && this.#playing && !serviceOf(version)) {
      const chapter = this.#chapterIndex(previous, this.#lastTime);
      video.addEventListener(
        'loadedmetadata',
        () => {
          video.currentTime = this.#cues(version.chapters)?.[chapter]?.start ?? 0;
        },
        { once: true },
      );
      video.play().catch(() => undefined);
    }
    this.#spoken.clear();
    for (const url of [
      ...version.captions.map((c) => c.src),
      version.chapters,
      version.descriptions,
    ]) {
      this.#cues(url);
    }
  }

  hostUpdated(): void {
    if (this.#describing && this.#speech?.state === 'idle') {
      this.#describing = false;
      this.#host.video.play().catch(() => undefined);
    }
    this.#renderTranscript();
  }

  /** The facade's play button was pressed: move focus to the player's own play button. */
  async afterStart(): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('iframe, [data-play]')?.focus();
  }

  async #loadSpeech(): Promise<void> {
    const { ReadAloudController } = await import('@wegwijs/core/read-aloud/read-aloud-controller');
    this.#speech ??= new ReadAloudController(this.#host);
  }

  // ——— media ———

  get #video(): HTMLVideoElement {
    return this.#host.video;
  }

  #onPlay(playing: boolean): void {
    this.#playing = playing;
    if (playing) this.#host.started = true;
    this.#syncSign(true);
    this.#host.requestUpdate();
  }

  #onTime(): void {
    const t = this.#video.currentTime;
    this.#lastTime = t;
    this.#syncSign(false);
    if (this.#describe && this.#version && !this.#video.paused) {
      const cue = cueAt(this.#cues(this.#version.descriptions) ?? [], t);
      const speech = this.#speech; // until it has loaded, the cue is tried again on the next update
      if (cue && speech && !this.#spoken.has(cue)) {
        this.#spoken.add(cue);
        const item = { text: cue.text, lang: this.#version.lang };
        if (speech.canRead(item)) {
          // Pause while the description is spoken; play on when it is done (hostUpdated).
          this.#video.pause();
          this.#describing = true;
          speech.play(item);
        } else {
          this.#announce(cue.text);
        }
      }
    }
    this.#host.requestUpdate();
  }

  async #onError(): Promise<void> {
    const version = this.#host.version;
    const video = this.#video;
    if (!version || serviceOf(version) || !video.getAttribute('src')) return;
    // What went wrong is for the editor: that code loads only when a video fails.
    const message = await import('./diagnose.js').then(
      (m) => m.mediaFailure(video),
      () => `the video "${video.currentSrc || video.src}" could not be played`,
    );
    this.#fail(version, message);
  }

  #fail(version: VideoVersion, message: string): void {
    this.#failed.add(version);
    this.#report(`video ${version.lang}`, version, '', message);
    this.#transcriptOpen = true; // shown as soon as the captions (or a transcript) are there
    this.#host.requestUpdate();
  }

  #report(
    source: string,
    version: VideoVersion,
    path: string,
    message: string,
    severity: ContentProblem['severity'] = 'error',
  ) {
    this.#host.reportProblems(source, [
      {
        code: 'content',
        severity,
        message: `versions[${version.index}]${path} (${version.lang}): ${message}`,
      },
    ]);
  }

  /** A track's cues: loaded on first use, checked strictly, problems reported with line numbers. */
  #cues(url: string | undefined): Cue[] | null | undefined {
    if (!url) return undefined;
    if (!this.#tracks.has(url) && !this.#loading.has(url)) {
      this.#loading.add(url);
      void this.#load(url);
    }
    return this.#tracks.get(url);
  }

  async #load(url: string): Promise<void> {
    const version = this.#version!;
    const path =
      url === version.chapters
        ? '.chapters'
        : url === version.descriptions
          ? '.descriptions'
          : `.captions[${version.captions.findIndex((c) => c.src === url)}]`;
    const fetched = await fetchContent(url, { accept: 'text/vtt', maxBytes: 1024 * 1024 });
    const source = `track ${url}`;
    if (!fetched.ok) {
      this.#tracks.set(url, null);
      this.#report(source, version, path, fetched.problem.message.replace(/^src /, ''));
    } else {
      const parsed = readVtt(fetched.text);
      this.#tracks.set(url, parsed.usable && parsed.cues.length ? parsed.cues : null);
      const severity: ContentProblem['severity'] = parsed.usable ? 'warning' : 'error';
      const problems = (words: (issue: VttIssue) => string) =>
        parsed.errors.map((e): ContentProblem => ({
          code: 'parse',
          severity,
          message: `versions[${version.index}]${path} (${version.lang}): "${url}" line ${e.line}: ${words(e)}`,
        }));
      // The words for the editor load only when the file has issues.
      if (!parsed.errors.length) this.#host.reportProblems(source, []);
      else
        void Promise.all([import('./vtt-messages.js'), loadCheckMessages()]).then(
          ([m]) => this.#host.reportProblems(source, problems(m.vttMessage)),
          () =>
            this.#host.reportProblems(
              source,
              problems((e) => e.code),
            ),
        );
    }
    this.#host.requestUpdate();
  }

  #captionTrack(v: VideoVersion): TrackRef | undefined {
    const chosen = this.#captionChoice.get(v);
    const index =
      chosen ??
      Math.max(
        0,
        v.captions.findIndex((c) => c.lang === v.lang),
      );
    return v.captions[index];
  }

  #captionCues(v: VideoVersion): Cue[] | null | undefined {
    const track = this.#captionTrack(v);
    return track && this.#cues(track.src);
  }

  #chapterIndex(v: VideoVersion, t: number): number {
    const chapters = this.#cues(v.chapters) ?? [];
    let index = 0;
    chapters.forEach((c, i) => {
      if (c.start <= t + 0.01) index = i;
    });
    return index;
  }

  /**
   * Keep the sign-language video with the main one: seek on a jump, else nudge its speed so it
   * catches up without the stutter of repeated seeks (works on iOS too: muted + playsinline).
   */
  #syncSign(hard: boolean): void {
    const sign = this.#host.renderRoot.querySelector<HTMLVideoElement>('video.sign');
    const video = this.#video;
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
    this.#host.requestUpdate();
  }

  toggle(): void {
    const video = this.#video;
    if (this.#describing) {
      this.#describing = false;
      this.#speech?.stop();
    }
    if (video.paused) {
      video.play().catch(() => undefined);
      this.#announce(msg('Afspelen'));
    } else {
      video.pause();
      this.#announce(msg('Gepauzeerd'));
    }
  }

  #seek(time: number, play = false): void {
    const video = this.#video;
    video.currentTime = Math.max(0, Math.min(time, video.duration || time));
    if (play && video.paused) video.play().catch(() => undefined);
    this.#host.requestUpdate();
  }

  #skip(seconds: number): void {
    this.#seek(this.#video.currentTime + seconds);
    this.#announce(formatTime(this.#video.currentTime));
  }

  #chapter(step: 1 | -1): void {
    const v = this.#version;
    const chapters = (v && this.#cues(v.chapters)) || [];
    if (!v || !chapters.length) return;
    const t = this.#video.currentTime;
    let index = this.#chapterIndex(v, t);
    if (step > 0) index++;
    else if (t - (chapters[index]?.start ?? 0) < 2) index--;
    const target = chapters[Math.max(0, index)];
    if (!target || index >= chapters.length) return;
    this.#seek(target.start);
    const number = Math.max(0, index) + 1;
    const title = target.text;
    this.#announce(msg(str`Hoofdstuk ${number}: ${title}`));
  }

  /** Play the last sentence again (the one before, if the current one just began). */
  repeat(): void {
    const v = this.#version;
    const cues = (v && this.#captionCues(v)) || [];
    const t = this.#video.currentTime;
    const cue = cues.filter((c) => c.start <= t - 0.5).at(-1);
    this.#seek(cue ? cue.start : t - 5, true);
  }

  #setPrefs(change: Partial<CaptionPrefs>): void {
    this.#prefs = { ...this.#prefs, ...change };
    writeDeviceJson(VIDEO_STORAGE_KEYS.captions, this.#prefs);
    this.#host.requestUpdate();
  }

  #toggleCaptions(): void {
    this.#setPrefs({ on: !this.#prefs.on });
    this.#announce(this.#prefs.on ? msg('Ondertiteling aan') : msg('Ondertiteling uit'));
  }

  #toggleTranscript(): void {
    this.#transcriptOpen = !this.#transcriptOpen;
    this.#announce(this.#transcriptOpen ? msg('Tekst getoond') : msg('Tekst verborgen'));
    this.#host.requestUpdate();
  }

  #fullscreen(): void {
    const base = this.#host.renderRoot.querySelector('.base');
    const video = this.#video as HTMLVideoElement & { webkitEnterFullscreen?: () => void };
    if (document.fullscreenElement) void document.exitFullscreen();
    else if (base?.requestFullscreen && document.fullscreenEnabled) void base.requestFullscreen();
    else video.webkitEnterFullscreen?.();
  }

  #speed(step: number): void {
    const video = this.#video;
    const index = SPEEDS.indexOf(video.playbackRate);
    const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (index < 0 ? 1 : index) + step))]!;
    video.playbackRate = next;
    const rate = this.#rate(next);
    this.#announce(msg(str`Snelheid ${rate}`));
  }

  #rate(value: number): string {
    return `${new Intl.NumberFormat(this.#host.l10n.uiLocale).format(value)}×`;
  }

  #setMode(mode: 'full' | 'simple'): void {
    this.#host.mode = mode;
    this.#panel = undefined;
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('[data-mode]')?.focus(),
    );
  }

  /** Shortcuts: only while focus is inside the widget, never on the page as a whole. */
  key(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.composedPath()[0] as HTMLElement;
    const tag = target.localName;
    const isRange = tag === 'input' && (target as HTMLInputElement).type === 'range';
    if (event.key === 'Escape' && this.#panel) {
      this.#panel = undefined;
      this.#host.requestUpdate();
      return;
    }
    if ((tag === 'input' && !isRange) || tag === 'select' || tag === 'textarea') return;
    const selfHosted = this.#version && !serviceOf(this.#version);
    const control = isRange || tag === 'button' || tag === 'a';
    const actions: Record<string, (() => void) | undefined> = {
      '?': () => {
        this.#panel = this.#panel === 'keys' ? undefined : 'keys';
        this.#host.requestUpdate();
      },
      t: () => this.#toggleTranscript(),
    };
    if (selfHosted) {
      Object.assign(actions, {
        k: () => this.toggle(),
        ' ': control ? undefined : () => this.toggle(),
        j: () => this.#skip(-5),
        l: () => this.#skip(5),
        ArrowLeft: isRange ? undefined : () => this.#skip(-5),
        ArrowRight: isRange ? undefined : () => this.#skip(5),
        PageUp: () => this.#chapter(-1),
        PageDown: () => this.#chapter(1),
        c: () => this.#toggleCaptions(),
        r: () => this.repeat(),
        m: () => {
          this.#video.muted = !this.#video.muted;
        },
        f: () => this.#fullscreen(),
        '<': () => this.#speed(-1),
        '>': () => this.#speed(1),
      });
    }
    const action =
      actions[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  // ——— rendering ———

  #transcriptFor(v: VideoVersion): { groups: TranscriptGroup[]; lang: string } | undefined {
    if (v.transcript) return { groups: [], lang: v.lang };
    const cues = this.#captionCues(v);
    if (!cues) return undefined;
    const chapters = this.#cues(v.chapters) ?? [];
    const groups: TranscriptGroup[] = chapters.length
      ? chapters.map((c, i) => ({
          title: c.text,
          cues: cues.filter(
            (cue) =>
              cue.start >= (i ? c.start : -1) && cue.start < (chapters[i + 1]?.start ?? Infinity),
          ),
        }))
      : [{ cues }];
    return { groups, lang: this.#captionTrack(v)?.lang ?? v.lang };
  }

  #renderTranscript(): void {
    const host = this.#host;
    const v = this.#version;
    const data = v && host.content.status === 'ready' ? this.#transcriptFor(v) : undefined;
    const open = !!data && this.#transcriptOpen;
    if (!this.#container) {
      if (!open) return;
      this.#container = document.createElement('div');
      this.#container.className = 'wegwijs-vx-transcript';
      this.#container.slot = 'transcript';
      host.append(this.#container);
    }
    this.#container.hidden = !open;
    if (!open || !v || !data) return;
    const module = this.#transcriptModule;
    if (!module) {
      this.#transcriptLoad ??= import('./transcript.js').then((m) => {
        m.adoptTranscriptStyles(host);
        this.#transcriptModule = m;
        host.requestUpdate();
      });
      return;
    }
    const { transcriptTemplate, download, transcriptText } = module;
    const { uiLocale, dir } = host.l10n;
    const cues = this.#captionCues(v) ?? [];
    const seekable = !serviceOf(v);
    render(
      transcriptTemplate({
        id: this.#id,
        level: Math.min(6, Math.max(1, Math.round(host.headingLevel) || 2) + 1),
        uiLang: uiLocale,
        dir,
        lang: data.lang,
        textDir: directionOf(data.lang),
        groups: data.groups,
        text: v.transcript,
        current: seekable ? cueAt(cues, this.#video.currentTime) : undefined,
        query: this.#query,
        seekable,
        onSeek: (cue) => this.#seek(cue.start + 0.001, true),
        refresh: () => host.requestUpdate(),
        onSearch: (query) => {
          this.#query = query;
          host.requestUpdate();
        },
        onDownload: () =>
          download(
            v.transcript ?? transcriptText(v.title, data.groups),
            `${v.title.replace(/[\\/:*?"<>|]+/g, '').slice(0, 60) || 'video'} (${data.lang}).txt`,
            this.#container!,
          ),
      }),
      this.#container,
    );
  }

  /** Captions band and sign-language window, inside the stage. */
  overlay() {
    const v = this.#version;
    if (!v || serviceOf(v)) return nothing;
    const track = this.#captionTrack(v);
    const cues = this.#captionCues(v);
    const cue = cues && cueAt(cues, this.#video.currentTime);
    const { size, style, on } = this.#prefs;
    return html`${
      on && cues
        ? html`<div
            class="captions ${size} ${style}"
            part="captions"
            lang=${track!.lang}
            dir=${directionOf(track!.lang)}
          >
            ${cue ? html`<span>${cue.text}</span>` : nothing}
          </div>`
        : nothing
    }
    ${
      this.#sign && v.signLanguage
        ? html`<video
            class="sign"
            part="sign-language"
            src=${v.signLanguage}
            muted
            playsinline
            disablepictureinpicture
            preload="auto"
            aria-label=${msg('Gebarentaal (NGT)')}
            @loadedmetadata=${() => this.#syncSign(true)}
          ></video>`
        : nothing
    }`;
  }

  #button(label: string, path: string, action: () => void) {
    return html`<button type="button" class="icon" aria-label=${label} @click=${action}>
      ${icon(path)}
    </button>`;
  }

  #toggleButton(label: string, pressed: boolean, action: () => void, big = false, path?: string) {
    return html`<button
      type="button"
      class=${big ? 'big' : 'toggle'}
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${action}
    >
      ${path ? icon(path) : nothing}<span>${label}</span>
    </button>`;
  }

  /** The controls below the stage, the resident's messages and the status region. */
  controls() {
    const v = this.#version;
    if (!v) return nothing;
    const service = serviceOf(v);
    const failed = this.#failed.has(v);
    const body = service
      ? this.#transcriptFor(v)
        ? html`<div class="bar row" part="controls">
            ${this.#toggleButton(msg('Tekst'), this.#transcriptOpen, () => this.#toggleTranscript())}
          </div>`
        : nothing
      : failed
        ? nothing
        : this.#host.mode === 'simple'
          ? this.#simple(v)
          : this.#full(v);
    return html`${body}${this.#faults(v, failed)}
      <p class="visually-hidden" role="status">${this.#message}</p>`;
  }

  #faults(v: VideoVersion, failed: boolean) {
    const messages: string[] = [];
    if (failed) messages.push(msg('De video kan nu niet worden afgespeeld.'));
    const track = this.#captionTrack(v);
    if (track && this.#captionCues(v) === null)
      messages.push(msg('De ondertiteling kan nu niet worden getoond.'));
    if (v.chapters && this.#cues(v.chapters) === null)
      messages.push(msg('De hoofdstukken kunnen nu niet worden getoond.'));
    if (!messages.length) return nothing;
    return html`<div class="fault" part="fault" role="status">
      ${messages.map((m) => html`<p>${m}</p>`)}
      ${
        v.download
          ? html`<p>
              <a href=${v.download} download>${msg('Download de video')}</a>
            </p>`
          : nothing
      }
    </div>`;
  }

  #simple(v: VideoVersion) {
    const paused = this.#video.paused;
    const d = this.#video.duration;
    return html`<div class="simple" part="controls">
      <button type="button" class="big" data-play @click=${() => this.toggle()}>
        ${icon(paused ? I.play : I.pause)}<span>${paused ? msg('Afspelen') : msg('Pauzeer')}</span>
      </button>
      <button type="button" class="big" @click=${() => this.repeat()}>
        ${icon(I.repeat)}<span>${msg('Herhaal de zin')}</span>
      </button>
      ${
        v.captions.length
          ? this.#toggleButton(
              msg('Ondertiteling'),
              this.#prefs.on,
              () => this.#toggleCaptions(),
              true,
              I.cc,
            )
          : nothing
      }
      <progress
        dir="ltr"
        aria-label=${msg('Voortgang')}
        max=${d > 0 ? d : 1}
        .value=${this.#video.currentTime}
      ></progress>
      <button type="button" class="link" data-mode @click=${() => this.#setMode('full')}>
        ${msg('Meer knoppen')}
      </button>
    </div>`;
  }

  #full(v: VideoVersion) {
    const video = this.#video;
    const t = video.currentTime;
    const d = Number.isFinite(video.duration) ? video.duration : 0;
    const chapters = this.#cues(v.chapters);
    const chapter = chapters?.[this.#chapterIndex(v, t)];
    const captionsReady = !!this.#captionCues(v);
    const descriptions = v.descriptions && this.#cues(v.descriptions);
    const canFullscreen = document.fullscreenEnabled || 'webkitEnterFullscreen' in video;
    const select = <T>(
      label: string,
      values: readonly T[],
      current: T,
      text: (value: T) => unknown,
      change: (value: T) => void,
    ) =>
      html`<label
        >${label}
        <select
          @change=${(e: Event) => change(values[(e.target as HTMLSelectElement).selectedIndex]!)}
        >
          ${values.map((value) => html`<option ?selected=${value === current}>${text(value)}</option>`)}
        </select></label
      >`;
    return html`<div class="bar" part="controls">
      <div class="row" dir="ltr">
        <button
          type="button"
          class="icon"
          data-play
          aria-label=${video.paused ? msg('Afspelen') : msg('Pauzeer')}
          @click=${() => this.toggle()}
        >
          ${icon(video.paused ? I.play : I.pause)}
        </button>
        ${this.#button(msg('5 seconden terug'), I.back, () => this.#skip(-5))}
        ${this.#button(msg('5 seconden vooruit'), I.forward, () => this.#skip(5))}
        <input
          class="seek"
          type="range"
          aria-label=${msg('Tijdlijn')}
          min="0"
          max=${d || 1}
          step="0.1"
          .value=${String(t)}
          aria-valuetext=${this.#valueText(t, d)}
          @input=${(e: Event) => this.#seek(Number((e.target as HTMLInputElement).value))}
        />
        <span class="time">${formatTime(t)} / ${formatTime(d)}</span>
      </div>
      ${
        chapters
          ? html`<div class="row">
              <span dir="ltr" class="pair">
                ${this.#button(msg('Vorig hoofdstuk'), I.prev, () => this.#chapter(-1))}
                ${this.#button(msg('Volgend hoofdstuk'), I.next, () => this.#chapter(1))}
              </span>
              <span class="chapter" lang=${v.lang} dir=${directionOf(v.lang)}
                >${chapter?.text}</span
              >
            </div>`
          : nothing
      }
      <div class="row">
        ${
          captionsReady
            ? this.#toggleButton(msg('Ondertiteling'), this.#prefs.on, () => this.#toggleCaptions())
            : nothing
        }
        ${
          this.#transcriptFor(v)
            ? this.#toggleButton(msg('Tekst'), this.#transcriptOpen, () => this.#toggleTranscript())
            : nothing
        }
        ${
          descriptions
            ? this.#toggleButton(msg('Audiobeschrijving'), this.#describe, () => {
                this.#describe = !this.#describe;
                if (this.#describe) void this.#loadSpeech();
                this.#host.requestUpdate();
              })
            : nothing
        }
        ${
          v.signLanguage
            ? this.#toggleButton(msg('Gebarentaal'), this.#sign, () => {
                this.#sign = !this.#sign;
                this.#host.requestUpdate();
              })
            : nothing
        }
        <span class="pair" dir="ltr">
          <button
            type="button"
            class="icon"
            aria-label=${msg('Geluid uit')}
            aria-pressed=${video.muted ? 'true' : 'false'}
            @click=${() => (video.muted = !video.muted)}
          >
            ${icon(video.muted ? I.muted : I.volume)}
          </button>
          <input
            type="range"
            class="volume"
            aria-label=${msg('Volume')}
            min="0"
            max="1"
            step="0.1"
            .value=${String(video.muted ? 0 : video.volume)}
            @input=${(e: Event) => {
              video.volume = Number((e.target as HTMLInputElement).value);
              video.muted = video.volume === 0;
            }}
          />
        </span>
        <button
          type="button"
          class="toggle"
          aria-expanded=${this.#panel === 'settings' ? 'true' : 'false'}
          aria-controls="panel"
          @click=${() => this.#openPanel('settings')}
        >
          ${msg('Instellingen')}
        </button>
        <button
          type="button"
          class="toggle"
          aria-expanded=${this.#panel === 'keys' ? 'true' : 'false'}
          aria-controls="panel"
          @click=${() => this.#openPanel('keys')}
        >
          <span aria-hidden="true">?</span> ${msg('Sneltoetsen')}
        </button>
        ${canFullscreen ? this.#button(msg('Volledig scherm'), I.full, () => this.#fullscreen()) : nothing}
        <button type="button" class="toggle" data-mode @click=${() => this.#setMode('simple')}>
          ${msg('Eenvoudige knoppen')}
        </button>
      </div>
      <div id="panel" class="panel" ?hidden=${!this.#panel}>
        ${
          this.#panel === 'settings'
            ? html`${select(
                msg('Snelheid'),
                SPEEDS,
                video.playbackRate,
                (r) => this.#rate(r),
                (r) => (video.playbackRate = r),
              )}
              ${
                v.captions.length > 1
                  ? select(
                      msg('Taal van de ondertiteling'),
                      v.captions,
                      this.#captionTrack(v)!,
                      (c) => c.label ?? endonym(c.lang),
                      (c) => {
                        this.#captionChoice.set(v, v.captions.indexOf(c));
                        this.#host.requestUpdate();
                      },
                    )
                  : nothing
              }
              ${select(
                msg('Grootte van de ondertiteling'),
                SIZES,
                this.#prefs.size,
                (s) =>
                  ({ s: msg('Klein'), m: msg('Normaal'), l: msg('Groot'), xl: msg('Heel groot') })[
                    s
                  ],
                (size) => this.#setPrefs({ size }),
              )}
              ${select(
                msg('Kleuren van de ondertiteling'),
                STYLES,
                this.#prefs.style,
                (s) =>
                  ({
                    dark: msg('Wit op zwart'),
                    yellow: msg('Geel op zwart'),
                    light: msg('Zwart op wit'),
                  })[s],
                (style) => this.#setPrefs({ style }),
              )}`
            : this.#panel === 'keys'
              ? this.#keys()
              : nothing
        }
      </div>
    </div>`;
  }

  #valueText(t: number, d: number): string {
    const time = formatTime(t);
    const total = formatTime(d);
    return msg(str`${time} van ${total}`);
  }

  #openPanel(panel: 'settings' | 'keys'): void {
    this.#panel = this.#panel === panel ? undefined : panel;
    this.#host.requestUpdate();
  }

  #keys() {
    const rows: [string[], string][] = [
      [['K', msg('Spatie')], msg('Afspelen of pauzeren')],
      [['J', '←'], msg('5 seconden terug')],
      [['L', '→'], msg('5 seconden vooruit')],
      [['Page Up', 'Page Down'], msg('Vorig of volgend hoofdstuk')],
      [['R'], msg('Herhaal de zin')],
      [['C'], msg('Ondertiteling aan of uit')],
      [['T'], msg('Tekst tonen of verbergen')],
      [['M'], msg('Geluid aan of uit')],
      [['<', '>'], msg('Langzamer of sneller')],
      [['F'], msg('Volledig scherm')],
      [['?'], msg('Deze lijst')],
    ];
    return html`<p>${msg('Sneltoetsen werken als de speler de focus heeft.')}</p>
      <dl class="keys">
        ${rows.map(
          ([keys, what]) =>
            html`<div>
              <dt>${keys.map((k, i) => html`${i ? ' / ' : ''}<kbd dir="ltr">${k}</kbd>`)}</dt>
              <dd>${what}</dd>
            </div>`,
        )}
      </dl>`;
  }
}
