/**
 * Warming: the code a resident's first tap needs (the video explainer's full player) is
 * fetched before the tap, so that pressing play does not wait for the network. When the
 * element is visible and the browser is idle; with Save-Data or on 2G, where every byte
 * counts, only at pointer-down (a head start of the click's ~100 ms). The files come with
 * their integrity hashes, as the ones before the first render (preload.ts).
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

/** Call `warm` once: when `element` is visible and the browser idle, or at pointer-down. */
export function warmWhenUseful(element: Element, warm: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    warm();
  };
  element.addEventListener('pointerdown', once, { once: true, capture: true });
  if (savesData() || typeof IntersectionObserver !== 'function') return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    whenIdle(once);
  });
  observer.observe(element);
}
