/** The resident moved to another step (next/previous, swipe, or chose a step). */
export class WegwijsStepChangeEvent extends Event {
  static readonly eventName = 'wegwijs-step-change';
  readonly detail: { index: number };
  constructor(readonly index: number) {
    super(WegwijsStepChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { index };
  }
}

/** The resident ticked or unticked a step (stored on the device). */
export class WegwijsStepCheckEvent extends Event {
  static readonly eventName = 'wegwijs-step-check';
  readonly detail: { index: number; id: string; checked: boolean };
  constructor(
    readonly index: number,
    readonly id: string,
    readonly checked: boolean,
  ) {
    super(WegwijsStepCheckEvent.eventName, { bubbles: true, composed: true });
    this.detail = { index, id, checked };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wegwijs-step-change': WegwijsStepChangeEvent;
    'wegwijs-step-check': WegwijsStepCheckEvent;
  }
}
