/**
 * The editor's words for what is wrong in a WebVTT file. Loaded only when a file has issues:
 * residents whose captions are fine never download these texts.
 */
import { problemMessage, type CheckLang } from '@wegwijs/core/check';
import { readVtt, type Cue, type VttIssue } from './vtt.js';

export interface VttError {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface VttResult {
  cues: Cue[];
  errors: VttError[];
  /** False when the file cannot be used at all (no header): browsers ignore such a file too. */
  usable: boolean;
}

/** One issue in words, for the editor (Dutch; English on request), as in the checker. */
export function vttMessage(
  { code, values: [a = '', b = ''] }: VttIssue,
  lang: CheckLang = 'nl',
): string {
  return problemMessage(`vtt-${code}`, { a, b }, lang);
}

/** Parse a WebVTT file: its cues, and every problem in words with its line number. */
export function parseVtt(source: string): VttResult {
  const read = readVtt(source);
  return { ...read, errors: read.errors.map((e) => ({ line: e.line, message: vttMessage(e) })) };
}
