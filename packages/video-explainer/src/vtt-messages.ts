/**
 * The editor's words for what is wrong in a WebVTT file. Loaded only when a file has issues:
 * residents whose captions are fine never download these texts.
 */
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

/** One issue in words, for the editor. */
export function vttMessage({ code, values: [a = '', b = ''] }: VttIssue): string {
  switch (code) {
    case 'header':
      return `the file must start with the line "WEBVTT", found "${a}"`;
    case 'timing':
      return `expected a timing line such as "00:00:01.000 --> 00:00:04.000"${a ? ` after "${a}"` : ''}`;
    case 'malformed':
      return `malformed timing "${a}": use hh:mm:ss.ttt or mm:ss.ttt (a full stop and three digits for the milliseconds)`;
    case 'ends':
      return `the cue ends (${b}) before or when it starts (${a})`;
    case 'order':
      return `the cue starts before the cue above it (${a})`;
    case 'duplicate':
      return `the cue identifier "${a}" is used twice`;
    case 'empty':
      return 'the cue has no text';
  }
}

/** Parse a WebVTT file: its cues, and every problem in words with its line number. */
export function parseVtt(source: string): VttResult {
  const read = readVtt(source);
  return { ...read, errors: read.errors.map((e) => ({ line: e.line, message: vttMessage(e) })) };
}
