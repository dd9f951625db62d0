/** Fired when an explanation in the letter opens or closes. */
export class WegwijsExplanationToggleEvent extends Event {
  static readonly eventName = 'wegwijs-explanation-toggle';
  constructor(
    /** The explanation's id (or glossary term id). */
    readonly explanation: string,
    readonly open: boolean,
  ) {
    super(WegwijsExplanationToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wegwijs-explanation-toggle': WegwijsExplanationToggleEvent;
  }
}
