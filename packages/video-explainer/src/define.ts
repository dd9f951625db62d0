// Registers <wegwijs-video-explainer>: only the small facade. The full player is a separate
// module, loaded on first play or first interaction. Listed in package.json "sideEffects".
// It does not import '@wegwijs/core/define' on purpose: the facade needs neither the read-aloud
// nor the language-switch element (it has its own switch between versions), and each would
// cost a resident's data before the first play.
import { WegwijsVideoExplainer } from './video-explainer.js';

WegwijsVideoExplainer.define('wegwijs-video-explainer');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-video-explainer': WegwijsVideoExplainer;
  }
}

export { WegwijsVideoExplainer };
// The event classes as types: code that imports only this entry gets their event map too
// (`addEventListener` hands over the typed event, no cast).
export type { WegwijsVideoVersionChangeEvent, WegwijsVideoConsentEvent } from './events.js';
