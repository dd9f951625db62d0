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

/** A form to look for in running text. */
interface TextForm {
  key: string;
  term: GlossaryTerm;
  /** Abbreviations in capitals ("ZIN", "het CAK") match only in capitals: "zin" is a word. */
  capitals?: string[];
  near?: string[];
  not?: string[];
}

let textForms: TextForm[] | undefined;

const withoutMarks = (text: string) => text.normalize('NFD').replace(COMBINING_MARKS, '');
const wordsOf = (text: string) => withoutMarks(text).split(/[^\p{L}\p{N}]+/u);

/** The words of a form written in capitals (abbreviations such as "ZIN" or "CAK"), if any. */
function capitalWords(form: string): string[] | undefined {
  if (form.toLowerCase() === form) return undefined; // most forms: no capitals at all
  const caps = wordsOf(form).filter((w) => w.length > 1 && /^\p{Lu}+$/u.test(w));
  return caps.length ? caps : undefined;
}

/** Every form, longest first, with its case rule and context. */
function formsForText(): TextForm[] {
  if (!textForms) {
    textForms = [];
    for (const term of glossaryTerms) {
      const ambiguous = new Set((term.context?.forms ?? []).map(normalizeTermText));
      for (const form of [term.term, ...(term.forms ?? [])]) {
        const key = normalizeTermText(form);
        const context = ambiguous.has(key) ? term.context : undefined;
        textForms.push({
          key,
          term,
          capitals: capitalWords(form),
          near: context?.near?.map(normalizeTermText),
          not: context?.not?.map(normalizeTermText),
        });
      }
    }
    textForms.sort((a, b) => b.key.length - a.key.length);
  }
  return textForms;
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
const SENTENCE_END = /[.!?\n]/;

const isWordAt = (text: string, at: number, end: number) =>
  !WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');

/** Whether a form with an everyday meaning stands in the right surroundings. */
function inContext(form: TextForm, flat: string, lines: string, at: number, end: number): boolean {
  if (form.not) {
    for (const phrase of form.not) {
      let from = Math.max(0, end - phrase.length);
      for (;;) {
        const hit = flat.indexOf(phrase, from);
        if (hit < 0 || hit > at) break;
        from = hit + 1;
        if (hit + phrase.length >= end && isWordAt(flat, hit, hit + phrase.length)) return false;
      }
    }
  }
  if (!form.near) return true;
  let start = at;
  while (start > 0 && !SENTENCE_END.test(lines[start - 1]!)) start--;
  let stop = end;
  while (stop < lines.length && !SENTENCE_END.test(lines[stop]!)) stop++;
  const words = `${flat.slice(start, at)} ${flat.slice(end, stop)}`.split(/[^\p{L}\p{N}]+/u);
  return words.some((word) => form.near!.some((stem) => word.startsWith(stem)));
}

/**
 * Finds every glossary term in a longer text (a letter), longest form first, whole words only,
 * ignoring case and diacritics. Matches never overlap. Abbreviations in capitals match only in
 * capitals, and forms with a common everyday meaning only in their context (see
 * `GlossaryTerm.context`). Use it to mark terms with `<dfn>`/toggletips.
 */
export function findTermsInText(text: string): GlossaryMatch[] {
  // A normalised copy with a map back to the original offsets; `lines` keeps the line breaks
  // (sentence ends for the context check), `flat` has them as spaces (for matching).
  let lines = '';
  const origin: number[] = [];
  let offset = 0;
  // Whether `lines` ends in a space or line break. Kept aside: reading the end of a string
  // built with `+=` flattens it, once per character (quadratic in the letter's length).
  let afterSpace = false;
  for (const char of text) {
    let folded: string;
    if (/\s/.test(char)) {
      // Collapse runs of whitespace (line breaks in letters) into one space or line break.
      const lineBreak = /[\n\r]/.test(char);
      if (afterSpace) {
        if (lineBreak) lines = `${lines.slice(0, -1)}\n`;
        folded = '';
      } else folded = lineBreak ? '\n' : ' ';
      afterSpace = true;
    } else {
      // Plain ASCII (most of a Dutch letter) is its own normal form in lower case.
      folded = char < '\x80' ? char.toLowerCase() : normalizeTermText(char);
      if (folded) afterSpace = false;
    }
    for (let i = 0; i < folded.length; i++) origin.push(offset);
    lines += folded;
    offset += char.length;
  }
  origin.push(text.length);
  const flat = lines.replace(/\n/g, ' ');

  const taken = new Uint8Array(flat.length);
  const matches: GlossaryMatch[] = [];
  for (const form of formsForText()) {
    let from = 0;
    for (;;) {
      const at = flat.indexOf(form.key, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + form.key.length;
      if (!isWordAt(flat, at, end)) continue;
      if (taken.subarray(at, end).some((t) => t === 1)) continue;
      const start = origin[at]!;
      const stop = origin[end]!;
      const shown = text.slice(start, stop);
      if (form.capitals && !form.capitals.every((w) => wordsOf(shown).includes(w))) continue;
      if ((form.near || form.not) && !inContext(form, flat, lines, at, end)) continue;
      taken.fill(1, at, end);
      matches.push({ term: form.term, text: shown, index: start, length: stop - start });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}
