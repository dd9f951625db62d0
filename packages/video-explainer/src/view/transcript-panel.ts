/**
 * The interactive transcript in the light DOM (read-aloud and translation tools reach it),
 * slotted into the element. Its template and styles load when it is first shown.
 */
import { render } from 'lit';
import { directionOf } from '@wegwijs/core/locale/locales';
import type { VideoVersion } from '../content.js';
import type { VideoHooks, VideoHost } from '../host.js';
import type { TranscriptGroup } from '../transcript.js';
import { cueAt, type Cue } from '../vtt.js';
import { serviceOf } from '../service-of.js';
import type { Tracks } from './tracks.js';

let counter = 0;

export type TranscriptData = { groups: TranscriptGroup[]; lang: string };

/** The transcript of a version: its own text, else its captions grouped by chapter. */
export function transcriptFor(tracks: Tracks, v: VideoVersion): TranscriptData | undefined {
  if (v.transcript) return { groups: [], lang: v.lang };
  const cues = tracks.captionCues(v);
  if (!cues) return undefined;
  const chapters = tracks.cues(v.chapters) ?? [];
  const groups: TranscriptGroup[] = chapters.length
    ? chapters.map((c, i) => ({
        title: c.text,
        cues: cues.filter(
          (cue) =>
            cue.start >= (i ? c.start : -1) && cue.start < (chapters[i + 1]?.start ?? Infinity),
        ),
      }))
    : [{ cues }];
  return { groups, lang: tracks.captionTrack(v)?.lang ?? v.lang };
}

export class TranscriptPanel {
  readonly #host: VideoHost;
  readonly #hooks: VideoHooks;
  readonly #id = `wegwijs-vx-${++counter}`;
  /** The transcript's template and styles; loaded when the transcript is first shown. */
  #module?: typeof import('../transcript.js');
  #load?: Promise<void>;
  #container?: HTMLElement;
  #query = '';

  constructor(host: VideoHost, hooks: VideoHooks) {
    this.#host = host;
    this.#hooks = hooks;
  }

  /** Render (or hide) the transcript after the element's update. */
  update(
    v: VideoVersion | undefined,
    data: TranscriptData | undefined,
    open: boolean,
    cues: Cue[],
    onSeek: (cue: Cue) => void,
  ): void {
    const host = this.#host;
    if (!this.#container) {
      if (!open) return;
      this.#container = document.createElement('div');
      this.#container.className = 'wegwijs-video-explainer__transcript';
      this.#container.slot = 'transcript';
      this.#hooks.appendLight(this.#container);
    }
    const container = this.#container;
    container.hidden = !open;
    if (!open || !v || !data) return;
    const module = this.#module;
    if (!module) {
      this.#load ??= import('../transcript.js').then((m) => {
        m.adoptTranscriptStyles(container);
        this.#module = m;
        host.requestUpdate();
      });
      return;
    }
    const { transcriptTemplate, download, transcriptText } = module;
    const { uiLocale, dir } = this.#hooks.localeInfo;
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
        current: seekable ? cueAt(cues, this.#hooks.video.currentTime) : undefined,
        query: this.#query,
        seekable,
        onSeek,
        refresh: () => host.requestUpdate(),
        onSearch: (query) => {
          this.#query = query;
          host.requestUpdate();
        },
        onDownload: () =>
          download(
            v.transcript ?? transcriptText(v.title, data.groups),
            `${v.title.replace(/[\\/:*?"<>|]+/g, '').slice(0, 60) || 'video'} (${data.lang}).txt`,
            container,
          ),
      }),
      container,
    );
  }
}
