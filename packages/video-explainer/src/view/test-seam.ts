/**
 * The video explainer's test seam: read-only access to what a test must check but the page
 * never shows at once. It is not part of the package's API (not exported from `index.ts` nor
 * from `package.json` "exports", not a member of the element); the tests import this file
 * from the sources. Everything else a test checks through the shadow DOM, the light DOM, the
 * events and the element's public API.
 *
 * The parsed text tracks: the control bar shows only the current chapter's title, so a test
 * of a chapter file's titles (the municipality profile filled in, a cue left empty dropped)
 * reads the player's parsed cues here instead of seeking through the video.
 */
import type { Cue } from '../vtt.js';

interface ParsedTracks {
  cues(url: string | undefined): Cue[] | null | undefined;
}

const tracksByElement = new WeakMap<object, ParsedTracks>();

/** Called by the player when it is created for an element. */
export function exposeTracks(element: object, tracks: ParsedTracks): void {
  tracksByElement.set(element, tracks);
}

/**
 * A text track's cues as the element's player parsed them: undefined before the player has
 * loaded or while the track loads (asking starts the load, as the player does), null when the
 * track failed.
 */
export function parsedCues(element: object, url: string): readonly Cue[] | null | undefined {
  return tracksByElement.get(element)?.cues(url);
}
