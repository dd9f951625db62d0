/**
 * `msg` and `str` without the rest of @lit/localize. Import them from here, not from the
 * package index: bundlers split code by file, and the index re-exports lit-localize's runtime,
 * which would then land in every widget's up-front bundle although a Dutch interface never
 * needs it (see `localization.ts`). lit-localize's extractor finds the calls by their type.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
