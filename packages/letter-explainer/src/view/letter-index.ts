/**
 * The letter's marks and their numbered explanations: each marked passage (or image region)
 * is matched with the content's explanation or a glossary term, numbered in reading order,
 * and turned into a button once.
 */
import { coded, type ContentProblem } from '@wegwijs/core/content/content-problem';
import { resolveText, type LocalizedText } from '@wegwijs/core/content/localized-text';
import type { LetterContent } from '../schema.js';
import { MARK_SELECTOR, markKey, same, wrapMark } from '../letter-dom.js';

/** One numbered explanation: of a marked passage, a term or an image region. */
export interface LetterEntry {
  n: number;
  key: string;
  /** The Dutch words as in the letter. */
  term: string;
  text?: LocalizedText;
  glossaryId?: string;
}

/** A marked passage's button and its open explanation. */
export interface Occurrence {
  entry: LetterEntry;
  button: HTMLButtonElement;
  tip?: HTMLElement;
}

/** The glossary as far as the index needs it (loaded after the first render). */
interface Terms {
  getTerm(id: string): { id: string; term: string } | undefined;
  findTerm(text: string): { id: string; term: string } | undefined;
}

interface Mark {
  key: string;
  byTerm: boolean;
  shown: string;
  button?: HTMLButtonElement;
}

export class LetterIndex {
  /** The numbered explanations, in reading order. */
  entries: LetterEntry[] = [];
  readonly occurrences = new Map<HTMLButtonElement, Occurrence>();
  readonly #marks = new Map<Element, Mark>();

  /** A new letter: forget the old one's marks and buttons. */
  clear(): void {
    this.#marks.clear();
    this.occurrences.clear();
  }

  /**
   * Numbers the explanations in reading order and turns marked passages into buttons (once;
   * a second pass, with the glossary, adds its terms and renumbers). Returns the unknown
   * marks, for the editor.
   */
  build(
    data: LetterContent,
    letter: HTMLElement | undefined,
    glossary: Terms | undefined,
    ids: string,
    onToggle: (button: HTMLButtonElement) => void,
  ): ContentProblem[] {
    this.entries = [];
    const problems: ContentProblem[] = [];
    if (data.image) {
      data.image.regions.forEach((region, index) => {
        const entry = this.#entryFor(
          data,
          glossary,
          region.explain,
          false,
          resolveText(region.text, 'nl')?.text ?? '',
        );
        if (!entry) problems.push(unknown(`image.regions[${index}].explain`, region.explain));
      });
    } else if (letter) {
      for (const mark of letter.querySelectorAll(MARK_SELECTOR)) {
        if (mark.closest('.wegwijs-letter-explainer__term, .wegwijs-letter-explainer__tip'))
          continue;
        // Read once: after wrapping, the mark's text includes its number.
        let found = this.#marks.get(mark);
        if (!found) {
          found = { ...markKey(mark), shown: (mark.textContent ?? '').trim() };
          this.#marks.set(mark, found);
        }
        const entry = this.#entryFor(data, glossary, found.key, found.byTerm, found.shown);
        if (found.button) {
          if (entry) this.occurrences.get(found.button)!.entry = entry;
          continue;
        }
        if (!entry) {
          // An unknown term in a plain <dfn> is just a definition; an explicit mark is an error.
          if (mark.localName !== 'dfn' || mark.hasAttribute('data-term')) {
            problems.push(unknown('letter', found.key));
          }
          continue;
        }
        const index = this.occurrences.size;
        const button = wrapMark(mark, `${ids}-b${index}`, `${ids}-t${index}`);
        button.addEventListener('click', () => onToggle(button));
        found.button = button;
        this.occurrences.set(button, { entry, button });
      }
    }
    return problems;
  }

  /** The numbered entry for a key: the content's explanation, else a glossary term. */
  #entryFor(
    data: LetterContent,
    glossary: Terms | undefined,
    key: string,
    byTerm: boolean,
    shown: string,
  ): LetterEntry | undefined {
    const explanations = data.explanations ?? [];
    const own =
      explanations.find((e) => e.id === key) ??
      (byTerm ? explanations.find((e) => e.glossary === key) : undefined) ??
      (byTerm ? explanations.find((e) => e.term && same(e.term, key)) : undefined);
    const glossaryTerm = own
      ? own.glossary
        ? glossary?.getTerm(own.glossary)
        : undefined
      : (glossary?.getTerm(key) ?? glossary?.findTerm(key));
    if (!own && !glossaryTerm) return undefined;
    const found = this.entries.find((e) =>
      own ? e.key === own.id : e.glossaryId === glossaryTerm?.id && !e.text,
    );
    if (found) return found;
    const entry: LetterEntry = {
      n: this.entries.length + 1,
      key: own?.id ?? glossaryTerm!.id,
      term: own?.term ?? shown ?? glossaryTerm!.term,
      text: own?.text,
      glossaryId: glossaryTerm?.id,
    };
    this.entries.push(entry);
    return entry;
  }
}

function unknown(path: string, key: string): ContentProblem {
  return coded('content', 'letter-mark-unknown', { path, params: { key }, severity: 'warning' });
}
