import { WegwijsStudioStepGuideForm } from './step-guide-form.js';

if (!customElements.get('wegwijs-studio-step-guide-form'))
  customElements.define('wegwijs-studio-step-guide-form', WegwijsStudioStepGuideForm);

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-step-guide-form': WegwijsStudioStepGuideForm;
  }
}
