/**
 * The route JSON, checked with valibot. Loaded lazily: only JSON content (inline or `src`)
 * needs it; the editor's markup is read into the same shape by `markup.ts`.
 * Kept in sync with `schema/step-guide.schema.json` by a test.
 */
import * as v from 'valibot';
import { problem, safeMediaUrl, safeUrl, telHref, type ContentProblem } from '@wegwijs/core';
import { localizedTextSchema as text, validate } from '@wegwijs/core/validation';
import type { Route, Step } from './types.js';

export const stepSchema = v.object({
  id: v.optional(v.string()),
  title: text,
  text: v.optional(text),
  pictogram: v.optional(
    v.union([v.string(), v.object({ src: v.string(), alt: v.optional(text) })]),
  ),
  audio: v.optional(text),
  bring: v.optional(v.array(text)),
  action: v.optional(
    v.object({
      label: v.optional(text),
      href: v.optional(v.string()),
      phone: v.optional(v.string()),
    }),
  ),
  next: v.optional(v.picklist(['and', 'or'])),
  status: v.optional(v.picklist(['done', 'current', 'attention'])),
});

export const routeSchema = v.object({
  $schema: v.optional(v.string()),
  id: v.optional(v.string()),
  lang: v.optional(v.string()),
  title: v.optional(text),
  review: v.optional(v.record(v.string(), v.string())),
  steps: v.pipe(v.array(v.unknown()), v.minLength(1, 'expected at least one step')),
});

/**
 * Check a route: a bad step is skipped (a warning naming it), a route without any good step
 * is an error. Unsafe addresses are dropped with a warning.
 */
export function checkRoute(
  raw: unknown,
  /** The address of the JSON file: its relative audio addresses are relative to it. */
  base?: string,
): { data?: Route; problems: ContentProblem[] } {
  const top = validate(routeSchema, raw);
  if (!top.ok) return { problems: top.problems };
  const problems: ContentProblem[] = [];
  const warn = (path: string, message: string) =>
    problems.push(problem('content', `${path}: ${message}`, { path, severity: 'warning' }));
  const steps: Step[] = [];
  top.data.steps.forEach((item, index) => {
    const at = `steps[${index}]`;
    const checked = validate(stepSchema, item);
    if (!checked.ok) {
      for (const p of checked.problems) {
        const path = p.path ? `${at}.${p.path}` : at;
        problems.push({
          ...p,
          path,
          message: `${at}${p.path ? '.' : ': '}${p.message} (step skipped)`,
        });
      }
      return;
    }
    const step: Step = { ...checked.data };
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
      if (action.href !== undefined && !href)
        warn(`${at}.action.href`, 'not an http(s), tel: or mailto: address (left out)');
      if (action.phone !== undefined && !telHref(action.phone))
        warn(`${at}.action.phone`, 'not a phone number (left out)');
      if (!href && !(action.phone && telHref(action.phone))) delete step.action;
      else if (!action.label && !action.phone) warn(`${at}.action.label`, 'a link needs a label');
    }
    if (typeof pictogram === 'object') {
      if (!safeMediaUrl(pictogram.src)) {
        warn(`${at}.pictogram.src`, 'not an http(s) address (placeholder shown)');
        step.pictogram = '';
      } else if (!pictogram.alt)
        warn(`${at}.pictogram.alt`, 'no alt text: the picture is decorative');
    }
    steps.push(step);
  });
  if (steps.length === 0) {
    problems.push(problem('schema', 'steps: no usable step'));
    return { problems };
  }
  const route: Route & { $schema?: string } = { ...top.data, steps };
  delete route.$schema;
  return { data: route, problems };
}
