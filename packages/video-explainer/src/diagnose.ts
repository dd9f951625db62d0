/**
 * Why a self-hosted video did not play, in words for the editor (console, and the notice with
 * `preview`). Loaded only when a video fails: residents whose video plays never download it.
 */
const MEDIA_ERRORS = [
  '',
  'MEDIA_ERR_ABORTED',
  'MEDIA_ERR_NETWORK',
  'MEDIA_ERR_DECODE',
  'MEDIA_ERR_SRC_NOT_SUPPORTED',
];

export async function mediaFailure(video: HTMLVideoElement): Promise<string> {
  const src = video.currentSrc || video.src;
  const error = video.error;
  let detail = `${MEDIA_ERRORS[error?.code ?? 0] || 'error'}${error?.message ? `: ${error.message}` : ''}`;
  try {
    // The media error rarely says why; the server's answer does (404, 403…).
    const response = await fetch(src, { method: 'HEAD', credentials: 'same-origin' });
    if (!response.ok)
      detail = `the server answered ${response.status} ${response.statusText}`.trim();
  } catch {
    /* keep the media error */
  }
  return `the video "${src}" could not be played (${detail})`;
}
