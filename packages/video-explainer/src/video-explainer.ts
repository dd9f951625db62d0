import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { ContentController } from '@wegwijs/core/content/content-controller';
import { WegwijsElement } from '@wegwijs/core/base/wegwijs-element';
import { directionOf, primaryLanguage } from '@wegwijs/core/locale/locales';
import { setPageLocale } from '@wegwijs/core/locale/page-locale';
import { missingLanguageNotice } from '@wegwijs/core/locale/missing-language';
import { machineAssistedNote } from '@wegwijs/core/locale/machine-assisted';
import { whenIdle, whenVisibleAndIdle } from '@wegwijs/core/net/save-data';
import { readContent, type VideoContent, type VideoVersion } from './content.js';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { WegwijsVideoVersionChangeEvent } from './events.js';
import { facadeStyles } from './video-explainer.styles.js';
import { videoCatalog } from './translations.js';
import type { VideoHooks, VideoService } from './host.js';
import { serviceOf } from './service-of.js';
import { PLAY_ICON } from './play-icon.js';
import type { Player } from './player.js';

export { serviceOf, type VideoService };

/** A profile field ({{telefoon}}) or an old placeholder ([TELEFOONNUMMER]) in the content. */
const HAS_FIELD = /\{\{|\[[A-Z]{4,}\]/;

/** Stands for "the editor's markup" until its reader has loaded. */
const MARKUP = {};

/**
 * One explainer video in several languages — each language its own recording with its own
 * captions, chapters, transcript, poster, text audio description and sign-language window —
 * behind one language switch. Before the first play only this small facade loads (poster,
 * title, language switch, play button); the full player is loaded on first play or first
 * interaction. YouTube and Vimeo load nothing before the resident presses play after a notice.
 *
 * @tagname wegwijs-video-explainer
 * @summary A multilingual, accessible, private-by-default video explainer.
 *
 * @slot - The editor's markup: one `<video lang>` per language with `<source>` and `<track>`
 *   children and a link to the file (shown as it is when the content cannot be used).
 * @slot transcript - Used by the widget itself: the interactive transcript lives in the light
 *   DOM (so read-aloud and translation tools reach it) and is slotted here.
 *
 * @csspart base - The widget's frame.
 * @csspart title - The title.
 * @csspart stage - The area with the video, captions and sign-language window.
 * @csspart video - The main `<video>` (one node from the facade on, across language versions).
 * @csspart play-button - The large play button shown before the first play.
 * @csspart language - The language select (large in simple mode).
 * @csspart consent - The notice before a YouTube or Vimeo video.
 * @csspart controls - The control bar.
 * @csspart captions - The captions.
 * @csspart sign-language - The sign-language video window.
 *
 * @cssprop --wegwijs-primary-background - Buttons and the progress colour.
 * @cssprop --wegwijs-primary-color - Text on buttons.
 * @cssprop --wegwijs-radius - Corner radius.
 * @cssprop --wegwijs-video-background - Behind the video (default black).
 *
 * @fires wegwijs-video-version-change - The shown language version changed (`lang`).
 * @fires wegwijs-video-consent - The resident agreed to load YouTube or Vimeo (`service`).
 */
export class WegwijsVideoExplainer extends WegwijsElement {
  static override styles = [WegwijsElement.styles, facadeStyles];
  /** The package's UI strings, registered on connect. */
  protected static override translations = videoCatalog;
  static override properties = {
    src: {},
    mode: { reflect: true },
    transcript: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    started: { state: true, attribute: false },
  };

  /** A content JSON file (see docs); relative media URLs are resolved against it. */
  src?: string;
  /** `simple`: a few large labelled buttons for residents who read little. */
  mode: 'full' | 'simple' = 'full';
  /** Show the transcript from the start. */
  transcript = false;
  /** Level of the title heading (1–6); the transcript's headings follow it. */
  headingLevel = 2;

  /** Started playing (or pressed play) at least once. */
  protected started = false;
  /** Services the resident agreed to, for this page view only (never stored). */
  private readonly consented = new Set<VideoService>();
  /** The YouTube/Vimeo notice and iframe, once loaded. */
  private service?: typeof import('./service.js');
  /** The content as given, for the player's schema check. */
  private rawContent?: unknown;
  /** The full player, once loaded. */
  #player?: Player;
  /** The one main video element, kept across renders and across the facade → player switch. */
  readonly #video: HTMLVideoElement = document.createElement('video');

  /** The content and its state: `status`, `data` (once valid), `problems`, `loaded` (a promise). */
  readonly content = new ContentController<VideoContent>(this, {
    validate: async (raw, origin) => {
      // The markup reader is only loaded when the widget has to fall back on the markup.
      if (raw === MARKUP) raw = (await import('./markup.js')).readMarkup(this);
      this.rawContent = raw;
      // The municipality profile ({{telefoon}} …) in a title or transcript: filled in for
      // residents, or the sentence left out, never shown raw; the preview names the field.
      // Its code loads only when the content holds such a field (the facade's budget).
      const filled = HAS_FIELD.test(JSON.stringify(raw) ?? '')
        ? await (await import('@wegwijs/core/check/page-profile')).fillPageProfile(raw)
        : { data: raw, problems: [] };
      const read = readContent(filled.data, this.baseFor(origin));
      return { ...read, problems: [...filled.problems, ...read.problems] };
    },
    fromMarkup: (host) =>
      host.querySelector(':scope video, :scope a[data-video][lang]') ? MARKUP : undefined,
  });

  #playerLoad?: Promise<void>;
  /** After a press on play: resolves when the video shows moving frames (or cannot). */
  #moving?: Promise<void>;
  #shownVersion?: VideoVersion;
  /** Waiting for "on screen and idle" to fetch the video's metadata (or done). */
  #metadataWatched = false;

  constructor() {
    super();
    const video = this.#video;
    video.playsInline = true;
    video.preload = 'none';
    video.setAttribute('playsinline', '');
    video.setAttribute('part', 'video');
    video.setAttribute('aria-labelledby', 'title');
  }

  /** The private state and actions the player and the YouTube/Vimeo notice need (host.ts). */
  private readonly hooks: VideoHooks = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get started() {
        return el.started;
      },
      set started(started) {
        el.started = started;
      },
      get rawContent() {
        return el.rawContent;
      },
      video: el.#video,
      localeInfo: el.localeController,
      consented: el.consented,
      adopt: (styles) => el.#adopt(styles),
      appendLight: (node) => el.append(node),
      start: () => el.#start(),
    };
  })();

  /** The base URL for the content's relative media URLs. */
  baseFor(origin: string): string {
    return origin === 'src' && this.src
      ? new URL(this.src, document.baseURI).href
      : document.baseURI;
  }

  /** The version in the page language (exact, then same primary language), else the first. */
  get version(): VideoVersion | undefined {
    const versions = this.content.data?.versions ?? [];
    const locale = this.localeController.locale.toLowerCase();
    return (
      versions.find((v) => v.lang.toLowerCase() === locale) ??
      versions.find((v) => primaryLanguage(v.lang) === primaryLanguage(locale)) ??
      versions[0]
    );
  }

  /** Add a lazy module's styles to the shadow root. */
  #adopt(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Load the full player (once). With `preview` or `transcript` it loads at once. */
  loadPlayer(): Promise<void> {
    return (this.#playerLoad ??= import('./player.js').then(
      async (module) => {
        // After a press on play the player's first render (a long task on a slow phone) waits
        // until the video moves and the main thread is idle: the video starts first.
        if (this.#moving) {
          await this.#moving;
          await new Promise<void>((resolve) => whenIdle(resolve, 300));
        }
        this.#player ??= new module.Player(this, this.hooks);
        this.requestUpdate();
      },
      (error: unknown) => {
        // Offline or blocked: the browser's own controls still play the video.
        console.error(`[${this.localName}] the player could not be loaded`, error);
        this.#video.controls = true;
      },
    ));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.content.setSrc(this.src);
    const version = this.version;
    if (version && version !== this.#shownVersion) {
      const previous = this.#shownVersion;
      this.#shownVersion = version;
      const video = this.#video;
      video.poster = version.poster ?? '';
      const src = version.sources.find((s) => !s.type || video.canPlayType(s.type))?.src;
      if (src) video.src = src;
      else video.removeAttribute('src');
      if (previous) this.dispatchEvent(new WegwijsVideoVersionChangeEvent(version.lang));
    }
  }

  protected override updated(): void {
    if (this.content.status !== 'loading' && (this.preview || this.transcript)) {
      void this.loadPlayer();
    }
    this.#metadataWhenVisible();
  }

  /**
   * Once the self-hosted video is on screen and the browser idle, its metadata and first frame
   * are fetched (\`preload="metadata"\`, as a native \`<video>\` page does), so that pressing play
   * needs no round trip first. Not on Save-Data or 2G (core's rule for fetching ahead), and
   * never for a YouTube or Vimeo version: nothing is asked of them before consent.
   */
  #metadataWhenVisible(): void {
    const video = this.#video;
    if (this.#metadataWatched || !video.isConnected || serviceOf(this.version)) return;
    this.#metadataWatched = true;
    whenVisibleAndIdle(video, () => this.#fetchMetadata());
  }

  #fetchMetadata(): void {
    if (this.#video.preload === 'none' && !serviceOf(this.version))
      this.#video.preload = 'metadata';
  }

  #choose(lang: string): void {
    void setPageLocale(lang);
  }

  /** The resident pressed play (for YouTube or Vimeo: after the notice). */
  #start(): void {
    this.started = true;
    // Inside the click: the browser counts it as the resident's own gesture (iOS included).
    if (!serviceOf(this.version)) {
      const video = this.#video;
      const played = video.play();
      // Moving: a frame given to the compositor (else \`playing\`, when play() resolves); or
      // play failed; at most 1.5 s (play() stays pending while the video waits for data), so
      // that the controls never wait long for a stalled video.
      this.#moving ??= new Promise<void>((resolve) => {
        setTimeout(resolve, 1500);
        played.then(() => {
          if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(() => resolve());
          else resolve();
        }, resolve);
      });
    }
    void this.loadPlayer().then(() => this.#player?.afterStart());
  }

  /**
   * A pointer went down in the widget: a tap is likely. The player's code is fetched, and,
   * where the video's metadata was not fetched ahead (Save-Data, 2G, not yet on screen), it
   * is now: the click that follows starts a video that is already on its way.
   */
  #warm = (event: Event) => {
    if (event.type === 'pointerdown') this.#fetchMetadata();
    void this.loadPlayer();
  };

  override render() {
    const { dir, uiLocale } = this.localeController;
    const status = this.content.status;
    // While the content loads, the editor's markup (a playable <video>) stays in its place:
    // nothing to wait for, and the page does not jump when the facade replaces it.
    if (status === 'loading') return html`<slot></slot>`;
    const version = this.version;
    if (!version) return html`${this.renderEditorNotice()}${this.renderFallback()}`;
    const player = this.#player;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`${this.renderEditorNotice()}
      <section
        class="base"
        part="base"
        lang=${uiLocale}
        dir=${dir}
        aria-labelledby="title"
        @keydown=${(event: KeyboardEvent) => player?.key(event)}
        @pointerdown=${this.#warm}
        @focusin=${this.#warm}
      >
        <div class="head">
          <div
            id="title"
            class="title"
            part="title"
            role="heading"
            aria-level=${level}
            lang=${version.lang}
            dir=${directionOf(version.lang)}
          >
            ${version.title}
          </div>
          ${this.#renderLanguages(version)}
        </div>
        ${this.#renderMissing(version)} ${this.#renderMachineNote(version)}
        <div class="stage" part="stage">
          ${this.#renderMedia(version)} ${player?.overlay() ?? nothing}
        </div>
        ${player?.controls() ?? nothing}
        <slot name="transcript"></slot>
      </section>`;
  }

  /** No version in the resident's language: say so in it, offer a key person (not silent Dutch). */
  #renderMissing(version: VideoVersion) {
    const { locale, uiLocale } = this.localeController;
    if (primaryLanguage(version.lang) === primaryLanguage(locale)) return nothing;
    return missingLanguageNotice({
      locale,
      uiLocale,
      what: 'video',
      root: this.getRootNode(),
      className: 'missing',
      linkClassName: 'missing-link',
    });
  }

  /** The version's texts were made with a computer's help (`machineTranslated`): say so. */
  #renderMachineNote(version: VideoVersion) {
    if (!version.machineTranslated) return nothing;
    // Core's one note (sentence, translations, role="note" with its own lang and dir).
    return machineAssistedNote(this.localeController.uiLocale, 'note');
  }

  #renderLanguages(version: VideoVersion) {
    const versions = this.content.data?.versions ?? [];
    if (versions.length < 2) return nothing;
    return html`<label class="lang"
      ><span>${msg('Taal')}</span>
      <select
        part="language"
        @change=${(event: Event) => this.#choose((event.target as HTMLSelectElement).value)}
      >
        ${versions.map(
          (v) =>
            html`<option
              value=${v.lang}
              lang=${v.lang}
              dir=${directionOf(v.lang)}
              ?selected=${v === version}
            >
              ${endonym(v.lang)}
            </option>`,
        )}
      </select></label
    >`;
  }

  #renderMedia(version: VideoVersion) {
    const service = serviceOf(version);
    if (service) {
      // The notice before YouTube or Vimeo (and later their iframe) is its own small module.
      if (this.service) return this.service.renderService(this, this.hooks, version, service);
      void import('./service.js').then((module) => {
        this.#adopt(module.serviceStyles);
        this.service = module;
        this.requestUpdate();
      });
      return nothing;
    }
    return html`${this.#video}
    ${
      this.started
        ? nothing
        : html`<button type="button" class="play" part="play-button" @click=${() => this.#start()}>
            ${PLAY_ICON}<span>${msg('Afspelen')}</span>
          </button>`
    }`;
  }
}
