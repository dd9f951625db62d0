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
 * The notice when the content marks the resident's language (`locale`), else `nothing`: a
 * `role="note"` in the interface language with its own `lang` and `dir`, so a screen reader
 * reads it in that voice. The sentence is the letter explainer's, word for word (the same
 * message id in every package's XLIFF, the same translations).
 */
export function machineAssistedNotice(
  content: ReviewMarks | undefined,
  locale: string,
  uiLocale: string,
  className: string,
): TemplateResult | typeof nothing {
  if (!isMachineAssisted(content, locale)) return nothing;
  return html`<p class=${className} role="note" lang=${uiLocale} dir=${directionOf(uiLocale)}>
    ${msg('Deze vertaling is gemaakt met hulp van een computer en nog niet gecontroleerd.')}
  </p>`;
}
