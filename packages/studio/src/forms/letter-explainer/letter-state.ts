/**
 * What the editor decided about the letter, read from the content itself (so a draft or an
 * imported file opens with its decisions): confirmed terms are marked in the letter, removed
 * terms are in `skipTerms`, the confirmed deadline is `deadline`.
 */
import type { LetterContent } from '@wegwijs/letter-explainer';
import { findTerm, getTerm } from '@wegwijs/glossary';
import { sameRule, type FoundDeadline } from '@wegwijs/letter-explainer/deadline-text';
import {
  foundTerms,
  letterToText,
  markTerms,
  markedTermIds,
  plainText,
  textToParagraphs,
} from './letter-marks.js';

export type Choice = 'confirmed' | 'removed' | 'open';

export const ownIds = (content: LetterContent): Set<string> =>
  new Set((content.explanations ?? []).map((e) => e.id));

export const letterTextOf = (content: LetterContent): string =>
  letterToText(content.letter ?? [], ownIds(content));

/**
 * The terms residents get explained: the marked ones, and while the widget still marks terms
 * itself (`autoTerms` not false, e.g. an example or older content), every term in the letter
 * that is not skipped. The form's first change writes them all as marks.
 */
export function confirmedTerms(content: LetterContent): Set<string> {
  const marked = markedTermIds(content.letter ?? [], ownIds(content));
  if (content.autoTerms === false) return marked;
  const removed = removedTerms(content);
  for (const term of foundTerms(plainText(letterTextOf(content))))
    if (!removed.has(term.id)) marked.add(term.id);
  return marked;
}

export const removedTerms = (content: LetterContent): Set<string> =>
  new Set((content.skipTerms ?? []).map((word) => getTerm(word)?.id ?? findTerm(word)?.id ?? word));

export function termChoice(content: LetterContent, id: string): Choice {
  if (confirmedTerms(content).has(id)) return 'confirmed';
  return removedTerms(content).has(id) ? 'removed' : 'open';
}

/** The content with new letter text and term choices: marks made again, automatic marks off. */
export function withLetter(
  content: LetterContent,
  text: string,
  confirmed: ReadonlySet<string>,
  removed: ReadonlySet<string>,
): LetterContent {
  const next: LetterContent = { ...content };
  const paragraphs = markTerms(textToParagraphs(text), confirmed);
  if (paragraphs.length) next.letter = paragraphs;
  else delete next.letter;
  // Only what the editor confirmed is explained in the letter.
  next.autoTerms = false;
  if (removed.size) next.skipTerms = [...removed];
  else delete next.skipTerms;
  return next;
}

/** Whether this found deadline is the content's deadline. */
export const isChosenDeadline = (content: LetterContent, found: FoundDeadline): boolean =>
  !!content.deadline && !content.deadline.auto && sameRule(found.rule, content.deadline);

/** The content with this found deadline as its deadline (the letter's sentence beside it). */
export function withDeadline(
  content: LetterContent,
  found: FoundDeadline | undefined,
  keptLabel?: NonNullable<LetterContent['deadline']>['label'],
): LetterContent {
  const next: LetterContent = { ...content };
  if (!found) {
    delete next.deadline;
    return next;
  }
  const label = content.deadline?.label ?? keptLabel;
  next.deadline = { ...found.rule, source: found.sentence, ...(label ? { label } : {}) };
  return next;
}
