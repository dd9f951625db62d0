// The editor's markup reader: loaded only when a widget has no JSON content (or it failed).
import type { ContentProblem } from '@wegwijs/core';
import {
  auditMarkup,
  droppedProblem,
  inertCopy,
  type DroppedMarkup,
} from '@wegwijs/core/content/markup-audit';

/**
 * What the widget will not show of the editor's markup, named in `preview` in Dutch (issue 27),
 * through the one allowlist. The `<video>` elements and video links are read as data: only
 * their event handlers and script URLs count. Walked on an inert copy (nothing loads or runs).
 */
export function reportDroppedMarkup(host: HTMLElement): void {
  const copy = inertCopy(host);
  const dropped: DroppedMarkup = new Map();
  const note = (what: string) => dropped.set(what, (dropped.get(what) ?? 0) + 1);
  for (const data of copy.querySelectorAll('video, a[data-video]')) {
    for (const el of [data, ...data.querySelectorAll('*')])
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name)) note(`${name.toLowerCase()}-attribuut`);
        else if (
          /^\s*(javascript|vbscript|data:text)/i.test(value) &&
          /^(src|href|poster)$/i.test(name)
        )
          note(`${name}-attribuut met "${value.slice(0, 30)}"`);
      }
    data.remove();
  }
  auditMarkup(copy, { dropped });
  const report = droppedProblem(dropped, 'video');
  (
    host as HTMLElement & { reportProblems?(source: string, p: ContentProblem[]): void }
  ).reportProblems?.('markup', report ? [report] : []);
}

/**
 * The editor's markup as raw content: each `<video lang>` with `<source>` and `<track>`
 * children is a version; `<a data-video lang href="https://www.youtube.com/watch?v=…">` a
 * YouTube or Vimeo version. The markup stays readable and playable without our JavaScript.
 * `data-machine-translated` on either marks its language as machine-assisted (`machineTranslated`).
 */
export function readMarkup(host: HTMLElement): unknown {
  reportDroppedMarkup(host);
  const videos = [...host.querySelectorAll<HTMLVideoElement>(':scope video')];
  const links = [...host.querySelectorAll<HTMLAnchorElement>(':scope a[data-video][lang]')];
  if (!videos.length && !links.length) return undefined;
  const attr = (el: Element, name: string) => el.getAttribute(name) ?? undefined;
  const tracks = (video: Element, kind: string) =>
    [...video.querySelectorAll(`track[kind="${kind}"]`)].map((t) => ({
      src: attr(t, 'src'),
      lang: attr(t, 'srclang'),
      label: attr(t, 'label'),
    }));
  const machineTranslated = [...videos, ...links]
    .filter((el) => el.hasAttribute('data-machine-translated'))
    .map((el) => el.closest<HTMLElement>('[lang]')?.lang || 'nl');
  return {
    ...(machineTranslated.length ? { machineTranslated } : {}),
    versions: [
      ...videos.map((video) => ({
        lang: video.closest<HTMLElement>('[lang]')?.lang || 'nl',
        title: attr(video, 'title') ?? attr(video, 'aria-label'),
        poster: attr(video, 'poster'),
        sources: [
          ...(video.getAttribute('src') ? [{ src: attr(video, 'src') }] : []),
          ...[...video.querySelectorAll('source')].map((s) => ({
            src: attr(s, 'src'),
            type: attr(s, 'type'),
          })),
        ],
        captions: [...tracks(video, 'captions'), ...tracks(video, 'subtitles')],
        chapters: tracks(video, 'chapters')[0]?.src,
        descriptions: tracks(video, 'descriptions')[0]?.src,
        signLanguage: attr(video, 'data-sign-language'),
        download: attr(video.querySelector('a[href]') ?? linkAfter(video) ?? video, 'href'),
      })),
      ...links.map((link) => {
        const href = link.href;
        const youtube =
          /(?:youtube\.com\/watch\?v=|youtu\.be\/|youtube(?:-nocookie)?\.com\/embed\/)([\w-]{11})/.exec(
            href,
          )?.[1];
        const vimeo = youtube ? undefined : /vimeo\.com\/(?:video\/)?(\d+)/.exec(href)?.[1];
        return {
          lang: link.lang,
          title: attr(link, 'title') ?? link.textContent?.trim(),
          poster: attr(link, 'data-poster'),
          youtube,
          vimeo,
          captions: attr(link, 'data-captions') ? [{ src: attr(link, 'data-captions') }] : [],
          chapters: attr(link, 'data-chapters'),
        };
      }),
    ],
  };
}

/**
 * The download link written right after a video (`<video>…</video><p><a href>…</a></p>`):
 * unlike a link inside <video>, it is visible without JavaScript.
 */
function linkAfter(video: HTMLVideoElement): HTMLAnchorElement | undefined {
  const next = video.nextElementSibling;
  if (!next || next.localName === 'video') return undefined;
  const link = next.matches('a[href]') ? next : next.querySelector('a[href]');
  return link && !link.hasAttribute('data-video') ? (link as HTMLAnchorElement) : undefined;
}
