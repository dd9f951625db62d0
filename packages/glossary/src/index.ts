export type {
  GlossaryContext,
  GlossaryLocale,
  GlossaryPictogram,
  GlossaryTerm,
  GlossaryTopic,
  GlossaryTranslation,
} from './types.js';
export { glossaryTerms } from './terms.js';
export { findTerm, findTermsInText, getTerm, normalizeTermText } from './match.js';
export type { GlossaryMatch } from './match.js';
export { glossaryLocales, loadGlossaryLocale } from './load.js';
export type { GlossaryLocaleCode } from './load.js';
