/**
 * The steps after the first screen: the statements, "how do you want help" and the card (with
 * print, share, copy and the hand-over to a contact finder), and their styles. Only these need
 * this code, so the view (view.ts) fetches it right after the first screen has rendered
 * (later-steps-loader.ts) instead of before it: the first screen downloads less.
 */
import { adoptLightStyles } from '@wegwijs/core/light-dom/light-styles';
import type { QuestionHost } from './host.js';
import type { QuestionSet } from './types.js';
import { laterStepStyles } from './later-steps.styles.js';
import { renderCard } from './view/card.js';
import { renderHow } from './view/how.js';
import { renderStatements } from './view/statements.js';

/** Adopt the later steps' stylesheet once into the document (or shadow root) of `host`. */
export function adoptLaterStyles(host: Node): void {
  adoptLightStyles(host, laterStepStyles.styleSheet);
}

/** The body of step 1, 2 or 3 (statements, how, card). */
export function renderLaterStep(h: QuestionHost, set: QuestionSet, step: number) {
  return step === 1
    ? renderStatements(h, set)
    : step === 2
      ? renderHow(h, set)
      : renderCard(h, set);
}
