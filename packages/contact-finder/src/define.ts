// Registers <wegwijs-contact-finder>. Listed in package.json "sideEffects".
import { WegwijsContactFinder } from './contact-finder.js';

WegwijsContactFinder.define('wegwijs-contact-finder');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-contact-finder': WegwijsContactFinder;
  }
}

export { WegwijsContactFinder };
// The event classes as types: code that imports only this entry gets their event map too
// (`addEventListener` hands over the typed event, no cast).
export type { WegwijsContactFilterEvent } from './filter-event.js';
