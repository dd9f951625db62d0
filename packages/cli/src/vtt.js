/**
 * Caption files (WebVTT) are read by the video explainer's own reader, the one the player uses,
 * so the checker and the player agree on every cue. This maps its issues to checker problems.
 */
import { readVtt } from '@wegwijs/video-explainer/check';

/**
 * @typedef {object} VttProblem
 * @property {number} line
 * @property {string} code vtt-header, vtt-timing, vtt-malformed, vtt-ends, vtt-order, vtt-duplicate, vtt-empty, vtt-separator, vtt-no-cues
 * @property {Record<string, string | number>} params
 */

/**
 * @param {string} text the file contents
 * @returns {{ cues: number, problems: VttProblem[], texts: string[] }}
 */
export function checkVtt(text) {
  const read = readVtt(text);
  /** @type {VttProblem[]} */
  const problems = read.errors.map(
    (/** @type {{ line: number, code: string, values: string[] }} */ e) => ({
      line: e.line,
      code: `vtt-${e.code}`,
      params: { a: e.values[0] ?? '', b: e.values[1] ?? '' },
    }),
  );
  if (read.usable && read.cues.length === 0 && problems.length === 0)
    problems.push({ line: 1, code: 'vtt-no-cues', params: {} });
  return {
    cues: read.cues.length,
    problems,
    texts: read.cues.map((/** @type {{ text: string }} */ c) => c.text),
  };
}
