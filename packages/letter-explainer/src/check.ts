/**
 * `@wegwijs/letter-explainer/check`: the letter content's check (parse, validate, profile) with
 * problems in Dutch (English on request), for the CLI, the snippet builder and the tests.
 */
import { createWidgetCheck } from '@wegwijs/core/check';
import { letterSchema } from './schema.js';

export const letterExplainerCheck = createWidgetCheck({
  widget: 'letter-explainer',
  schema: letterSchema,
  shape: ['answers', 'letter'],
});

export const { widget, schema, shape, validate, check, texts } = letterExplainerCheck;
