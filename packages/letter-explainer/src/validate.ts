/**
 * Checks the content with the valibot schema. Loaded after the element, in parallel with the
 * content itself: not needed up front. Problems are in Dutch, as in the checker; the profile
 * fills {{telefoon}} and the like (an empty field leaves its sentence out).
 */
import * as v from 'valibot';
import type { Validated } from '@wegwijs/core/content/content-controller';
import { applyProfile, pageProfile, profileProblems, schemaProblems } from '@wegwijs/core/check';
import { fromCheck } from '@wegwijs/core/content/content-problem';
import { letterSchema, type LetterContent } from './schema.js';

/** Validates raw content (JSON, or what was read from the editor's markup). */
export function checkLetter(content: unknown): Validated<LetterContent> {
  if (content === undefined) return { problems: [] };
  const profile = pageProfile();
  const filled = applyProfile(content, profile);
  // Unknown fields are ignored here (warnings); the checker calls them errors.
  const problems = schemaProblems(letterSchema, filled).map((p) =>
    p.code === 'schema-unknown' ? fromCheck(p, 'content', 'warning') : fromCheck(p, 'schema'),
  );
  // The preview names each unfilled profile field (residents get the text without it).
  problems.push(
    ...profileProblems(content, profile).map((p) => fromCheck(p, 'content', 'warning')),
  );
  const result = v.safeParse(letterSchema, filled);
  return result.success ? { data: result.output, problems } : { problems };
}
