// @wegwijs/core: shared by every Wegwijs widget. No side effects: tags are registered by
// `@wegwijs/core/define`. Kept small on purpose: with code splitting, a bundler puts what an
// index re-exports up front, so code that widgets load lazily has its own entry:
//   @wegwijs/core/validation      validate(), localizedTextSchema (valibot)
//   @wegwijs/core/read-aloud      ReadAloudController, WegwijsReadAloud, pickVoice
//   @wegwijs/core/language-switch WegwijsLanguageSwitch, endonym()
//   @wegwijs/core/define-lazy     defineCoreElements(): registers both buttons from a lazy chunk
//   @wegwijs/core/rich-text       renderRichText(), markupToRichText(): the safe markup subset
//   @wegwijs/core/locale/missing-language  the notice when content lacks the reader's language
export { VERSION } from './version.js';
export { WegwijsElement } from './base/wegwijs-element.js';
export { baseStyles } from './base/wegwijs-element.styles.js';
export { defineElement, type VersionedElement } from './base/define-element.js';
export { tokens } from './theme/tokens.js';

export {
  SOURCE_LOCALE,
  TARGET_LOCALES,
  UI_LOCALES,
  directionOf,
  isRtl,
  matchUiLocale,
  normaliseLocale,
  primaryLanguage,
} from './locale/locales.js';
export {
  getPageDir,
  getPageLocale,
  getPageUiLocale,
  initPageLocale,
  onPageLocaleChange,
  resolveInitialLocale,
  setPageLocale,
} from './locale/page-locale.js';
export { activeUiLocale, registerCatalog, type CatalogLoader } from './locale/localization.js';
export { LocaleController, type LocaleInfo } from './locale/locale-controller.js';
export { WegwijsLocaleChangeEvent } from './locale/locale-change-event.js';

export {
  isLocalizedText,
  languagesOf,
  resolveText,
  type LocalizedText,
  type ResolvedText,
} from './content/localized-text.js';
export {
  problem,
  coded,
  fromCheck,
  problemText,
  type ContentProblem,
} from './content/content-problem.js';
export type { ValidationResult } from './content/validation.js';
export {
  fetchContent,
  parseJson,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type FetchOptions,
} from './content/fetch-content.js';
export {
  ContentController,
  type ContentHost,
  type ContentOptions,
  type ContentOrigin,
  type ContentStatus,
  type Validated,
} from './content/content-controller.js';
export { safeMediaUrl, safeUrl, telHref } from './content/safe-url.js';
export type { Block, Inline } from './content/rich-text.js';

export {
  STORAGE_KEYS,
  readDevice,
  readDeviceJson,
  writeDevice,
  writeDeviceJson,
} from './storage/device-storage.js';

export type {
  ReadAloudItem,
  ReadAloudOptions,
  ReadAloudState,
} from './read-aloud/read-aloud-controller.js';
