// Registers <wegwijs-letter-explainer>. Listed in package.json "sideEffects".
//
// Loaded up front: Lit, core's base element and what the first view of a text letter needs.
// Fetched as soon as the element is created, in parallel with its content (as in the other
// widgets): the content check (valibot + the schema); the markup reader only for a letter
// given as markup. After the first view: the
// explanations' toggles, the glossary, the deadline, read aloud (with core's read-aloud and
// language-switch elements), the image mode, pictograms, the .ics builder and UI strings per
// language. Until the letter is ready, the editor's markup shows as plain HTML: the letter
// is readable without (or before) our JavaScript.
import { WegwijsLetterExplainer } from './letter-explainer.js';

export const TAG = 'wegwijs-letter-explainer';

WegwijsLetterExplainer.define(TAG);

/** Resolves with the element class once the tag is registered (it is, at once). */
export const defined: Promise<typeof WegwijsLetterExplainer> =
  Promise.resolve(WegwijsLetterExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-letter-explainer': WegwijsLetterExplainer;
  }
}
// The event classes as types: code that imports only this entry gets their event map too
// (`addEventListener` hands over the typed event, no cast).
export type { WegwijsExplanationToggleEvent } from './events.js';
