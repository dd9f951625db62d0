/**
 * Step 5 of `wegwijs check`: the readability of the content's Dutch texts (Flesch-Douma,
 * Brouwer), with the jargon, long words and long sentences that make a text hard.
 */
import { findTermsInText } from '@wegwijs/glossary';
import { readability } from './readability.js';
import { dutchTexts } from './texts.js';
import { result, skipped } from './check-result.js';

/** Paths of titles, labels and headings (`steps[0].title.nl`). */
const TITLE_PATH = /(^|\.)(title|label|heading)(\.nl(-[\w-]+)?)?$/;

/**
 * The `readability` check and the scores for the report.
 * @param {import('./texts.js').FoundText[]} texts
 * @param {import('./check-media.js').MakeProblem} problem
 * @returns {{ readability: import('./check.js').FileReport['readability'], check: import('./check.js').CheckResult }}
 */
export function checkReadability(texts, problem) {
  const dutch = dutchTexts(texts);
  /** @type {import('./check.js').FileReport['readability']['texts']} */
  const readabilityTexts = [];
  /** @type {import('./check.js').Problem[]} */
  const readProblems = [];
  const findTerms = (/** @type {string} */ text) => findTermsInText(text).map((m) => m.text);
  for (const { path, text } of dutch) {
    const score = readability(text, { findTerms });
    readabilityTexts.push({ path, ...score });
    if (score.aboveB1) {
      readProblems.push(
        problem(
          'warning',
          'readability-above-b1',
          { ...score, longSentences: undefined, terms: undefined, longWords: undefined },
          { path },
        ),
      );
    }
    // Short sentences full of jargon must not pass silently: list the words, warn when many.
    if (score.terms.length || score.longWords.length) {
      readProblems.push(
        problem(
          // A title is a name, not a sentence: listed, never a warning.
          score.jargon && !TITLE_PATH.test(path) ? 'warning' : 'info',
          'readability-words',
          {
            terms: score.terms.join(', ') || '–',
            longWords: score.longWords.join(', ') || '–',
            count: new Set([...score.terms.map((t) => t.toLowerCase()), ...score.longWords]).size,
            words: score.words,
          },
          { path },
        ),
      );
    }
    for (const long of score.longSentences) {
      const excerpt = long.text.length > 70 ? `${long.text.slice(0, 67)}…` : long.text;
      readProblems.push(
        problem('warning', 'readability-long-sentence', { words: long.words, excerpt }, { path }),
      );
    }
  }
  if (!dutch.length)
    return {
      readability: { total: null, texts: [] },
      check: skipped('readability', 'no-dutch-text'),
    };
  // Titles, labels and headings are not sentences: they would make the whole file look easier.
  const body = dutch.filter((d) => !TITLE_PATH.test(d.path));
  const total = readability((body.length ? body : dutch).map((d) => d.text).join('\n'), {
    findTerms,
  });
  return {
    readability: { total, texts: readabilityTexts },
    check: result('readability', readProblems, { texts: dutch.length }),
  };
}
