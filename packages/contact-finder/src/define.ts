// Registers <wegwijs-contact-finder>. Listed in package.json "sideEffects".
import { WegwijsContactFinder } from './contact-finder.js';

WegwijsContactFinder.define('wegwijs-contact-finder');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-contact-finder': WegwijsContactFinder;
  }
}

export { WegwijsContactFinder };
