/** Fired when the shown language version changes (the resident chose another language). */
export class WegwijsVideoVersionChangeEvent extends Event {
  static readonly eventName = 'wegwijs-video-version-change';
  constructor(readonly lang: string) {
    super(WegwijsVideoVersionChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the resident agreed to load a video from YouTube or Vimeo (by pressing play after
 * the notice). Nothing is requested from that service before this event.
 */
export class WegwijsVideoConsentEvent extends Event {
  static readonly eventName = 'wegwijs-video-consent';
  constructor(readonly service: 'youtube' | 'vimeo') {
    super(WegwijsVideoConsentEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wegwijs-video-version-change': WegwijsVideoVersionChangeEvent;
    'wegwijs-video-consent': WegwijsVideoConsentEvent;
  }
}
