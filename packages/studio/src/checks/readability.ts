/**
 * Dutch readability of one text, for the editor: the checker's own Flesch-Douma score and B1
 * verdict (`@wegwijs/cli`, the same as `npx wegwijs check`), its long sentences, and the
 * glossary terms in the text with the glossary's plain explanation beside each.
 */
import { readability, type ReadabilityScore } from '@wegwijs/cli/readability';
import { findTermsInText } from '@wegwijs/glossary';

export interface TextReadability {
  score: ReadabilityScore;
  terms: { text: string; term: string; plain: string }[];
}

export function readText(text: string): TextReadability {
  const matches = findTermsInText(text);
  const seen = new Set<string>();
  const terms = matches
    .filter((m) => !seen.has(m.term.id) && seen.add(m.term.id))
    .map((m) => ({ text: m.text, term: m.term.term, plain: m.term.explanation }));
  return {
    score: readability(text, {
      findTerms: (plain) => findTermsInText(plain).map((m) => m.text),
    }),
    terms,
  };
}
