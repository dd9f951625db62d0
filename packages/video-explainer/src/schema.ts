/**
 * The content schema (valibot), worded for editors: `versions[1].youtube: expected a YouTube
 * video id of 11 characters`. Kept in sync with schema/video-explainer.schema.json by a test.
 * Used by the full player (loaded at once with `preview`), not by the facade.
 */
import * as v from 'valibot';
import { normaliseLocale } from '@wegwijs/core/locale/locales';
import { safeMediaUrl } from '@wegwijs/core/content/safe-url';
import { coded, fromCheck, type ContentProblem } from '@wegwijs/core/content/content-problem';
import { languageCode, schemaProblems } from '@wegwijs/core/check';
import { THIRD_PARTY_HOST, VIMEO_ID, YOUTUBE_ID } from './content.js';

const d = v.description;
const file = v.pipe(
  v.string(),
  v.minLength(1, 'schema-minLength'),
  d('Adres van een bestand, ten opzichte van dit JSON-bestand of https://…'),
);
export const track = v.object({
  src: v.pipe(file, d('Ondertitels als WebVTT-bestand (.vtt).')),
  lang: v.optional(languageCode),
  label: v.optional(v.pipe(v.string(), d('Naam in het menu, bijvoorbeeld "English".'))),
});

export const versionObject = v.object({
  lang: v.pipe(languageCode, d('De taal van deze versie (verplicht), bijvoorbeeld "nl" of "ar".')),
  title: v.pipe(
    v.string(),
    v.minLength(1, 'schema-minLength'),
    d('Titel van de video in deze taal.'),
  ),
  sources: v.optional(
    v.pipe(
      v.array(
        v.object({
          src: file,
          type: v.optional(
            v.pipe(v.string(), v.regex(/^video\//, 'video-type'), d('Bijvoorbeeld "video/mp4".')),
          ),
        }),
      ),
      v.minLength(1, 'schema-minItems'),
      d('Eigen videobestanden (mp4, webm), de beste eerst.'),
    ),
  ),
  youtube: v.optional(
    v.pipe(
      v.string(),
      v.regex(YOUTUBE_ID, 'video-youtube'),
      d('YouTube-video-id (11 tekens); pas na toestemming van de bewoner geladen.'),
    ),
  ),
  vimeo: v.optional(
    v.pipe(
      v.string(),
      v.regex(VIMEO_ID, 'video-vimeo'),
      d('Vimeo-video-id (cijfers); pas na toestemming geladen.'),
    ),
  ),
  poster: v.optional(
    v.pipe(file, d('Voorplaatje, op uw eigen website (niet bij YouTube of Vimeo).')),
  ),
  captions: v.optional(v.array(track)),
  chapters: v.optional(v.pipe(file, d('Hoofdstukken als WebVTT-bestand.'))),
  descriptions: v.optional(v.pipe(file, d('Beschrijving van het beeld als WebVTT-bestand.'))),
  transcript: v.optional(
    v.pipe(v.string(), d('De uitgeschreven tekst (anders uit de ondertitels).')),
  ),
  signLanguage: v.optional(v.pipe(file, d('Video met gebarentaal.'))),
  download: v.optional(v.pipe(file, d('Videobestand om te downloaden.'))),
});

const SOURCES = ['sources', 'youtube', 'vimeo'] as const;
const version = v.pipe(
  versionObject,
  v.check((x) => SOURCES.filter((s) => x[s] !== undefined).length === 1, 'video-one-source'),
  // The same rule in the JSON Schema file (the generator skips `check` actions).
  v.metadata({ oneOf: SOURCES.map((s) => ({ required: [s] })) }),
  d('Eén taalversie: precies één van "sources", "youtube" of "vimeo".'),
);

export const videoContentSchema = v.pipe(
  v.object({
    $schema: v.optional(v.pipe(v.string(), d('Adres van dit JSON Schema (voor uw editor).'))),
    $comment: v.optional(v.string()),
    /** Languages whose texts were machine-assisted and not yet checked by a person (as in the letter explainer). */
    machineTranslated: v.optional(
      v.pipe(
        v.array(languageCode),
        d('Talen die met hulp van een machine zijn vertaald en nog niet nagekeken.'),
      ),
    ),
    versions: v.pipe(
      v.array(version),
      v.minLength(1, 'schema-minItems'),
      v.check(
        (list) => new Set(list.map((x) => normaliseLocale(x.lang) ?? x.lang)).size === list.length,
        'video-lang-twice',
      ),
      d(
        'Eén versie per taal. Niet in JSON Schema: dat elke taal maar één keer voorkomt (de controle van Wegwijs ziet het wel).',
      ),
    ),
  }),
  d('Uitlegvideo voor <wegwijs-video-explainer>.'),
);

export type VideoContentInput = v.InferInput<typeof videoContentSchema>;

const URL_FIELDS = ['poster', 'chapters', 'descriptions', 'signLanguage', 'download'] as const;

/**
 * Every problem with the content, for the editor: schema issues, then addresses that are not
 * http(s) (refused) and posters on a video service's servers (refused: posters must be
 * self-hosted, or the service learns about the visit before the resident agreed).
 */
export function checkVideoContent(raw: unknown, base: string): ContentProblem[] {
  const result = v.safeParse(videoContentSchema, raw);
  const found = schemaProblems(videoContentSchema, raw);
  // Unknown fields are ignored by the player: a warning here, an error for the checker.
  const problems: ContentProblem[] = found.map((p) =>
    p.code === 'schema-unknown' ? fromCheck(p, 'content', 'warning') : fromCheck(p, 'schema'),
  );
  if (!result.success) return problems;
  const refuse = (path: string, value: string, code: string) =>
    problems.push(coded('content', code, { severity: 'warning', path, params: { value } }));
  result.output.versions.forEach((x, i) => {
    const check = (path: string, value: string | undefined) => {
      if (value !== undefined && !safeMediaUrl(value, base)) {
        refuse(`versions[${i}].${path}`, value, 'video-address');
      }
    };
    for (const field of URL_FIELDS) check(field, x[field]);
    x.sources?.forEach((s, j) => check(`sources[${j}].src`, s.src));
    x.captions?.forEach((c, j) => check(`captions[${j}].src`, c.src));
    const poster = safeMediaUrl(x.poster, base);
    if (poster && THIRD_PARTY_HOST.test(new URL(poster).hostname)) {
      refuse(`versions[${i}].poster`, x.poster!, 'video-poster-service');
    }
  });
  return problems;
}
