/**
 * Preloading a widget's code. The CDN build compiles in, per tag, the files a widget needs at
 * once: its own file, the chunks it imports and the lazy chunks it fetches when it connects
 * (packages/embed/cdn-build.mjs). Without them the browser finds these one import at a time,
 * a network round trip per level; `<link rel="modulepreload">` fetches them all together.
 * Outside the CDN build (npm, tests) the list is empty and nothing is preloaded.
 */
declare const __WEGWIJS_PRELOAD__: string | undefined;

const manifest: Record<string, string[]> =
  typeof __WEGWIJS_PRELOAD__ === 'string'
    ? (JSON.parse(__WEGWIJS_PRELOAD__) as Record<string, string[]>)
    : {};
const preloaded = new Set<string>();

/** Add a modulepreload link for each file of `tag`, relative to `base` (the loader's URL). */
export function preloadWidget(tag: string, base: string): void {
  for (const file of manifest[tag] ?? []) {
    const href = new URL(file, base).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
