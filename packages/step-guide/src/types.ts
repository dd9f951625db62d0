import type { LocalizedText } from '@wegwijs/core';

/** A picture of your own instead of a built-in pictogram: an image or SVG file with alt text. */
export interface StepImage {
  /** http(s) address of the image (SVG, PNG, WebP…). */
  src: string;
  /** What the picture shows; without it the picture is decorative. */
  alt?: LocalizedText;
}

/** What the resident can do now: open a link or call a number. */
export interface StepAction {
  /** The words on the link, e.g. "Bel het Wmo-loket". */
  label?: LocalizedText;
  /** An http(s), tel: or mailto: address. */
  href?: string;
  /** A phone number as people write it, e.g. "020 123 45 67"; shown left-to-right, also in RTL. */
  phone?: string;
}

/** How a step relates to the next one (as GOV.UK): do both, or choose one. */
export type StepRelation = 'and' | 'or';
/** A step's status as the municipality sets it (checkmarks by the resident add `done`). */
export type StepStatus = 'done' | 'current' | 'attention';

export interface Step {
  /** Stable id, used for the checkmarks stored on the device (default: the position). */
  id?: string;
  title: LocalizedText;
  /** Plain text with the safe markup subset: **bold**, "- " lists, [links](https://…). */
  text?: LocalizedText;
  /** A built-in pictogram name (`phone`) or an image of your own. */
  pictogram?: string | StepImage;
  /** A recorded audio file per language (played before any synthetic voice). */
  audio?: LocalizedText;
  /** What to bring: a checklist. */
  bring?: LocalizedText[];
  /** A call to action. */
  action?: StepAction;
  /** The relation to the next step. */
  next?: StepRelation;
  status?: StepStatus;
}

export interface Route {
  /** Names the route; keys the checkmarks stored on the device. */
  id?: string;
  /** The language of plain-string texts (default `nl`). */
  lang?: string;
  /** A name for the list of steps (its accessible name). */
  title?: LocalizedText;
  /** Translation status per language, e.g. `{ "ar": "machine-assisted" }`. */
  review?: Record<string, string>;
  steps: Step[];
}
