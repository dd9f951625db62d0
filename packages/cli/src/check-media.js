/**
 * Step 4 of `wegwijs check`: the media files the content refers to exist, and its captions
 * are valid WebVTT (read through `io`, so the same code runs in Node and in a browser).
 */
import { findMediaRefs, resolveRef } from './media.js';
import { checkVtt } from './vtt.js';
import { result, skipped } from './check-result.js';

/**
 * @typedef {import('./check.js').Problem} Problem
 * @typedef {(severity: Problem['severity'], code: string, params: Record<string, unknown>, where?: Partial<Problem>) => Problem} MakeProblem
 */

/**
 * The `media` and `captions` checks.
 * @param {unknown} data
 * @param {import('./check.js').CheckOptions} options
 * @param {import('./check.js').CheckIO} io
 * @param {MakeProblem} problem
 * @returns {Promise<import('./check.js').CheckResult[]>}
 */
export async function checkMedia(data, options, io, problem) {
  const refs = findMediaRefs(data);
  /** @type {Problem[]} */
  const mediaProblems = [];
  /** @type {Problem[]} */
  const captionProblems = [];
  let checked = 0;
  let captionFiles = 0;
  let cues = 0;
  for (const ref of refs) {
    if (ref.extension === 'srt') {
      captionProblems.push(
        problem('error', 'caption-format', { extension: ref.extension }, { path: ref.path }),
      );
    }
    const url = resolveRef(ref, options.url, options.rootUrl);
    if (!url) {
      if (ref.kind === 'root')
        mediaProblems.push(problem('info', 'media-root', { ref: ref.ref }, { path: ref.path }));
      continue;
    }
    checked++;
    const exists = io.exists ? await io.exists(url) : true;
    if (!exists) {
      mediaProblems.push(problem('error', 'media-missing', { ref: ref.ref }, { path: ref.path }));
      continue;
    }
    if (ref.extension === 'vtt' && io.readText) {
      const captions = await io.readText(url);
      if (captions === null) continue;
      captionFiles++;
      const vtt = checkVtt(captions);
      cues += vtt.cues;
      for (const p of vtt.problems) {
        captionProblems.push(
          problem(
            'error',
            p.code,
            { ...p.params, line: p.line },
            { path: ref.path, file: ref.ref, line: p.line },
          ),
        );
      }
    }
  }
  return [
    io.exists
      ? result('media', mediaProblems, { references: refs.length, checked })
      : skipped('media', 'no-file-access'),
    io.readText
      ? result('captions', captionProblems, { files: captionFiles, cues })
      : skipped('captions', 'no-file-access'),
  ];
}
