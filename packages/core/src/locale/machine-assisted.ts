/**
 * Texts translated with a machine's help and not yet checked by a person: the resident is told,
 * in their own language, so that they know it may be imperfect and can ask a key person instead
 * of doubting themselves (BRIEF §6, trust). One answer and one sentence for every widget.
 *
 * The content models mark it in two shapes (Studio writes both, see its translation-review):
 * `review: { "ar": "machine-assisted" }` (step guide, question helper) and
 * `machineTranslated: ["ar"]` (letter, video). Any other `review` value ("reviewed", or a note
 * on the Dutch source such as "written for Wegwijs (B1)") is not a machine translation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './msg.js';
import { directionOf, primaryLanguage } from './locales.js';

export interface ReviewMarks {
  review?: Record<string, string>;
  machineTranslated?: readonly string[];
}

/** Whether this content marks the language (`ar`, `ar-SA`) as machine-assisted. */
export function isMachineAssisted(content: ReviewMarks | undefined, lang: string): boolean {
  const primary = primaryLanguage(lang);
  // `review` is keyed by the primary code (the schema's language codes); the list may be regional.
  return (
    content?.review?.[primary] === 'machine-assisted' ||
    !!content?.machineTranslated?.some((code) => primaryLanguage(code) === primary)
  );
}

/**
 * The note itself: a `role="note"` in the interface language (`uiLocale`) with its own `lang`
 * and `dir`, so a screen reader reads it in that voice. For a widget that decides by itself
 * when it applies (the video: the version shown; the letter: also its glossary's translation).
 * The one copy of the sentence and its translations (core's XLIFF).
 */
export function machineAssistedNote(uiLocale: string, className: string): TemplateResult {
  return html`<p class=${className} role="note" lang=${uiLocale} dir=${directionOf(uiLocale)}>
    ${msg('Deze vertaling is gemaakt met hulp van een computer en nog niet gecontroleerd.')}
  </p>`;
}

/** The note when the content marks the resident's language (`locale`), else `nothing`. */
export function machineAssistedNotice(
  content: ReviewMarks | undefined,
  locale: string,
  uiLocale: string,
  className: string,
): TemplateResult | typeof nothing {
  if (!isMachineAssisted(content, locale)) return nothing;
  return machineAssistedNote(uiLocale, className);
}
