import { WegwijsStudioQuestionHelperForm } from './question-helper-form.js';

if (!customElements.get('wegwijs-studio-question-helper-form'))
  customElements.define('wegwijs-studio-question-helper-form', WegwijsStudioQuestionHelperForm);

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-question-helper-form': WegwijsStudioQuestionHelperForm;
  }
}
