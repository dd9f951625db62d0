/**
 * Runs `callback` when the main thread is idle, after `timeoutMs` at the latest (Safari has no
 * requestIdleCallback: 200 ms later). No state: the CDN build copies it into each widget file
 * that uses it, so it costs the shared file every page downloads nothing.
 */
export const whenIdle = (callback: () => void, timeoutMs = 3000): void =>
  void (typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: timeoutMs })
    : setTimeout(callback, 200));
