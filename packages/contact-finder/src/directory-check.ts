/**
 * The contact list's check for JSON content (no CSV, so no papaparse): `check.ts` adds the
 * spreadsheet export on top.
 */
import { createWidgetCheck } from '@wegwijs/core/check';
import { directorySchema } from './schema.js';

export const contactFinderCheck = createWidgetCheck({
  widget: 'contact-finder',
  schema: directorySchema,
  shape: ['contacts'],
});
