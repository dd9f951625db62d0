/**
 * The project's one rule for fetching before the resident asks (warming the video player's
 * code, a video's metadata): only when the element is on screen and the browser is idle, and
 * never when the resident asked to save data or the connection is 2G, where every byte counts.
 */
interface Connection {
  saveData?: boolean;
  effectiveType?: string;
}

/** True when the resident asked to save data, or the connection is 2G. */
export function savesData(
  connection = (navigator as Navigator & { connection?: Connection }).connection,
): boolean {
  return Boolean(connection?.saveData) || /(^|-)2g$/.test(connection?.effectiveType ?? '');
}

const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 3000 })
    : setTimeout(callback, 200);

/**
 * Calls `callback` once, when `element` is first on screen and then the browser is idle; not
 * at all on Save-Data or 2G (`savesData`) or without IntersectionObserver. Returns a function
 * that cancels the wait (e.g. when the element leaves the page).
 */
export function whenVisibleAndIdle(element: Element, callback: () => void): () => void {
  let cancelled = false;
  if (savesData() || typeof IntersectionObserver !== 'function') return () => undefined;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    whenIdle(() => {
      if (!cancelled) callback();
    });
  });
  observer.observe(element);
  return () => {
    cancelled = true;
    observer.disconnect();
  };
}
