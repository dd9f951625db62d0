/**
 * Preloading a widget's code. The CDN build compiles in, per tag, the files a widget needs at
 * once: its own file, the chunks it imports and the lazy chunks it fetches when it connects
 * (packages/embed/cdn-build.mjs), each with its Subresource Integrity hash. Without them the
 * browser finds these one import at a time, a network round trip per level;
 * `<link rel="modulepreload">` fetches them all together, and with `integrity` the browser
 * refuses a file whose bytes were changed (the later import gets the preloaded module, or
 * fails). Outside the CDN build (npm, tests) the list is empty and nothing is preloaded.
 */
declare const __WEGWIJS_PRELOAD__: string | undefined;

interface PreloadList {
  /** File names relative to the loader. */
  files: string[];
  /** `sha256-…` of each file, same order. */
  integrity: string[];
  /** Per tag (or `<tag> <form>`), indexes into `files`. */
  keys: Record<string, number[]>;
}

const list: PreloadList =
  typeof __WEGWIJS_PRELOAD__ === 'string'
    ? (JSON.parse(__WEGWIJS_PRELOAD__) as PreloadList)
    : { files: [], integrity: [], keys: {} };
const preloaded = new Set<string>();

/**
 * The form of a widget's content, as its loader (core's ContentController) will read it: an
 * inline JSON script first, then `src` (CSV when named .csv), else the editor's markup.
 */
export function contentForm(element: Element): 'json' | 'csv' | 'markup' {
  if (element.querySelector(':scope > script[type="application/json"]')) return 'json';
  const src = element.getAttribute('src');
  if (src) return /\.csv([?#]|$)/i.test(src) ? 'csv' : 'json';
  return 'markup';
}

/** Preload what `element`'s content form needs before its first render (a schema, a parser). */
export function preloadContent(element: Element, base: string): void {
  preloadWidget(`${element.localName} ${contentForm(element)}`, base);
}

/**
 * Add a modulepreload link for each file listed under `key` (a tag, or a tag and a content
 * form), relative to `base` (the loader's URL).
 */
export function preloadWidget(key: string, base: string): void {
  for (const index of list.keys[key] ?? []) {
    const href = new URL(list.files[index]!, base).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.integrity = list.integrity[index]!;
    link.href = href;
    document.head.append(link);
  }
}
