/**
 * Fired on `window` whenever the page-wide Wegwijs locale changes, by any Wegwijs bundle
 * on the page (two bundles of different versions follow each other through this event).
 */
export class WegwijsLocaleChangeEvent extends Event {
  static readonly eventName = 'wegwijs-locale-change';
  constructor(
    readonly locale: string,
    readonly dir: 'ltr' | 'rtl',
    readonly uiLocale: string,
  ) {
    super(WegwijsLocaleChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface WindowEventMap {
    'wegwijs-locale-change': WegwijsLocaleChangeEvent;
  }
  interface GlobalEventHandlersEventMap {
    'wegwijs-locale-change': WegwijsLocaleChangeEvent;
  }
}
