// @wegwijs/letter-explainer: no side effects; `@wegwijs/letter-explainer/define` registers the tag.
export { WegwijsLetterExplainer } from './letter-explainer.js';
export type { LetterEntry } from './letter-view.js';
export { WegwijsExplanationToggleEvent } from './events.js';
export {
  letterSchema,
  type AnswerKey,
  type Explanation,
  type LetterContent,
  type Region,
} from './schema.js';
export * from './deadline.js';
export { buildIcs, escapeIcsText, foldIcsLine, type IcsEvent } from './ics.js';
export { buildLetter, MARK_SELECTOR } from './letter-dom.js';
export { markupToContent } from './markup.js';
