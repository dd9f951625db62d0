/**
 * What the guide's view (view/guide-view.ts, view/missing-language.ts, pictogram-loader.ts) may use of
 * the element. The element builds this object itself, so none of its state is public API.
 */
import type { LocaleInfo } from '@wegwijs/core';
import type { Pictogram } from '@wegwijs/pictograms';
import type { ContentProblem } from '@wegwijs/core';
import type { Route, Step } from './types.js';

export type View = 'all' | 'one';

/** The page locale as the views need it: core's one type for the `localeInfo` hook. */
export type { LocaleInfo };

export interface GuideHost {
  readonly route?: Route;
  /** The open steps (all-steps view). */
  readonly open: ReadonlySet<number>;
  /** The ids of the ticked steps. */
  readonly checked: ReadonlySet<string>;
  /** The browser is printing. */
  readonly printing: boolean;
  /** A status message (after resetting the checkmarks). */
  readonly said: string;
  /** Prefix of the ids in the guide. */
  readonly uid: string;
  /** Loaded pictograms (`null`: not a built-in name). */
  readonly pictograms: Map<string, Pictogram | null>;
  readonly localeInfo: LocaleInfo;
  readonly currentView: View;
  readonly activeStep: number;
  readonly headingLevel: number;
  readonly hideLanguageSwitch: boolean;
  readonly print: boolean;
  stepId(step: Step, index: number): string;
  getRootNode(): Node;
  go(index: number): void;
  setView(view: View, focus?: boolean): void;
  /** Open or close step `index` (all-steps view). */
  toggle(index: number): void;
  /** Open all steps, or close them all when all are open. */
  toggleAll(): void;
  setChecked(index: number, checked: boolean): void;
  resetProgress(): void;
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
  requestUpdate(): void;
}
