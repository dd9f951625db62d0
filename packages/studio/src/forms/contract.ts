/**
 * The contract between Studio's shell and a widget's form.
 *
 * Each widget has one form element, `<wegwijs-studio-<widget>-form>`, in
 * `src/forms/<widget>/`. The shell owns everything around the form (the profile, languages
 * overview, live preview, checks, drafts, import/export, output); the form owns only the
 * editing of one content object, in the shape of that widget's content model (the same
 * object its `src` JSON file holds, validated by the widget's own check).
 *
 * - `content`: property set by the shell (the whole content object; the form never mutates it
 *   in place, it emits a new object).
 * - `languages`: property set by the shell: the content languages the editor works in, Dutch
 *   first (e.g. `['nl', 'ar']`); the form shows each text's other languages beside the Dutch.
 * - `problems`: property set by the shell: the widget check's problems (Dutch messages, each
 *   with its `path`), which the form shows next to the field they concern.
 * - Event `wegwijs-studio-content-change` (bubbles, composed) with `detail.content`: fired on
 *   every edit with the new content object.
 */
export interface StudioProblem {
  /** Where in the content object, e.g. `steps.2.title.ar`. */
  path: string;
  /** In Dutch, for the editor. */
  message: string;
  severity: 'error' | 'warning';
}

export interface StudioForm<Content = unknown> extends HTMLElement {
  content: Content;
  languages: string[];
  problems: StudioProblem[];
}

export const CONTENT_CHANGE = 'wegwijs-studio-content-change';

export class StudioContentChangeEvent<Content = unknown> extends CustomEvent<{
  content: Content;
}> {
  constructor(content: Content) {
    super(CONTENT_CHANGE, { detail: { content }, bubbles: true, composed: true });
  }
}
