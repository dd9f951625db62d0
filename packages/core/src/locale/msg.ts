/**
 * `msg` and `str` without the rest of @lit/localize. Import them from here, not from the
 * package index: bundlers split code by file, and the index re-exports lit-localize's runtime,
 * which would then land in every widget's up-front bundle although a Dutch interface never
 * needs it (see `localization.ts`). lit-localize's extractor finds the calls by their type.
 *
 * Kept, measured (issue 25, `node packages/bench/budgets.mjs` on the CDN build): with
 * `export { msg, str } from '@lit/localize'` instead, every widget's first download grows by
 * 0.82 kB brotli (step guide 30.40 → 31.22 kB, over its 30.5 kB ceiling; all four 66.01 →
 * 66.83 kB), since @lit/localize declares no `sideEffects` and its index pulls in the runtime.
 * `internal/str-tag.js` is a deep import: check it when upgrading @lit/localize.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
