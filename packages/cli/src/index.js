/**
 * @wegwijs/cli core: everything `wegwijs check` does, as plain ES modules without Node APIs,
 * so a browser page (snippet builder) can use it too. Node-only parts live in bin/wegwijs.mjs.
 */
export { checkContent } from './check.js';
export { createFetchIO } from './fetch-io.js';
export { formatHuman, toJsonReport, JSON_REPORT_VERSION } from './format.js';
export { detectWidget, SHAPES, WIDGETS } from './detect.js';
export { validateWithSchema } from './schema.js';
export { findTexts, missingTranslations, dutchTexts, TEXT_KEYS } from './texts.js';
export { findMediaRefs, MEDIA_EXTENSIONS } from './media.js';
export { checkVtt } from './vtt.js';
export { checkContactsCsv, CHECKS } from './widgets.js';
export { readability, stripRichText, sentences, words, B1 } from './readability.js';
export { countSyllables, VOWEL_GROUPS } from './syllables.js';
export { formatPath } from './json-path.js';
export { message, MESSAGES } from './messages.js';
