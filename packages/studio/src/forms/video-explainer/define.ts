// Registers <wegwijs-studio-video-explainer-form> (the shell imports this file lazily).
import { defineElement } from '@wegwijs/core/base/define-element';
import { WegwijsStudioVideoExplainerForm } from './video-explainer-form.js';

defineElement('wegwijs-studio-video-explainer-form', WegwijsStudioVideoExplainerForm);

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-video-explainer-form': WegwijsStudioVideoExplainerForm;
  }
}

export { WegwijsStudioVideoExplainerForm };
