/**
 * The page's first localStorage access waits for the browser to load the site's storage (5–40 ms
 * at 4× CPU on a quiet machine, up to 140 ms on a loaded one; Session 12), later reads take
 * ~0.1 ms. Every widget reads the resident's language from it before its first render (core's
 * storage/device-storage.ts), so the loader touches it first: once a widget is found and its
 * files are requested, the wait falls while they download instead of before the first render.
 * Reading the length loads the whole storage; no key is read, nothing is written.
 */
let warmed = false;

export function warmDeviceStorage(): void {
  if (warmed) return;
  warmed = true;
  // After the current scan: every element found in it has requested its files first.
  queueMicrotask(() => {
    try {
      void globalThis.localStorage?.length;
    } catch {
      /* storage blocked (sandbox, settings): the widgets keep the language in memory */
    }
  });
}
