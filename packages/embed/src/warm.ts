/**
 * Warming: the code a resident's first tap needs (the video explainer's full player) is
 * fetched before the tap, so that pressing play does not wait for the network. When the
 * element is visible and the browser is idle; with Save-Data or on 2G, where every byte
 * counts, only at pointer-down (a head start of the click's ~100 ms). The files come with
 * their integrity hashes, as the ones before the first render (preload.ts). The rule itself
 * (`whenVisibleAndIdle`, `savesData`) is core's: the video's metadata follows it too.
 */
import { whenVisibleAndIdle } from '@wegwijs/core/net/save-data';

export { savesData } from '@wegwijs/core/net/save-data';

/** Call `warm` once: when `element` is visible and the browser idle, or at pointer-down. */
export function warmWhenUseful(element: Element, warm: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    warm();
  };
  element.addEventListener('pointerdown', once, { once: true, capture: true });
  whenVisibleAndIdle(element, once);
}
