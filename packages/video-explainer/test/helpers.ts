import { fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { WegwijsVideoExplainer } from '../src/video-explainer.js';

export const MEDIA = '/packages/video-explainer/media';
export const LANGS = ['nl', 'ar', 'tr', 'fr', 'pl'] as const;

export const TITLES: Record<string, string> = {
  nl: 'Wat is onafhankelijke cliëntondersteuning?',
  ar: 'ما هي المرافقة المستقلة؟',
  tr: 'Bağımsız danışmanlık nedir?',
  fr: "Qu'est-ce que l'accompagnement indépendant ?",
  pl: 'Czym jest niezależne doradztwo dla klientów?',
};

/** One self-hosted version from the demo media (absolute URLs). */
export function version(lang: string, extra: Record<string, unknown> = {}) {
  return {
    lang,
    title: TITLES[lang],
    sources: [
      { src: `${MEDIA}/oco-${lang}.webm`, type: 'video/webm' },
      { src: `${MEDIA}/oco-${lang}.mp4`, type: 'video/mp4' },
    ],
    poster: `${MEDIA}/oco-${lang}.jpg`,
    captions: [{ src: `${MEDIA}/oco-${lang}.vtt`, lang }],
    chapters: `${MEDIA}/oco-${lang}.chapters.vtt`,
    ...extra,
  };
}

export const FIVE = {
  versions: LANGS.map((lang) =>
    lang === 'nl'
      ? version('nl', {
          captions: [
            { src: `${MEDIA}/oco-nl.vtt`, lang: 'nl' },
            { src: `${MEDIA}/oco-nl.en.vtt`, lang: 'en', label: 'English' },
          ],
          descriptions: `${MEDIA}/oco-nl.descriptions.vtt`,
          signLanguage: `${MEDIA}/oco-nl.sign.mp4`,
        })
      : version(lang),
  ),
};

/** A widget with inline JSON content; its video muted (tests play with sound off). */
export async function explainer(
  content: unknown,
  attrs: { transcript?: boolean; mode?: string; preview?: boolean } = {},
): Promise<WegwijsVideoExplainer> {
  const el = document.createElement('wegwijs-video-explainer');
  el.transcript = attrs.transcript ?? false;
  el.preview = attrs.preview ?? false;
  el.mode = (attrs.mode ?? 'full') as 'full';
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(content);
  el.append(script);
  await fixture(html`<div>${el}</div>`);
  await el.content.loaded;
  await el.updateComplete;
  // Before anything plays (preload is none): a version on YouTube or Vimeo has no <video>.
  const video = $<HTMLVideoElement>(el, MAIN_VIDEO);
  if (video) video.muted = true;
  return el;
}

const MAIN_VIDEO = 'video[part~="video"]';

/**
 * The main video as the page has it: the `<video part="video">` in the shadow root, the same
 * node from the facade on (the player keeps it). Throws when it is not rendered.
 */
export function mainVideo(el: WegwijsVideoExplainer): HTMLVideoElement {
  const video = $<HTMLVideoElement>(el, MAIN_VIDEO);
  if (!video) throw new Error('the main video is not rendered');
  return video;
}

/**
 * The full player is in: its status region (what it announces to screen readers) is rendered
 * inside the widget. The facade has none.
 */
export const playerShown = (el: WegwijsVideoExplainer) => $(el, '.base > p[role="status"]');

/** Load the full player and wait until its tracks are parsed. */
export async function withPlayer(el: WegwijsVideoExplainer): Promise<void> {
  await el.loadPlayer();
  await el.updateComplete;
  await waitUntil(() => playerShown(el), 'player loaded');
  await el.updateComplete;
}

/**
 * Seek the main video in a test. The test server does not answer Range requests, so Chrome can
 * only seek within what it has buffered: wait for that first (real servers support ranges).
 */
export async function seekTo(el: WegwijsVideoExplainer, time: number): Promise<void> {
  const video = mainVideo(el);
  video.preload = 'auto';
  await waitUntil(
    () => video.seekable.length > 0 && video.seekable.end(video.seekable.length - 1) > time,
    `seekable to ${time}`,
    { timeout: 5000 },
  );
  const seeked = new Promise((resolve) =>
    video.addEventListener('seeked', resolve, { once: true }),
  );
  video.currentTime = time;
  await seeked;
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: WegwijsVideoExplainer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(
  el: WegwijsVideoExplainer,
  selector: string,
) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Every element in the light DOM and in every shadow root under `root`. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

export function seconds(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const transcriptOf = (el: WegwijsVideoExplainer) =>
  el.querySelector<HTMLElement>(':scope > .wegwijs-video-explainer__transcript');

export const cueButtons = (el: WegwijsVideoExplainer) => [
  ...(transcriptOf(el)?.querySelectorAll<HTMLButtonElement>(
    'button.wegwijs-video-explainer__cue',
  ) ?? []),
];

export async function waitForTranscript(el: WegwijsVideoExplainer, text: string) {
  await waitUntil(
    () => transcriptOf(el)?.textContent?.includes(text),
    `transcript shows "${text}"`,
    { timeout: 4000 },
  );
}
