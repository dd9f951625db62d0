// Registers <wegwijs-question-helper>. Listed in package.json "sideEffects".
import { WegwijsQuestionHelper } from './question-helper.js';

WegwijsQuestionHelper.define('wegwijs-question-helper');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-question-helper': WegwijsQuestionHelper;
  }
}

export { WegwijsQuestionHelper };
