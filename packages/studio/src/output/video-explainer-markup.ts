/**
 * The video content as the editor markup the video explainer reads (`readMarkup` in
 * `packages/video-explainer/src/markup.ts`, docs/video-explainer.md): per version a
 * `<video controls>` with its `<source>`s and `<track>`s, which plays without JavaScript, or
 * for YouTube and Vimeo a plain link (nothing is loaded from those services). What the markup
 * cannot hold (a written transcript; more than one caption file for YouTube or Vimeo) is only
 * in the content file: the form says so next to the transcript.
 */
import type { VideoContentInput } from '@wegwijs/video-explainer';
import { escapeAttribute as attr, escapeText as text } from './html.js';

type Version = VideoContentInput['versions'][number];

const attrs = (pairs: [string, string | undefined][]) =>
  pairs
    .filter((p): p is [string, string] => !!p[1])
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join('');

/** The widget's note for a machine-assisted version, carried as an attribute without a value. */
const machine = (v: Version, marked: ReadonlySet<string>) =>
  marked.has(v.lang) ? ' data-machine-translated' : '';

function videoHtml(v: Version, marked: ReadonlySet<string>): string {
  const lines = [
    `  <video controls preload="none" playsinline${machine(v, marked)}${attrs([
      ['lang', v.lang],
      ['title', v.title],
      ['poster', v.poster],
      ['data-sign-language', v.signLanguage],
    ])}>`,
  ];
  for (const s of v.sources ?? [])
    lines.push(
      `    <source${attrs([
        ['src', s.src],
        ['type', s.type],
      ])} />`,
    );
  (v.captions ?? []).forEach((c, i) => {
    const lang = c.lang ?? v.lang;
    const kind = lang === v.lang ? 'captions' : 'subtitles';
    lines.push(
      `    <track kind="${kind}"${attrs([
        ['src', c.src],
        ['srclang', lang],
        ['label', c.label],
      ])}${i === 0 ? ' default' : ''} />`,
    );
  });
  if (v.chapters)
    lines.push(
      `    <track kind="chapters"${attrs([
        ['src', v.chapters],
        ['srclang', v.lang],
      ])} />`,
    );
  if (v.descriptions)
    lines.push(
      `    <track kind="descriptions"${attrs([
        ['src', v.descriptions],
        ['srclang', v.lang],
      ])} />`,
    );
  // Inside <video>: a browser that cannot play it shows the link instead.
  if (v.download) lines.push(`    <a href="${attr(v.download)}">${text(v.title)}</a>`);
  lines.push('  </video>');
  return lines.join('\n');
}

function linkHtml(v: Version, marked: ReadonlySet<string>): string {
  const href = v.youtube
    ? `https://www.youtube.com/watch?v=${v.youtube}`
    : `https://vimeo.com/${v.vimeo ?? ''}`;
  return `  <a data-video${machine(v, marked)}${attrs([
    ['lang', v.lang],
    ['href', href],
    ['data-poster', v.poster],
    ['data-captions', v.captions?.[0]?.src],
    ['data-chapters', v.chapters],
  ])}>${text(v.title)}</a>`;
}

/** The inner markup of `<wegwijs-video-explainer>`, indented by two spaces. */
export function videoExplainerMarkup(content: VideoContentInput): string {
  const marked = new Set(content?.machineTranslated ?? []);
  return (content?.versions ?? [])
    .map((v) =>
      v.youtube !== undefined || v.vimeo !== undefined ? linkHtml(v, marked) : videoHtml(v, marked),
    )
    .join('\n');
}
