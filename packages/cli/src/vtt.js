/**
 * Strict WebVTT check (https://www.w3.org/TR/webvtt1/): "WEBVTT" header, cue timings
 * `HH:MM:SS.mmm` or `MM:SS.mmm`, start before end, cues in time order, no "-->" in cue text.
 * Reports 1-based line numbers. Plain ES module.
 */

/**
 * @typedef {object} VttProblem
 * @property {number} line
 * @property {string} code one of: vtt-header, vtt-timing, vtt-order, vtt-start-end, vtt-arrow, vtt-no-cues
 * @property {Record<string, string | number>} params
 */

const TIME = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/**
 * @param {string} value
 * @returns {number | null} seconds, or null when the value is not a WebVTT timestamp
 */
export function parseTimestamp(value) {
  const m = TIME.exec(value);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/**
 * @param {string} text the file contents
 * @returns {{ cues: number, problems: VttProblem[] }}
 */
export function checkVtt(text) {
  /** @type {VttProblem[]} */
  const problems = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    problems.push({
      line: 1,
      code: 'vtt-header',
      params: { found: (lines[0] ?? '').slice(0, 40) },
    });
    return { cues: 0, problems };
  }
  let i = 1;
  // Header lines end at the first blank line.
  while (i < lines.length && lines[i] !== '') i++;
  let cues = 0;
  let lastStart = -1;
  while (i < lines.length) {
    if (lines[i] === '') {
      i++;
      continue;
    }
    const blockStart = i;
    /** @type {string[]} */
    const block = [];
    while (i < lines.length && lines[i] !== '') block.push(/** @type {string} */ (lines[i++]));
    const first = block[0] ?? '';
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first) && !first.includes('-->')) continue;
    const timingIndex = first.includes('-->') ? 0 : 1;
    const timing = block[timingIndex];
    const line = blockStart + timingIndex + 1;
    if (timing === undefined || !timing.includes('-->')) {
      problems.push({
        line,
        code: 'vtt-timing',
        params: { found: (timing ?? first).slice(0, 40) },
      });
      continue;
    }
    const m = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/.exec(timing);
    const start = m ? parseTimestamp(m[1] ?? '') : null;
    const end = m ? parseTimestamp(m[2] ?? '') : null;
    if (start === null || end === null) {
      problems.push({ line, code: 'vtt-timing', params: { found: timing.slice(0, 40) } });
      continue;
    }
    cues++;
    if (start >= end) {
      problems.push({
        line,
        code: 'vtt-start-end',
        params: { start: m?.[1] ?? '', end: m?.[2] ?? '' },
      });
    }
    if (start < lastStart)
      problems.push({ line, code: 'vtt-order', params: { start: m?.[1] ?? '' } });
    lastStart = Math.max(lastStart, start);
    block.slice(timingIndex + 1).forEach((payload, k) => {
      if (payload.includes('-->')) {
        problems.push({ line: line + 1 + k, code: 'vtt-arrow', params: {} });
      }
    });
  }
  if (cues === 0 && problems.length === 0)
    problems.push({ line: 1, code: 'vtt-no-cues', params: {} });
  return { cues, problems };
}
