/**
 * `@wegwijs/step-guide/check`: the route's content check (parse, validate, profile) with
 * problems in Dutch (English on request), for the CLI, the snippet builder and the tests.
 * The widget itself uses the same schema (`schema.ts`) and repairs what it can.
 */
import { createWidgetCheck } from '@wegwijs/core/check';
import { routeSchema } from './schema.js';

export const stepGuideCheck = createWidgetCheck({
  widget: 'step-guide',
  schema: routeSchema,
  shape: ['steps'],
});

export const { widget, schema, shape, validate, check, texts } = stepGuideCheck;
