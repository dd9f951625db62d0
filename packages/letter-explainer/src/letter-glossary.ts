/**
 * The glossary and the letter's text, loaded together after the first render: the letter's
 * own explanations show at once; glossary terms are added (and numbered) when this arrives,
 * with the glossary section (WCAG 3.1.3).
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { findTerm, findTermsInText, getTerm, type GlossaryMatch } from '@wegwijs/glossary';
import { letterText, nodeAt, segments } from './letter-text.js';
import { resolveText } from '@wegwijs/core/content/localized-text';
import { same } from './letter-dom.js';
import { compareTerms } from './term-order.js';
import { tag } from './letter-explainer.styles.js';
import type { LetterView } from './letter-view.js';
import type { LetterContent } from './schema.js';
import type { LetterEntry } from './view/letter-index.js';

export { findTerm, getTerm, loadGlossaryLocale } from '@wegwijs/glossary';

/** Where no automatic mark goes: the editor's marks, links, controls and `data-no-term`. */
const NO_AUTO_MARK =
  'a, button, input, select, textarea, label, code, [data-explain], [data-term], dfn, mark, [data-no-term], .wegwijs-letter-explainer__tip';

/**
 * The glossary ids the editor took out (`skipTerms` in JSON, `data-skip-terms` on the letter;
 * ids or Dutch words): neither marked in the letter nor listed in the glossary.
 */
export function skippedTerms(letter: HTMLElement | undefined, skip: readonly string[] = []) {
  return new Set(
    [...skip, ...(letter?.dataset['skipTerms'] ?? '').split(/[,;]/)]
      .map((word) => word.trim())
      .filter(Boolean)
      .map((word) => getTerm(word)?.id ?? findTerm(word)?.id ?? word),
  );
}

/**
 * Marks glossary terms in the letter's text as the editor would (`<span data-term="id">`): the
 * first occurrence of each term per paragraph, never inside the editor's own marks, links or
 * controls, and not the terms in `skip` (ids or Dutch words). Returns the number of marks.
 */
export function markTerms(letter: HTMLElement, skip: readonly string[]): number {
  if (letter.dataset['autoTerms'] === 'off') return 0;
  const skipped = skippedTerms(letter, skip);
  let count = 0;
  for (const segment of segments(letter)) {
    const seen = new Set<string>();
    const chosen: { id: string; node: Text; start: number; length: number }[] = [];
    for (const match of findTermsInText(segment.text)) {
      const id = match.term.id;
      if (seen.has(id) || skipped.has(id)) continue;
      const hit = nodeAt(segment, match.index);
      if (!hit) continue;
      const start = match.index - hit.start;
      // A term across two text nodes ("bezwaar <b>maken</b>") is left as it is.
      if (start + match.length > hit.node.length) continue;
      // A term the editor marked counts as explained in this paragraph.
      if (hit.node.parentElement?.closest(NO_AUTO_MARK)) {
        seen.add(id);
        continue;
      }
      seen.add(id);
      chosen.push({ id, node: hit.node, start, length: match.length });
    }
    // From the end, so splitting a text node keeps the earlier offsets valid.
    for (const { id, node, start, length } of chosen.reverse()) {
      const word = node.splitText(start);
      word.splitText(length);
      const mark = document.createElement('span');
      mark.dataset['term'] = id;
      mark.dataset['auto'] = '';
      word.replaceWith(mark);
      mark.append(word);
      count++;
    }
  }
  return count;
}

const glossaryCss = css`
  ${tag} dl.wegwijs-letter-explainer__gl dt {
    font-weight: 700;
    margin-block-start: 0.75rem;
  }
  ${tag} dl.wegwijs-letter-explainer__gl dd {
    margin-inline-start: 0;
  }
`;

/** The glossary (`<dl>` with `<dfn>`): the content's terms and glossary terms in the letter. */
export function glossaryTemplate(view: LetterView): TemplateResult | typeof nothing {
  adoptLightStyles(view.host, lightStyleSheet(glossaryCss.cssText));
  const glossary = glossaryEntries(view);
  return glossary.length
    ? html`<section class="wegwijs-letter-explainer__box" aria-labelledby="${view.uid}-g">
        ${view.heading(msg('Woordenlijst'), view.host.headingLevel, `${view.uid}-g`)}
        <dl class="wegwijs-letter-explainer__gl">
          ${glossary.map((entry) => {
            const { text, gloss, lang, dir } = view.explain(entry);
            return html`<dt>
                <dfn lang=${view.contentLang} dir="ltr">${entry.term}</dfn>${
                  gloss ? html` <span lang=${lang} dir=${dir}>(${gloss})</span>` : nothing
                }
              </dt>
              <dd lang=${text?.lang ?? nothing} dir=${text?.dir ?? nothing}>${text?.text}</dd>`;
          })}
        </dl>
      </section>`
    : nothing;
}

/** Terms for the glossary: the content's terms and glossary terms found in the letter. */
export function glossaryEntries(view: LetterView): LetterEntry[] {
  const out: LetterEntry[] = [];
  const add = (entry: LetterEntry) => {
    if (
      !out.some(
        (e) => same(e.term, entry.term) || (entry.glossaryId && e.glossaryId === entry.glossaryId),
      )
    ) {
      out.push(entry);
    }
  };
  for (const entry of view.entries) {
    const own = view.data?.explanations?.find((e) => e.id === entry.key);
    if (own?.term || entry.glossaryId) {
      const term = entry.glossaryId && !own?.term ? getTerm(entry.glossaryId)?.term : undefined;
      add({ ...entry, term: own?.term ?? term ?? entry.term });
    }
  }
  for (const match of termsInLetter(view)) {
    add({ n: 0, key: match.term.id, term: match.term.term, glossaryId: match.term.id });
  }
  return out.sort((a, b) => compareTerms(a.term, b.term));
}

/**
 * The glossary terms in the letter's text, found once per content: the glossary section is
 * rendered with every update of the widget (each pictogram, the language), while the letter's
 * text changes only with new content (its marks and numbers are not its text).
 */
const termsFound = new WeakMap<
  LetterView,
  { data?: LetterContent; letter?: HTMLElement; found: GlossaryMatch[] }
>();

function termsInLetter(view: LetterView): GlossaryMatch[] {
  const { data, letterEl } = view;
  const cached = termsFound.get(view);
  if (cached && cached.data === data && cached.letter === letterEl) return cached.found;
  const text = letterEl
    ? letterText(letterEl)
    : (data?.image?.regions ?? []).map((r) => resolveText(r.text, 'nl')?.text).join('\n');
  // Terms the editor removed stay out of the list too, as they stay out of the letter.
  const skipped = skippedTerms(letterEl, data?.skipTerms);
  const found = findTermsInText(text).filter((match) => !skipped.has(match.term.id));
  termsFound.set(view, { data, letter: letterEl, found });
  return found;
}
