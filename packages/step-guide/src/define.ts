// Registers <wegwijs-step-guide>. Listed in package.json "sideEffects".
import { WegwijsStepGuide } from './step-guide.js';

WegwijsStepGuide.define('wegwijs-step-guide');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-step-guide': WegwijsStepGuide;
  }
}

export { WegwijsStepGuide };
// The event classes as types: code that imports only this entry gets their event map too
// (`addEventListener` hands over the typed event, no cast).
export type { WegwijsStepChangeEvent, WegwijsStepCheckEvent } from './events.js';
