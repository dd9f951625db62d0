/**
 * Edits of the video content (`@wegwijs/video-explainer`'s model: one version per language,
 * each with exactly one of `sources`, `youtube` or `vimeo`). Pure functions: each returns a new
 * content object and never changes the one it was given. Optional fields that are emptied are
 * taken out, so the file stays as an editor would write it by hand.
 */
import type { VideoContentInput } from '@wegwijs/video-explainer';

export type VideoContent = VideoContentInput;
export type Version = VideoContent['versions'][number];
export type Caption = NonNullable<Version['captions']>[number];
export type SourceKind = 'sources' | 'youtube' | 'vimeo';

/** The optional file fields of a version that hold one address. */
export const FILE_FIELDS = [
  'poster',
  'chapters',
  'descriptions',
  'signLanguage',
  'download',
] as const;
export type FileField = (typeof FILE_FIELDS)[number];

export const versionsOf = (content: VideoContent | undefined): Version[] =>
  Array.isArray(content?.versions) ? content.versions : [];

export function sourceKind(version: Version): SourceKind {
  if (version.youtube !== undefined) return 'youtube';
  if (version.vimeo !== undefined) return 'vimeo';
  return 'sources';
}

/** A new version: its own video files, one empty address to fill in. */
export const newVersion = (lang: string): Version => ({ lang, title: '', sources: [{ src: '' }] });

export function withVersion(content: VideoContent, index: number, version: Version): VideoContent {
  return { ...content, versions: versionsOf(content).map((v, i) => (i === index ? version : v)) };
}

export function addVersion(content: VideoContent, lang: string): VideoContent {
  return { ...content, versions: [...versionsOf(content), newVersion(lang)] };
}

export function removeVersion(content: VideoContent, index: number): VideoContent {
  const lang = versionsOf(content)[index]?.lang;
  const next = { ...content, versions: versionsOf(content).filter((_, i) => i !== index) };
  // A removed version takes its machine-translation mark with it.
  return lang ? withMachineTranslated(next, lang, false) : next;
}

/**
 * Mark or unmark a language's version as made with a machine's help and not yet checked
 * (`machineTranslated`, a list of languages as in the letter explainer); the widget then says
 * so to the resident. An empty list is taken out.
 */
export function withMachineTranslated(
  content: VideoContent,
  lang: string,
  machine: boolean,
): VideoContent {
  const langs = new Set(content.machineTranslated ?? []);
  if (machine) langs.add(lang);
  else langs.delete(lang);
  const next: VideoContent = { ...content, machineTranslated: [...langs] };
  if (!langs.size) delete next.machineTranslated;
  return next;
}

/** Switch between own files, YouTube and Vimeo: the other two are taken out (the model
 * allows exactly one), so the check never sees two sources. */
export function withSourceKind(version: Version, kind: SourceKind): Version {
  const next: Version = { ...version };
  delete next.sources;
  delete next.youtube;
  delete next.vimeo;
  if (kind === 'sources') next.sources = version.sources?.length ? version.sources : [{ src: '' }];
  else next[kind] = version[kind] ?? '';
  return next;
}

/** An optional text or address: set, or taken out when emptied. */
export function withField<K extends keyof Version>(
  version: Version,
  key: K,
  value: string,
): Version {
  const next = { ...version } as Record<string, unknown>;
  if (value.trim() || key === 'title' || key === 'youtube' || key === 'vimeo') next[key] = value;
  else delete next[key];
  return next as Version;
}

export function withSources(version: Version, sources: NonNullable<Version['sources']>): Version {
  return { ...version, sources };
}

export function withCaptions(version: Version, captions: Caption[]): Version {
  const next: Version = { ...version, captions };
  if (!captions.length) delete next.captions;
  return next;
}

/** The same caption without the fields that were emptied. */
export function cleanCaption(caption: Caption): Caption {
  const next: Caption = { src: caption.src };
  if (caption.lang?.trim()) next.lang = caption.lang;
  if (caption.label?.trim()) next.label = caption.label;
  return next;
}

/** A YouTube id from what an editor pastes: the id, or a watch/short/embed address. */
export function youtubeId(value: string): string {
  const found =
    /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/)|youtu\.be\/)([\w-]{11})/.exec(
      value,
    );
  return found ? found[1]! : value.trim();
}

/** A Vimeo id from what an editor pastes: the number, or a vimeo.com address. */
export function vimeoId(value: string): string {
  const found = /vimeo\.com\/(?:video\/)?(\d+)/.exec(value);
  return found ? found[1]! : value.trim();
}

/**
 * The order the form shows versions in: Dutch first, then the working languages in their
 * order, then any other version the content has. Each entry keeps the version's index in the
 * content (problem paths use it).
 */
export function versionsInOrder(
  content: VideoContent,
  languages: readonly string[],
): { version: Version; index: number }[] {
  const rank = (lang: string) => {
    if (lang === 'nl') return -1;
    const at = languages.indexOf(lang);
    return at < 0 ? languages.length : at;
  };
  return versionsOf(content)
    .map((version, index) => ({ version, index }))
    .sort((a, b) => rank(a.version.lang) - rank(b.version.lang) || a.index - b.index);
}

/** The languages of the content: one per version, Dutch first. */
export function videoLanguages(content: unknown): string[] {
  const langs = versionsOf(content as VideoContent)
    .map((v) => v.lang)
    .filter((l): l is string => typeof l === 'string' && !!l);
  return ['nl', ...new Set(langs.filter((l) => l !== 'nl'))];
}

/**
 * What is missing per working language (besides Dutch): no version at all, or a part the
 * Dutch version has and this one lacks (title, captions, chapters, transcript…). Paths are the
 * ones the check uses (`versions.2.captions`), so the overview and the form speak alike.
 */
export function missingVideoParts(
  content: unknown,
  languages: readonly string[],
  noVersion: string,
): Map<string, string[]> {
  const versions = versionsOf(content as VideoContent);
  const dutch = versions.find((v) => v.lang === 'nl');
  const parts = [
    'title',
    'poster',
    'captions',
    'chapters',
    'descriptions',
    'transcript',
    'signLanguage',
  ] as const;
  const filled = (v: Version | undefined, key: (typeof parts)[number]) => {
    const value = v?.[key];
    return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && !!value.trim();
  };
  const out = new Map<string, string[]>();
  for (const lang of languages.filter((l) => l !== 'nl')) {
    const index = versions.findIndex((v) => v.lang === lang);
    if (index < 0) {
      out.set(lang, [noVersion]);
      continue;
    }
    const version = versions[index];
    out.set(
      lang,
      parts
        .filter((key) => key === 'title' || filled(dutch, key))
        .filter((key) => !filled(version, key))
        .map((key) => `versions.${index}.${key}`),
    );
  }
  return out;
}
