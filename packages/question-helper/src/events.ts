import type { Answers } from './types.js';

/** What a question helper hands over to a contact finder (and to the host page). */
export interface QuestionHandover {
  /** The contact finder topics of the chosen domains (no duplicates, in the order chosen). */
  topics: string[];
  /** The language the resident wants help in. */
  language: string;
  /** Everything the resident chose (ids only; no texts). */
  answers: Answers;
}

/**
 * The resident asked to find a supporter with their question card. Cancelable: a host that
 * calls `preventDefault()` does the hand-over itself; otherwise the question helper sets the
 * `language` and `topic` attributes of the `<wegwijs-contact-finder>` it is connected to
 * (`finder="id"`, else the first one on the page) and moves focus to it.
 */
export class WegwijsQuestionHandoverEvent extends Event {
  static readonly eventName = 'wegwijs-question-handover';
  readonly detail: QuestionHandover;
  constructor(detail: QuestionHandover) {
    super(WegwijsQuestionHandoverEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wegwijs-question-handover': WegwijsQuestionHandoverEvent;
  }
}
