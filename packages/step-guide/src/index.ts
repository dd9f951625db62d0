// @wegwijs/step-guide: exports only; `@wegwijs/step-guide/define` registers the tag.
export { WegwijsStepGuide, STORAGE_PREFIX } from './step-guide.js';
export { WegwijsStepChangeEvent, WegwijsStepCheckEvent } from './events.js';
export { readMarkup } from './markup.js';
export type { Route, Step, StepAction, StepImage, StepRelation, StepStatus } from './types.js';
