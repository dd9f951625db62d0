/**
 * The content schema (valibot), worded for editors: `versions[1].youtube: expected a YouTube
 * video id of 11 characters`. Kept in sync with schema/video-explainer.schema.json by a test.
 * Used by the full player (loaded at once with `preview`), not by the facade.
 */
import * as v from 'valibot';
import { normaliseLocale } from '@wegwijs/core/locale/locales';
import { safeMediaUrl } from '@wegwijs/core/content/safe-url';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';
import { toProblems } from '@wegwijs/core/content/validation';
import { THIRD_PARTY_HOST, VIMEO_ID, YOUTUBE_ID } from './content.js';

const file = v.pipe(v.string(), v.nonEmpty('expected a file address, got empty text'));
const lang = v.pipe(
  v.string(),
  v.check((code) => !!normaliseLocale(code), 'expected a language code such as "nl" or "ar"'),
);
export const track = v.object({
  src: file,
  lang: v.optional(lang),
  label: v.optional(v.string()),
});

export const versionObject = v.object({
  lang,
  title: v.pipe(v.string(), v.nonEmpty('expected a title, got empty text')),
  sources: v.optional(
    v.pipe(
      v.array(
        v.object({
          src: file,
          type: v.optional(
            v.pipe(v.string(), v.regex(/^video\//, 'expected a type such as "video/mp4"')),
          ),
        }),
      ),
      v.minLength(1, 'expected at least one video file'),
    ),
  ),
  youtube: v.optional(
    v.pipe(v.string(), v.regex(YOUTUBE_ID, 'expected a YouTube video id of 11 characters')),
  ),
  vimeo: v.optional(
    v.pipe(v.string(), v.regex(VIMEO_ID, 'expected a Vimeo video id (digits only)')),
  ),
  poster: v.optional(file),
  captions: v.optional(v.array(track)),
  chapters: v.optional(file),
  descriptions: v.optional(file),
  transcript: v.optional(v.string()),
  signLanguage: v.optional(file),
  download: v.optional(file),
});

const version = v.pipe(
  versionObject,
  v.check(
    (x) => [x.sources, x.youtube, x.vimeo].filter((s) => s !== undefined).length === 1,
    'give exactly one of "sources", "youtube" or "vimeo"',
  ),
);

export const videoContentSchema = v.object({
  $schema: v.optional(v.string()),
  $comment: v.optional(v.string()),
  versions: v.pipe(
    v.array(version),
    v.minLength(1, 'expected at least one version'),
    v.check(
      (list) => new Set(list.map((x) => normaliseLocale(x.lang))).size === list.length,
      'each language may have one version only',
    ),
  ),
});

export type VideoContentInput = v.InferInput<typeof videoContentSchema>;

const URL_FIELDS = ['poster', 'chapters', 'descriptions', 'signLanguage', 'download'] as const;

/**
 * Every problem with the content, for the editor: schema issues, then addresses that are not
 * http(s) (refused) and posters on a video service's servers (refused: posters must be
 * self-hosted, or the service learns about the visit before the resident agreed).
 */
export function checkVideoContent(raw: unknown, base: string): ContentProblem[] {
  const result = v.safeParse(videoContentSchema, raw);
  if (!result.success) return toProblems(result.issues, videoContentSchema);
  const problems: ContentProblem[] = [];
  const unknown = (path: string, value: unknown, known: object) => {
    for (const key of Object.keys(value as object)) {
      if (!(key in known)) {
        problems.push({
          code: 'content',
          severity: 'warning',
          path: `${path}${key}`,
          message: `${path}${key}: unknown field, ignored (known: ${Object.keys(known).join(', ')})`,
        });
      }
    }
  };
  unknown('', raw, videoContentSchema.entries);
  (raw as { versions: object[] }).versions.forEach((x, i) => {
    unknown(`versions[${i}].`, x, versionObject.entries);
    (x as { captions?: object[] }).captions?.forEach((c, j) =>
      unknown(`versions[${i}].captions[${j}].`, c, track.entries),
    );
  });
  const refuse = (path: string, value: string, why: string) =>
    problems.push({
      code: 'content',
      severity: 'warning',
      path,
      message: `${path}: "${value}" ${why}`,
    });
  result.output.versions.forEach((x, i) => {
    const check = (path: string, value: string | undefined) => {
      if (value !== undefined && !safeMediaUrl(value, base)) {
        refuse(`versions[${i}].${path}`, value, 'is not an http(s) address and is ignored');
      }
    };
    for (const field of URL_FIELDS) check(field, x[field]);
    x.sources?.forEach((s, j) => check(`sources[${j}].src`, s.src));
    x.captions?.forEach((c, j) => check(`captions[${j}].src`, c.src));
    const poster = safeMediaUrl(x.poster, base);
    if (poster && THIRD_PARTY_HOST.test(new URL(poster).hostname)) {
      refuse(
        `versions[${i}].poster`,
        x.poster!,
        'is on a video service: use a poster on your own site',
      );
    }
  });
  return problems;
}
