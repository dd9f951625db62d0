import type { ContentProblem } from '@wegwijs/core/content/content-problem';
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
