/**
 * The route's content model (valibot): the one source for the widget, `@wegwijs/step-guide/check`,
 * the CLI and the generated `schema/step-guide.schema.json` (JSON Schema 2020-12, built by
 * packages/cli/scripts/build-schemas.mjs). Descriptions are for editors (shown by their tools).
 * Loaded lazily: only JSON content (inline or `src`) needs it; the editor's markup is read into
 * the same shape by `markup.ts`.
 */
import * as v from 'valibot';
import {
  coded,
  fromCheck,
  safeMediaUrl,
  safeUrl,
  telHref,
  type ContentProblem,
} from '@wegwijs/core';
import {
  applyProfile,
  audioSchema,
  languageCode,
  pageProfile,
  phoneSchema,
  profileProblems,
  schemaProblems,
  textSchema as text,
  type Profile,
} from '@wegwijs/core/check';
import { unknownKeys } from '@wegwijs/core/check/unknown-keys';
import type { Route, Step } from './types.js';

const d = v.description;

export const stepSchema = v.pipe(
  v.object({
    id: v.optional(
      v.pipe(v.string(), d('Vaste naam van de stap; bewaart het vinkje van de bewoner.')),
    ),
    title: v.pipe(text, d('De titel van de stap (verplicht).')),
    text: v.optional(
      v.pipe(text, d('Uitleg, met **vet**, lijstjes ("- ") en [links](https://…).')),
    ),
    pictogram: v.optional(
      v.pipe(
        v.union([
          v.string(),
          v.object({
            src: v.pipe(v.string(), d('Adres (https) van de afbeelding.')),
            alt: v.optional(v.pipe(text, d('Wat de afbeelding laat zien.'))),
          }),
        ]),
        d('Naam van een pictogram (bijvoorbeeld "phone") of een eigen afbeelding { src, alt }.'),
      ),
    ),
    audio: v.optional(audioSchema),
    bring: v.optional(v.pipe(v.array(text), d('Wat de bewoner meeneemt: een lijstje.'))),
    action: v.optional(
      v.pipe(
        v.object({
          label: v.optional(v.pipe(text, d('De woorden op de knop, bijvoorbeeld "Bel".'))),
          href: v.optional(
            v.pipe(
              v.string(),
              d(
                'Een https-, tel:- of mailto:-adres, of {{website}} of {{contactpagina}}. Niet in JSON Schema: andere soorten adressen laat de widget weg (waarschuwing).',
              ),
            ),
          ),
          phone: v.optional(phoneSchema),
        }),
        d('Wat de bewoner nu kan doen: een link openen of bellen.'),
      ),
    ),
    next: v.optional(
      v.pipe(
        v.picklist(['and', 'or']),
        d('"and": doe ook de volgende stap; "or": kies een van beide.'),
      ),
    ),
    status: v.optional(
      v.pipe(v.picklist(['done', 'current', 'attention']), d('Status die de gemeente zet.')),
    ),
  }),
  d('Eén stap.'),
);

const routeEntries = {
  $schema: v.optional(v.pipe(v.string(), d('Adres van dit JSON Schema (voor uw editor).'))),
  id: v.optional(v.pipe(v.string(), d('Naam van de route; bewaart de vinkjes van de bewoner.'))),
  lang: v.optional(v.pipe(languageCode, d('Taal van teksten die één tekst zijn (standaard nl).'))),
  title: v.optional(v.pipe(text, d('Naam van de lijst met stappen.'))),
  review: v.optional(
    v.pipe(
      v.record(languageCode, v.string()),
      d('Per taal hoe de vertaling is gemaakt, bijvoorbeeld { "ar": "machine-assisted" }.'),
    ),
  ),
};

/** The whole route, as the check and the JSON Schema see it. */
export const routeSchema = v.pipe(
  v.object({
    ...routeEntries,
    steps: v.pipe(
      v.array(stepSchema),
      v.minLength(1, 'schema-minItems'),
      d('De stappen, in volgorde.'),
    ),
  }),
  d('Stappenplan voor <wegwijs-step-guide>.'),
);

/** The route without its steps: the widget checks each step on its own and skips bad ones. */
const routeTopSchema = v.object({
  ...routeEntries,
  steps: v.pipe(v.array(v.unknown()), v.minLength(1, 'schema-minItems')),
});

/**
 * Check a route for the widget: the profile fills {{telefoon}} and the like (a sentence with an
 * empty field is left out); a bad step is skipped (a warning naming it), a route without any good
 * step is an error. Unsafe addresses are dropped with a warning. Messages are in Dutch.
 */
export function checkRoute(
  input: unknown,
  /** The address of the JSON file: its relative audio addresses are relative to it. */
  base?: string,
  profile: Profile | undefined = pageProfile(),
): { data?: Route; problems: ContentProblem[] } {
  const raw = applyProfile(input, profile);
  const top = v.safeParse(routeTopSchema, raw);
  if (!top.success) {
    return { problems: schemaProblems(routeTopSchema, raw).map((p) => fromCheck(p, 'schema')) };
  }
  // The preview names each unfilled profile field (residents get the text without it).
  const problems: ContentProblem[] = [
    ...unknownKeys(routeTopSchema, raw),
    ...profileProblems(input, profile).map((p) => fromCheck(p, 'schema', 'warning')),
  ];
  // By code: worded (in Dutch) when the editor reads it.
  const warn = (path: string, code: string) =>
    problems.push(coded('content', code, { path, severity: 'warning' }));
  const steps: Step[] = [];
  top.output.steps.forEach((item, index) => {
    const at = `steps[${index}]`;
    const found = schemaProblems(stepSchema, item);
    const errors = found.filter((p) => p.code !== 'schema-unknown');
    for (const p of found) {
      const path = p.path ? `${at}.${p.path}` : at;
      const skipped = errors.length > 0;
      const note = skipped ? 'note-step-skipped' : 'note-ignored';
      problems.push(fromCheck(p, 'schema', 'warning', { path, note }));
    }
    if (errors.length) return;
    const step: Step = { ...(v.parse(stepSchema, item) as Step) };
    // A pack ships its recordings next to its JSON (audio/fa/step.mp3): resolve them against
    // the file, not the page that shows it, or the button would play nothing.
    const audio = step.audio;
    if (audio && base) {
      const resolve = (ref: string) => safeMediaUrl(ref, base) ?? ref;
      step.audio =
        typeof audio === 'string'
          ? resolve(audio)
          : Object.fromEntries(Object.entries(audio).map(([lang, ref]) => [lang, resolve(ref)]));
    }
    const { action, pictogram } = step;
    if (action) {
      const href = action.href === undefined ? undefined : safeUrl(action.href);
      if (action.href !== undefined && !href) warn(`${at}.action.href`, 'step-href');
      if (action.phone !== undefined && !telHref(action.phone))
        warn(`${at}.action.phone`, 'step-phone');
      if (!href && !(action.phone && telHref(action.phone))) delete step.action;
      else if (!action.label && !action.phone) warn(`${at}.action.label`, 'step-action-label');
    }
    if (typeof pictogram === 'object') {
      if (!safeMediaUrl(pictogram.src)) {
        warn(`${at}.pictogram.src`, 'step-pictogram-src');
        step.pictogram = '';
      } else if (!pictogram.alt) warn(`${at}.pictogram.alt`, 'step-pictogram-alt');
    }
    steps.push(step);
  });
  if (steps.length === 0) {
    problems.push(coded('schema', 'step-none', { path: 'steps' }));
    return { problems };
  }
  const route: Route & { $schema?: string } = { ...(top.output as Route), steps };
  delete route.$schema;
  return { data: route, problems };
}
