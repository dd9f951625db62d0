// @wegwijs/question-helper: exports only; `@wegwijs/question-helper/define` registers the tag.
export { WegwijsQuestionHelper, STORAGE_PREFIX, STEPS } from './question-helper.js';
export { WegwijsQuestionHandoverEvent } from './events.js';
export { readMarkup } from './markup.js';
export { FINDER_TOPICS } from './topics.js';
export type { QuestionHandover } from './events.js';
export type {
  Answers,
  Channel,
  Deadline,
  Domain,
  DomainLink,
  HelpLanguage,
  QuestionSet,
  Statement,
  Supporter,
} from './types.js';
