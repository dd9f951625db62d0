/**
 * Checks the content with the valibot schema. Loaded after the element, in parallel with the
 * content itself: not needed up front. Problems are in Dutch, as in the checker; the profile
 * fills {{telefoon}} and the like (an empty field leaves its sentence out).
 */
import * as v from 'valibot';
import type { Validated } from '@wegwijs/core/content/content-controller';
import { applyProfile, pageProfile, problemLine, schemaProblems } from '@wegwijs/core/check';
import { letterSchema, type LetterContent } from './schema.js';

/** Validates raw content (JSON, or what was read from the editor's markup). */
export function checkLetter(content: unknown): Validated<LetterContent> {
  if (content === undefined) return { problems: [] };
  const filled = applyProfile(content, pageProfile());
  // Unknown fields are ignored here (warnings); the checker calls them errors.
  const problems = schemaProblems(letterSchema, filled).map((p) => ({
    code: p.code === 'schema-unknown' ? ('content' as const) : ('schema' as const),
    severity: p.code === 'schema-unknown' ? ('warning' as const) : ('error' as const),
    path: p.path || undefined,
    message: problemLine(p),
  }));
  const result = v.safeParse(letterSchema, filled);
  return result.success ? { data: result.output, problems } : { problems };
}
