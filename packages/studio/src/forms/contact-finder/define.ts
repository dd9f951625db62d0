// Registers <wegwijs-studio-contact-finder-form> (the shell imports this file lazily).
import { defineElement } from '@wegwijs/core/base/define-element';
import { WegwijsStudioContactFinderForm } from './contact-finder-form.js';

defineElement('wegwijs-studio-contact-finder-form', WegwijsStudioContactFinderForm);

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-contact-finder-form': WegwijsStudioContactFinderForm;
  }
}

export { WegwijsStudioContactFinderForm };
