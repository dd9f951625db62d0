import { coded, type ContentProblem } from '@wegwijs/core/content/content-problem';
import type { VideoVersion } from '../content.js';
import type { VideoHost } from '../host.js';

/** Report a problem of one version to the editor (console; visible with `preview`). */
export function reportVersionProblem(
  host: Pick<VideoHost, 'reportProblems'>,
  source: string,
  version: VideoVersion,
  path: string,
  message: string,
  severity: ContentProblem['severity'] = 'error',
): void {
  host.reportProblems(source, [
    {
      code: 'content',
      severity,
      message: `versions[${version.index}]${path} (${version.lang}): ${message}`,
    },
  ]);
}

/**
 * A problem of one language version by its check code (`video-unplayable`, `video-failed-*`):
 * worded from core's message table when read, so the notice shows the code beside the words,
 * as for every other problem (docs/checker.nl.md).
 */
export function reportVersionCode(
  host: Pick<VideoHost, 'reportProblems'>,
  source: string,
  version: VideoVersion,
  checkCode: string,
  params: Record<string, unknown>,
): void {
  const path = `versions[${version.index}] (${version.lang})`;
  host.reportProblems(source, [coded('content', checkCode, { path, params })]);
}
