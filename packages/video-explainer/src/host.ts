/**
 * What the lazily loaded parts (the player, the YouTube/Vimeo notice) may use of the element:
 * nothing more. The element builds this object itself, so none of it is public API.
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';
import type { VideoContent, VideoVersion } from './content.js';

export type VideoService = 'youtube' | 'vimeo';

/** The page locale as the views need it. */
export interface LocaleInfo {
  readonly locale: string;
  readonly uiLocale: string;
  readonly dir: 'ltr' | 'rtl';
}

export interface VideoHost extends ReactiveControllerHost {
  /** The one main video element, kept across renders and across the facade → player switch. */
  readonly video: HTMLVideoElement;
  /** The element's shadow root, to find and focus the parts it rendered. */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The version in the page language. */
  readonly version: VideoVersion | undefined;
  readonly content: {
    readonly status: string;
    readonly data?: VideoContent;
    readonly origin?: string;
  };
  /** The content as given, for the schema check. */
  readonly rawContent: unknown;
  readonly preview: boolean;
  /** Show the transcript from the start. */
  readonly transcript: boolean;
  readonly headingLevel: number;
  mode: 'full' | 'simple';
  /** Started playing (or pressed play) at least once. */
  started: boolean;
  readonly localeInfo: LocaleInfo;
  /** Services the resident agreed to, for this page view only (never stored). */
  readonly consented: Set<VideoService>;
  baseFor(origin: string): string;
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
  /** Add a lazy module's styles to the shadow root. */
  adopt(styles: CSSResult): void;
  /** Put a node into the element's light DOM (the transcript). */
  appendLight(node: Element): void;
  /** The resident pressed play (for YouTube or Vimeo: after the notice). */
  start(): void;
  dispatchEvent(event: Event): boolean;
}
