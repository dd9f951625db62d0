/**
 * What the letter view may use of the element: its public properties and the element's DOM
 * (the letter is enhanced in the light DOM). The page locale is passed beside it, so the
 * element needs no public locale member.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';

export interface LetterHost extends ReactiveControllerHost, HTMLElement {
  readonly today?: string;
  letterDate?: string;
  deadline?: string;
  readonly topic?: string;
  readonly headingLevel: number;
  readonly allowRemoteVoices: boolean;
  readonly synth?: SpeechSynthesis;
  readonly preview: boolean;
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
}

/** The page locale as the views need it: core's one type for the `localeInfo` hook. */
export type { LocaleInfo } from '@wegwijs/core';
