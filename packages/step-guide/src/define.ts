// Registers <wegwijs-step-guide>. Listed in package.json "sideEffects".
import { WegwijsStepGuide } from './step-guide.js';

WegwijsStepGuide.define('wegwijs-step-guide');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-step-guide': WegwijsStepGuide;
  }
}

export { WegwijsStepGuide };
