/**
 * Dutch readability: Flesch-Douma and Brouwer (Leesindex A), words per sentence and long
 * sentences. Plain ES module, no Node or DOM APIs.
 *
 * Flesch-Douma = 206.835 − 0.93 × (words / sentence) − 77 × (syllables / word)
 * Brouwer      = 195 − 2 × (words / sentence) − 0.67 × (syllables per 100 words)
 *
 * Both scales: higher is easier. Douma's table (1960): 0–30 very hard (university), 30–45 hard,
 * 45–60 fairly hard, 60–70 normal, 70–80 fairly easy, 80–90 easy, 90–100 very easy. We treat
 * the "normal" band and up as B1 or easier, so a score below 60 on either scale means
 * "above B1". A formula only counts words and syllables: use it as a signal, not a verdict.
 */
import { countSyllables } from './syllables.js';
import { spokenWords } from './spoken.js';

/** Thresholds used to flag texts and sentences. Documented in docs/checker.nl.md. */
export const B1 = Object.freeze({
  /** Below this Flesch-Douma score a text is above B1. */
  fleschDouma: 60,
  /** Below this Brouwer score a text is above B1. */
  brouwer: 60,
  /** A sentence with more words than this is long. */
  maxSentenceWords: 15,
  /** Texts with fewer words get no B1 verdict (the formulas are unreliable for a title). */
  minWordsForScore: 10,
  /** A word with at least this many syllables… */
  longWordSyllables: 4,
  /** …and at least this many letters is a long word ("ondersteuning", not "informatie"). */
  longWordLetters: 12,
  /** A text whose share of glossary terms and long words reaches this is full of jargon… */
  jargonShare: 0.2,
  /** …when it has at least this many of them. */
  jargonMin: 3,
});

/** Abbreviations whose full stop does not end a sentence (lower case, without the last dot). */
export const ABBREVIATIONS = new Set(
  'bijv bv o.a d.w.z e.d enz etc nr dhr mevr mw ca evt i.p.v m.b.t t.a.v z.o.z incl excl blz tel vs n.a.v a.u.b s.v.p mr dr ir drs ing prof jl jr st e.a i.v.m o.b.v t.o.v'.split(
    ' ',
  ),
);

/**
 * Remove the Wegwijs rich-text markup (**bold**, [text](url), "- " list items, paragraphs) and
 * return one line per paragraph or list item; a list item counts as its own sentence.
 * @param {string} source
 * @returns {string}
 */
export function stripRichText(source) {
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/\\([*[\]\\])/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .split('\n')
    .map((line) => line.trim().replace(/^[-*•]\s+/, ''))
    .filter(Boolean)
    .join('\n');
}

/**
 * The words of a sentence: runs of letters/digits, with inner apostrophes, hyphens, dots or
 * commas kept ("auto's", "e-mail", "1.500", "9:30").
 * @param {string} text
 * @returns {string[]}
 */
export function words(text) {
  return (
    text
      .match(/['’]?[\p{L}\p{N}]+(?:[-'’.,:/][\p{L}\p{N}]+)*['’]?/gu)
      ?.filter((w) => /[\p{L}\p{N}]/u.test(w)) ?? []
  );
}

/**
 * Split plain text into sentences at . ! ? … (not after a known abbreviation or inside a
 * number) and at line breaks (paragraphs, list items).
 * @param {string} text plain text (see stripRichText)
 * @returns {string[]}
 */
export function sentences(text) {
  /** @type {string[]} */
  const out = [];
  for (const line of text.split('\n')) {
    let current = '';
    const parts = line.split(/(?<=[.!?…])\s+/);
    for (const part of parts) {
      current = current ? `${current} ${part}` : part;
      const last = words(current).at(-1)?.toLowerCase().replace(/\.$/, '') ?? '';
      const endsWithAbbreviation = /\.$/.test(current) && ABBREVIATIONS.has(last);
      if (!endsWithAbbreviation) {
        if (words(current).length) out.push(current.trim());
        current = '';
      }
    }
    if (current.trim() && words(current).length) out.push(current.trim());
  }
  return out;
}

/**
 * @typedef {object} ReadabilityScore
 * @property {number} words
 * @property {number} sentences
 * @property {number} syllables
 * @property {number} wordsPerSentence
 * @property {number} syllablesPerWord
 * @property {number} fleschDouma rounded to one decimal
 * @property {number} brouwer rounded to one decimal
 * @property {boolean} scored false when the text is too short for a B1 verdict
 * @property {boolean} aboveB1
 * @property {Array<{ text: string, words: number }>} longSentences
 * @property {string[]} terms glossary terms in the text (as written), each once
 * @property {string[]} longWords long words in the text, each once
 * @property {boolean} jargon the share of terms and long words is high (see B1.jargonShare)
 */

/**
 * The words and syllables a reader says for one written word: numbers, times and dates as
 * spoken ("2027" is two words, seven syllables).
 * @param {string} word
 */
export function spoken(word) {
  const said = spokenWords(word);
  if (!said) return { words: 1, syllables: countSyllables(word) };
  return { words: said.length, syllables: said.reduce((n, w) => n + countSyllables(w), 0) };
}

const round1 = (/** @type {number} */ n) => Math.round(n * 10) / 10;

/**
 * Score a Dutch text (rich-text markup allowed).
 * @param {string} source
 * @param {{ findTerms?: (text: string) => string[] }} [options] findTerms: the glossary terms in a text
 * @returns {ReadabilityScore}
 */
export function readability(source, { findTerms } = {}) {
  const plain = stripRichText(source);
  const list = sentences(plain);
  let wordCount = 0;
  let syllables = 0;
  /** @type {Array<{ text: string, words: number }>} */
  const longSentences = [];
  /** @type {Set<string>} */
  const longWords = new Set();
  for (const sentence of list) {
    const ws = words(sentence);
    for (const w of ws) {
      const said = spoken(w);
      wordCount += said.words;
      syllables += said.syllables;
      if (
        !spokenWords(w) &&
        said.syllables >= B1.longWordSyllables &&
        w.length >= B1.longWordLetters
      )
        longWords.add(w.toLowerCase());
    }
    if (ws.length > B1.maxSentenceWords) longSentences.push({ text: sentence, words: ws.length });
  }
  const terms = [...new Set(findTerms?.(plain) ?? [])];
  // A glossary term that is also long counts once.
  const hard = new Set([...terms.map((t) => t.toLowerCase()), ...longWords]);
  const sentenceCount = list.length;
  const wps = sentenceCount ? wordCount / sentenceCount : 0;
  const spw = wordCount ? syllables / wordCount : 0;
  const fleschDouma = round1(206.835 - 0.93 * wps - 77 * spw);
  const brouwer = round1(195 - 2 * wps - 0.67 * (spw * 100));
  const scored = wordCount >= B1.minWordsForScore;
  return {
    words: wordCount,
    sentences: sentenceCount,
    syllables,
    wordsPerSentence: round1(wps),
    syllablesPerWord: Math.round(spw * 100) / 100,
    fleschDouma,
    brouwer,
    scored,
    aboveB1: scored && (fleschDouma < B1.fleschDouma || brouwer < B1.brouwer),
    longSentences,
    terms,
    longWords: [...longWords],
    jargon: hard.size >= B1.jargonMin && hard.size / Math.max(wordCount, 1) >= B1.jargonShare,
  };
}
