import type { Filters } from './types.js';

/** Fired when the resident (or a preset) changes the filters; `total` is the number found. */
export class WegwijsContactFilterEvent extends Event {
  static readonly eventName = 'wegwijs-contact-filter';
  constructor(
    readonly filters: Readonly<Filters>,
    readonly total: number,
  ) {
    super(WegwijsContactFilterEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wegwijs-contact-filter': WegwijsContactFilterEvent;
  }
}
