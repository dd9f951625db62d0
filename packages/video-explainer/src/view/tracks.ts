/**
 * The version's text tracks (captions, chapters, descriptions): each loaded on first use,
 * checked strictly, its problems reported to the editor with line numbers.
 */
import { fetchContent } from '@wegwijs/core/content/fetch-content';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';
import { loadCheckMessages } from '@wegwijs/core/check/message-table';
import type { TrackRef, VideoVersion } from '../content.js';
import type { VideoHost } from '../host.js';
import { readVtt, type Cue, type VttIssue } from '../vtt.js';
import { reportVersionProblem } from './report.js';

export class Tracks {
  readonly #host: Pick<VideoHost, 'reportProblems' | 'requestUpdate'>;
  /** Parsed tracks by URL: cues, null when it failed, absent while loading. */
  readonly #tracks = new Map<string, Cue[] | null>();
  readonly #loading = new Set<string>();
  readonly #captionChoice = new WeakMap<VideoVersion, number>();
  /** The version shown: a track's problems are reported against it. */
  version?: VideoVersion;

  constructor(host: Pick<VideoHost, 'reportProblems' | 'requestUpdate'>) {
    this.#host = host;
  }

  /** A track's cues: undefined while loading (or without a URL), null when it failed. */
  cues(url: string | undefined): Cue[] | null | undefined {
    if (!url) return undefined;
    if (!this.#tracks.has(url) && !this.#loading.has(url)) {
      this.#loading.add(url);
      void this.#load(url);
    }
    return this.#tracks.get(url);
  }

  /** Start loading every track of a version. */
  preload(version: VideoVersion): void {
    for (const url of [
      ...version.captions.map((c) => c.src),
      version.chapters,
      version.descriptions,
    ]) {
      this.cues(url);
    }
  }

  async #load(url: string): Promise<void> {
    const version = this.version!;
    const host = this.#host;
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
      reportVersionProblem(
        host,
        source,
        version,
        path,
        fetched.problem.message.replace(/^src /, ''),
      );
    } else {
      const parsed = readVtt(fetched.text);
      // The municipality profile ({{telefoon}} …) in a caption, chapter title or description:
      // filled in, or the sentence left out (a cue left without text goes), never shown raw.
      // Its code loads only for a file that holds such a field.
      const profiled = /\{\{|\[[A-Z]{4,}\]/.test(fetched.text)
        ? await (await import('@wegwijs/core/check/page-profile')).fillPageProfile(parsed.cues)
        : { data: parsed.cues, problems: [] };
      const cues = (profiled.data as Cue[]).filter((cue) => cue.text);
      this.#tracks.set(url, parsed.usable && cues.length ? cues : null);
      const severity: ContentProblem['severity'] = parsed.usable ? 'warning' : 'error';
      const at = `versions[${version.index}]${path} (${version.lang}): "${url}"`;
      const problems = (words: (issue: VttIssue) => string) => [
        ...parsed.errors.map((e): ContentProblem => ({
          code: 'parse',
          severity,
          message: `${at} regel ${e.line}: ${words(e)}`,
        })),
        // `[3].text: {{telefoon}} is niet ingevuld…` → `… "x.vtt" tekstblok 4: {{telefoon}} …`
        ...profiled.problems.map((p) => ({
          ...p,
          path: undefined,
          message: `${at} ${p.message.replace(/^\[(\d+)\][^:]*/, (_, n: string) => `tekstblok ${Number(n) + 1}`)}`,
        })),
      ];
      // The words for the editor load only when the file has issues.
      if (!parsed.errors.length && !profiled.problems.length) host.reportProblems(source, []);
      else
        void Promise.all([import('../vtt-messages.js'), loadCheckMessages()]).then(
          ([m]) => host.reportProblems(source, problems(m.vttMessage)),
          () =>
            host.reportProblems(
              source,
              problems((e) => e.code),
            ),
        );
    }
    host.requestUpdate();
  }

  /** The caption track shown: the resident's choice, else the one in the version's language. */
  captionTrack(v: VideoVersion): TrackRef | undefined {
    const chosen = this.#captionChoice.get(v);
    const index =
      chosen ??
      Math.max(
        0,
        v.captions.findIndex((c) => c.lang === v.lang),
      );
    return v.captions[index];
  }

  chooseCaptions(v: VideoVersion, track: TrackRef): void {
    this.#captionChoice.set(v, v.captions.indexOf(track));
  }

  captionCues(v: VideoVersion): Cue[] | null | undefined {
    const track = this.captionTrack(v);
    return track && this.cues(track.src);
  }

  /** The index of the chapter at time t (0 without chapters). */
  chapterIndex(v: VideoVersion, t: number): number {
    const chapters = this.cues(v.chapters) ?? [];
    let index = 0;
    chapters.forEach((c, i) => {
      if (c.start <= t + 0.01) index = i;
    });
    return index;
  }
}
