/**
 * Why a self-hosted video did not play, for the editor (console, and the notice with
 * `preview`), in Dutch from core's message table (codes `video-failed-*`, see
 * docs/checker.nl.md). Loaded only when a video fails: residents whose video plays never
 * download it, nor the table.
 */
import { loadCheckMessages } from '@wegwijs/core/check/message-table';

/** The code for each `MediaError.code` (1 aborted, 2 network, 3 decode, 4 not supported). */
const MEDIA_ERRORS = ['', 'aborted', 'network', 'decode', 'unsupported'];

/** A failure by its check code and the parameters it is worded with. */
export interface MediaFailure {
  code: string;
  params: Record<string, unknown>;
}

/** The failure's code and parameters; the message table is loaded when it resolves. */
export async function mediaFailure(video: HTMLVideoElement): Promise<MediaFailure> {
  const src = video.currentSrc || video.src;
  const error = video.error;
  const reason = MEDIA_ERRORS[error?.code ?? 0];
  let code = reason ? `video-failed-${reason}` : 'video-failed';
  // The browser's own words, for developers (the English message only).
  const params: Record<string, unknown> = { src, detail: error?.message || reason || 'error' };
  const [, status] = await Promise.all([
    loadCheckMessages().catch(() => undefined),
    // The media error rarely says why; the server's answer does (404, 403…).
    fetch(src, { method: 'HEAD', credentials: 'same-origin' }).then(
      (response) => (response.ok ? undefined : `${response.status} ${response.statusText}`.trim()),
      () => undefined,
    ),
  ]);
  if (status) {
    code = 'video-failed-http';
    params.status = status;
  }
  return { code, params };
}
