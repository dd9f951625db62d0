// Registers <wegwijs-question-helper>. Listed in package.json "sideEffects".
import { WegwijsQuestionHelper } from './question-helper.js';

WegwijsQuestionHelper.define('wegwijs-question-helper');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-question-helper': WegwijsQuestionHelper;
  }
}

export { WegwijsQuestionHelper };
// The event classes as types: code that imports only this entry gets their event map too
// (`addEventListener` hands over the typed event, no cast).
export type { WegwijsQuestionHandoverEvent } from './events.js';
