/**
 * What the contact finder's views (view/*.ts) get from the element: a snapshot of its state
 * for this render and the actions they may call. The element builds it (see `view()` in
 * contact-finder.ts), so none of its state is public API.
 */
import type { LocaleInfo } from '@wegwijs/core';
import type { Pictogram } from '@wegwijs/pictograms';
import type { Clock } from './hours.js';
import type { ContactIndex, IndexResult } from './index/contact-index.js';
import type { Shared } from './view/share-button.js';
import type { Contact, Filters } from './types.js';

export interface ContactFinderHost {
  /** Prefix of the ids in the finder. */
  readonly id: string;
  readonly filters: Filters;
  readonly index: ContactIndex;
  readonly result: IndexResult;
  readonly helpline?: Contact;
  readonly pictograms: ReadonlyMap<string, Pictogram>;
  /** How many contacts are shown ("show more" adds a page). */
  readonly shown: number;
  /**
   * How many of the shown contacts are in the list yet: cards new to the list are added a few
   * per frame after the first (see contact-finder.ts, issue 23); all of them once updated.
   */
  readonly built: number;
  /** The cards of this update, each made once and reused while the others are added. */
  readonly cards: unknown[];
  /** Heading level of each contact's name (2–5). */
  readonly level: number;
  /** The page locale: core's `localeInfo` hook, as in the other widgets. */
  readonly localeInfo: LocaleInfo;
  readonly clock: Clock;
  /** "Gevonden: 12" in the interface language. */
  readonly count: string;
  /** The postcode is valid but not in the municipality's area. */
  readonly outside: boolean;
  onInput(event: Event): void;
  widen(changes: Partial<Filters>): void;
  showMore(): void;
  saveCard(contact: Contact): void;
  /** What was just shared, for the visible confirmation. */
  readonly shared?: Shared;
  onShare(key: string, contact?: Contact): void;
}
