/**
 * The project's one rule for fetching before the resident asks (warming the video player's
 * code, a video's metadata): only when the element is on screen and the browser is idle, and
 * never when the resident asked to save data or the connection is 2G, where every byte counts.
 */
import { whenIdle } from './when-idle.js';

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

export { whenIdle };

/**
 * Calls `callback` once, when `element` is first on screen and then the browser is idle; not
 * at all on Save-Data or 2G (`savesData`) or without IntersectionObserver.
 */
export function whenVisibleAndIdle(element: Element, callback: () => void): void {
  if (savesData() || typeof IntersectionObserver !== 'function') return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    whenIdle(callback);
  });
  observer.observe(element);
}
