/**
 * `@wegwijs/video-explainer/check`: the video content's check (parse, validate, profile) with
 * problems in Dutch (English on request), for the CLI, the snippet builder and the tests.
 */
import { createWidgetCheck } from '@wegwijs/core/check';
import { videoContentSchema } from './schema.js';

export const videoExplainerCheck = createWidgetCheck({
  widget: 'video-explainer',
  schema: videoContentSchema,
  shape: ['versions'],
});

export const { widget, schema, shape, validate, check, texts } = videoExplainerCheck;

/** The one WebVTT reader (the player's): the CLI checks caption files with it. */
export { readVtt, type VttIssue } from './vtt.js';
