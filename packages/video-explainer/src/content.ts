/**
 * The content model of the facade: the language versions, with every URL resolved and checked.
 * This is the small, forgiving reader that the facade needs to show a poster, a title and a
 * language switch. The exact editor messages come from the valibot schema (`schema.ts`), which
 * the player loads with `preview`, or when this reader had to leave versions out.
 */
import { normaliseLocale, primaryLanguage } from '@wegwijs/core/locale/locales';
import { safeMediaUrl } from '@wegwijs/core/content/safe-url';
import { coded } from '@wegwijs/core/content/content-problem';
import type { Validated } from '@wegwijs/core/content/content-controller';

export interface VideoSource {
  src: string;
  type?: string;
}

export interface TrackRef {
  src: string;
  lang: string;
  label?: string;
}

export interface VideoVersion {
  /** Position in the content (for editor messages). */
  index: number;
  lang: string;
  title: string;
  sources: VideoSource[];
  youtube?: string;
  vimeo?: string;
  poster?: string;
  captions: TrackRef[];
  chapters?: string;
  descriptions?: string;
  /** A separate transcript (rich text); otherwise the transcript is made from the captions. */
  transcript?: string;
  signLanguage?: string;
  download?: string;
  /** Listed in `machineTranslated`: texts made with a machine's help, not yet checked. */
  machineTranslated?: boolean;
}

export interface VideoContent {
  versions: VideoVersion[];
  /** False when versions had to be left out: the player then loads the schema for the reason. */
  complete: boolean;
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
};

/** The MIME type of a video file, from its `type` or its extension. */
export function videoType(src: string, type?: string): string | undefined {
  return type ?? TYPES[/\.(\w+)(?:[?#]|$)/.exec(src)?.[1]?.toLowerCase() ?? ''];
}

/** Posters must be self-hosted: a thumbnail from these hosts would tell them about the visit. */
export const THIRD_PARTY_HOST =
  /(^|\.)(ytimg|youtube|youtube-nocookie|ggpht|googleusercontent|vimeo|vimeocdn)\.com$/;

export const YOUTUBE_ID = /^[\w-]{11}$/;
export const VIMEO_ID = /^\d{1,12}$/;

function version(raw: unknown, index: number, base: string): VideoVersion | undefined {
  if (!isObject(raw)) return undefined;
  const lang = normaliseLocale(text(raw.lang));
  if (!lang) return undefined;
  const url = (value: unknown) => safeMediaUrl(text(value), base);
  const sources = list(raw.sources).flatMap((s): VideoSource[] => {
    const src = url(isObject(s) ? s.src : s);
    return src ? [{ src, type: videoType(src, text(isObject(s) ? s.type : undefined)) }] : [];
  });
  const youtube = YOUTUBE_ID.test(String(raw.youtube)) ? String(raw.youtube) : undefined;
  const vimeo = VIMEO_ID.test(String(raw.vimeo)) ? String(raw.vimeo) : undefined;
  if (!sources.length && !youtube && !vimeo) return undefined;
  const captions = list(raw.captions).flatMap((c): TrackRef[] => {
    const src = isObject(c) ? url(c.src) : undefined;
    if (!src) return [];
    return [
      { src, lang: normaliseLocale(text((c as Raw).lang)) ?? lang, label: text((c as Raw).label) },
    ];
  });
  return {
    index,
    lang,
    title: text(raw.title) ?? '',
    sources,
    youtube,
    vimeo,
    poster: [url(raw.poster)].find((p) => p && !THIRD_PARTY_HOST.test(new URL(p).hostname)),
    captions,
    chapters: url(raw.chapters),
    descriptions: url(raw.descriptions),
    transcript: text(raw.transcript),
    signLanguage: url(raw.signLanguage),
    download:
      url(raw.download) ?? sources.find((s) => s.type === 'video/mp4')?.src ?? sources[0]?.src,
  };
}

/** Read the content; versions that cannot be shown are left out (the schema says why). */
export function readContent(raw: unknown, base: string): Validated<VideoContent> {
  const items = list(isObject(raw) ? raw.versions : undefined);
  const versions = items
    .map((item, index) => version(item, index, base))
    .filter((v): v is VideoVersion => !!v);
  // Matched on the primary language, as the letter explainer does ("ar" marks "ar-MA" too).
  const machine = new Set(
    list(isObject(raw) ? raw.machineTranslated : undefined)
      .map((code) => normaliseLocale(text(code)))
      .filter((code): code is string => !!code)
      .map(primaryLanguage),
  );
  for (const v of versions) if (machine.has(primaryLanguage(v.lang))) v.machineTranslated = true;
  if (versions.length)
    return { data: { versions, complete: versions.length === items.length }, problems: [] };
  return { problems: [coded('schema', 'video-versions', { path: 'versions' })] };
}
