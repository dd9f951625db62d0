/**
 * What the lazily loaded parts (the player, the YouTube/Vimeo notice) may use of the element:
 * `VideoHost`, a part of its public API (the element itself is passed), and `VideoHooks`, an
 * object the element builds with the few private things they need, so none of those is public.
 */
import type { LocaleInfo } from '@wegwijs/core';
import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';
import type { VideoContent, VideoVersion } from './content.js';

export type VideoService = 'youtube' | 'vimeo';

/** The page locale as the views need it: core's one type for the `localeInfo` hook. */
export type { LocaleInfo };

export interface VideoHost extends ReactiveControllerHost {
  /** The element's shadow root, to find and focus the parts it rendered. */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The version in the page language. */
  readonly version: VideoVersion | undefined;
  readonly content: {
    readonly status: string;
    readonly data?: VideoContent;
    readonly origin?: string;
  };
  readonly preview: boolean;
  /** Show the transcript from the start. */
  readonly transcript: boolean;
  readonly headingLevel: number;
  mode: 'full' | 'simple';
  baseFor(origin: string): string;
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
  dispatchEvent(event: Event): boolean;
}

/** The element's private state and actions that its lazy parts need. */
export interface VideoHooks {
  /** Started playing (or pressed play) at least once. */
  started: boolean;
  /** The one main video element, kept across renders and across the facade → player switch. */
  readonly video: HTMLVideoElement;
  /** The content as given, for the schema check. */
  readonly rawContent: unknown;
  readonly localeInfo: LocaleInfo;
  /** Services the resident agreed to, for this page view only (never stored). */
  readonly consented: Set<VideoService>;
  /** Add a lazy module's styles to the shadow root. */
  adopt(styles: CSSResult): void;
  /** Put a node into the element's light DOM (the transcript). */
  appendLight(node: Element): void;
  /** The resident pressed play (for YouTube or Vimeo: after the notice). */
  start(): void;
}
