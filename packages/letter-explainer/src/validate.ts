/**
 * Checks the content with the valibot schema. Loaded after the element, in parallel with the
 * content itself: not needed up front.
 */
import { validate } from '@wegwijs/core/content/validation';
import type { Validated } from '@wegwijs/core/content/content-controller';
import { letterSchema, type LetterContent } from './schema.js';

/** Validates raw content (JSON, or what was read from the editor's markup). */
export function checkLetter(content: unknown): Validated<LetterContent> {
  return content === undefined ? { problems: [] } : validate(letterSchema, content);
}
