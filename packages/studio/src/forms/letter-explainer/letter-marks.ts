/**
 * The letter's text and its marks. The content holds the letter as paragraphs in which a
 * passage is marked `[[id|passage]]`; a glossary term the editor confirmed is such a mark with
 * the term's glossary id (the widget explains it from the glossary, in the reader's language).
 * The editor sees and edits the plain text; the marks are made again from their choices.
 * Marks with ids of the content's own explanations are the editor's own work: kept as written.
 */
import { findTermsInText, getTerm } from '@wegwijs/glossary';

const MARK = /\[\[([\w-]{1,64})\|([^\]]+)\]\]/g;

/** Whether a mark's id is a glossary term (and not one of the content's own explanations). */
const isGlossaryMark = (id: string, ownIds: ReadonlySet<string>) =>
  !ownIds.has(id) && getTerm(id) !== undefined;

/** The paragraphs as the editor edits them: glossary marks taken out, blank lines between. */
export function letterToText(paragraphs: readonly string[], ownIds: ReadonlySet<string>): string {
  return paragraphs
    .map((p) =>
      p.replace(MARK, (whole, id: string, passage: string) =>
        isGlossaryMark(id, ownIds) ? passage : whole,
      ),
    )
    .join('\n\n');
}

/** Glossary ids marked in the paragraphs (the terms the editor confirmed). */
export function markedTermIds(
  paragraphs: readonly string[],
  ownIds: ReadonlySet<string>,
): Set<string> {
  const ids = new Set<string>();
  for (const p of paragraphs)
    for (const [, id] of p.matchAll(MARK)) if (isGlossaryMark(id!, ownIds)) ids.add(id!);
  return ids;
}

/** The pasted text as paragraphs (split at blank lines; line breaks inside are kept). */
export function textToParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Marks the confirmed terms in each paragraph: the first time each term occurs in a paragraph,
 * as the widget marks terms itself; never inside the editor's own marks.
 */
export function markTerms(paragraphs: readonly string[], confirmed: ReadonlySet<string>): string[] {
  return paragraphs.map((paragraph) => {
    // Blank out the editor's own marks, so that no term is found inside them.
    const plain = paragraph.replace(MARK, (whole) => ' '.repeat(whole.length));
    const seen = new Set<string>();
    const chosen = findTermsInText(plain).filter((match) => {
      const id = match.term.id;
      if (!confirmed.has(id) || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    let out = paragraph;
    for (const match of chosen.reverse()) {
      const end = match.index + match.length;
      out = `${out.slice(0, match.index)}[[${match.term.id}|${out.slice(match.index, end)}]]${out.slice(end)}`;
    }
    return out;
  });
}

/** A glossary term found in the letter: its id, Dutch term and the words as they stand. */
export interface FoundTerm {
  id: string;
  term: string;
  explanation: string;
  /** The forms as they appear in the letter ("Bezwaar", "bezwaarschrift"). */
  forms: string[];
  count: number;
}

/** The glossary terms in the letter's text, in the order they first appear. */
export function foundTerms(text: string): FoundTerm[] {
  const byId = new Map<string, FoundTerm>();
  for (const match of findTermsInText(text)) {
    const found = byId.get(match.term.id) ?? {
      id: match.term.id,
      term: match.term.term,
      explanation: match.term.explanation,
      forms: [],
      count: 0,
    };
    found.count++;
    if (!found.forms.includes(match.text)) found.forms.push(match.text);
    byId.set(match.term.id, found);
  }
  return [...byId.values()];
}

/** The text as residents read it: every mark replaced by its passage. */
export const plainText = (text: string): string => text.replace(MARK, '$2');
