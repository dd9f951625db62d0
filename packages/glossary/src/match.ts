import { glossaryTerms } from './terms.js';
import type { GlossaryTerm } from './types.js';

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Normalises text for matching: Unicode NFD, diacritics removed, lower case, curly apostrophes
 * and hyphens made plain, whitespace collapsed. "Cliëntondersteuner" → "clientondersteuner".
 */
export function normalizeTermText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

let index: Map<string, GlossaryTerm> | undefined;

function termIndex(): Map<string, GlossaryTerm> {
  if (!index) {
    index = new Map();
    for (const term of glossaryTerms) {
      for (const form of [term.term, ...(term.forms ?? [])]) {
        const key = normalizeTermText(form);
        if (!index.has(key)) index.set(key, term);
      }
    }
  }
  return index;
}

/** The term with this id, if any. */
export function getTerm(id: string): GlossaryTerm | undefined {
  return glossaryTerms.find((term) => term.id === id);
}

/**
 * Finds the term whose Dutch term or one of its forms equals `text`, ignoring case, diacritics,
 * surrounding whitespace and punctuation. `findTerm('clientondersteuner')` finds "cliëntondersteuner".
 */
export function findTerm(text: string): GlossaryTerm | undefined {
  const key = normalizeTermText(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return termIndex().get(key);
}

/** One occurrence of a glossary term in a text. `index`/`length` refer to the original text. */
export interface GlossaryMatch {
  term: GlossaryTerm;
  /** The text as it appears, e.g. "Cliëntondersteuners". */
  text: string;
  index: number;
  length: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds every glossary term in a longer text (a letter), longest form first, whole words only,
 * ignoring case and diacritics. Matches never overlap. Use it to mark terms with `<dfn>`/toggletips.
 */
export function findTermsInText(text: string): GlossaryMatch[] {
  // Build a normalised copy with a map back to the original offsets.
  let normalized = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const space = /\s/.test(char);
    // Collapse runs of whitespace (line breaks in letters) into one space.
    const folded = space ? (normalized.endsWith(' ') ? '' : ' ') : normalizeTermText(char);
    for (let i = 0; i < folded.length; i++) origin.push(offset);
    normalized += folded;
    offset += char.length;
  }
  origin.push(text.length);

  const forms = [...termIndex().entries()].sort((a, b) => b[0].length - a[0].length);
  const taken = new Uint8Array(normalized.length);
  const matches: GlossaryMatch[] = [];
  for (const [form, term] of forms) {
    let from = 0;
    for (;;) {
      const at = normalized.indexOf(form, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + form.length;
      if (WORD_CHAR.test(normalized[at - 1] ?? '') || WORD_CHAR.test(normalized[end] ?? ''))
        continue;
      if (taken.subarray(at, end).some((t) => t === 1)) continue;
      taken.fill(1, at, end);
      const start = origin[at]!;
      const stop = origin[end]!;
      matches.push({ term, text: text.slice(start, stop), index: start, length: stop - start });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}
