// Registers <wegwijs-studio-letter-explainer-form> (the shell imports this file lazily).
import { defineElement } from '@wegwijs/core/base/define-element';
import { WegwijsStudioLetterExplainerForm } from './letter-explainer-form.js';

defineElement('wegwijs-studio-letter-explainer-form', WegwijsStudioLetterExplainerForm);

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-letter-explainer-form': WegwijsStudioLetterExplainerForm;
  }
}

export { WegwijsStudioLetterExplainerForm };
