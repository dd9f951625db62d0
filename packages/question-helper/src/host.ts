/**
 * What the helper's view (view.ts, later-steps.ts, view/*.ts, handover.ts, pictogram-loader.ts)
 * may use of the element. The element builds this object itself, so none of its state is
 * public API.
 */
import type { LocaleInfo } from '@wegwijs/core';
import type { ReactiveControllerHost } from 'lit';
import type { ContentProblem } from '@wegwijs/core';
import type { Pictogram } from '@wegwijs/pictograms';
import type { Answers, QuestionSet } from './types.js';

/** The page locale as the views need it: core's one type for the `localeInfo` hook. */
export type { LocaleInfo };

export interface QuestionHost extends ReactiveControllerHost {
  /** The question set shown. */
  readonly set?: QuestionSet;
  /** What the resident chose. */
  readonly answers: Answers;
  /** The step shown (index into STEPS) and its name. */
  readonly step: number;
  readonly stepName: string;
  /** The resident chose "remember on this phone". */
  readonly remembered: boolean;
  /** The card is shown full screen. */
  readonly full: boolean;
  /** A status message (copied, cleared…). */
  readonly said: string;
  /** What is missing before the next step ("choose at least one"). */
  readonly error: string;
  /** Prefix of the ids in the helper. */
  readonly uid: string;
  /** The heading level of the step titles (2–5). */
  readonly level: number;
  /** The id of the contact finder to hand over to (`finder` attribute). */
  readonly finder?: string;
  readonly synth?: SpeechSynthesis;
  /** Loaded pictograms (`null`: not a built-in name). */
  readonly pictograms: Map<string, Pictogram | null>;
  readonly localeInfo: LocaleInfo;
  setAnswers(changes: Partial<Answers>): void;
  go(step: number): void;
  remember(on: boolean): void;
  clear(): void;
  /** Announce a status message (an empty string clears it). */
  say(text: string): void;
  /** Show what is missing before the next step and move focus to it; `''` clears it. */
  showError(text: string): void;
  /** Show the card full screen, or stop. */
  setFull(on: boolean): void;
  /** The element's light DOM (the rendered helper) and its place in the page. */
  querySelector<E extends Element = Element>(selectors: string): E | null;
  getRootNode(): Node;
  dispatchEvent(event: Event): boolean;
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
}
