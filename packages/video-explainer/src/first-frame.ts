/**
 * Resolves once `video`, asked to play (`played`: the promise of `video.play()`), shows a
 * moving frame: the moment the full player may do its heavy first render without holding up
 * the video. Also resolves when playing fails (blocked, no source, an error) and after `limitMs`
 * at most, so that the controls never wait long for a video that stalls.
 */
export function firstFrame(
  video: HTMLVideoElement,
  played: Promise<void>,
  limitMs = 1500,
): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      video.removeEventListener('error', done);
      resolve();
    };
    const timer = setTimeout(done, limitMs);
    video.addEventListener('error', done, { once: true });
    played.then(() => {
      // A frame given to the compositor (Chromium, Safari, Firefox 132+); else `playing`,
      // which has fired by the time `play()` resolves.
      if (typeof video.requestVideoFrameCallback === 'function')
        video.requestVideoFrameCallback(() => done());
      else done();
    }, done);
  });
}

/** Runs `callback` when the main thread is idle (soon after at the latest). */
export function whenIdle(callback: () => void, timeoutMs = 300): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(callback, 0);
}
