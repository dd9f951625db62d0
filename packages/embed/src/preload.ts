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
  /** Per tag, the forms of a `src` content file it reads (widget-list.json's `content`). */
  content?: Record<string, string[]>;
}

const list: PreloadList =
  typeof __WEGWIJS_PRELOAD__ === 'string'
    ? (JSON.parse(__WEGWIJS_PRELOAD__) as PreloadList)
    : { files: [], integrity: [], keys: {} };

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

/**
 * Preload what `element` needs before its first render: the tag's files, then what its content
 * form needs (a schema, a parser). The tag's files first: a preloaded module fetches the
 * modules it imports without a hash of theirs, so every file must have its own link (with its
 * hash) before a module that imports it is fetched. Resolves as preloadWidget does.
 */
export function preloadContent(element: Element, base: string): Promise<void> {
  const form = contentForm(element);
  return Promise.all([
    preloadWidget(element.localName, base),
    preloadWidget(`${element.localName} ${form}`, base),
    // The editor's markup beside JSON content (the letter checks the editor's letter with its
    // markup reader before its first view): otherwise a round trip of its own after the content.
    form === 'json' && hasMarkupBeside(element)
      ? preloadWidget(`${element.localName} beside`, base)
      : undefined,
  ]).then(() => undefined);
}

/** Whether `element` holds the editor's own markup (any child but a script) beside its JSON. */
const hasMarkupBeside = (element: Element): boolean =>
  [...element.children].some((child) => child.localName !== 'script');

/**
 * The content file `element` will fetch from its `src`: none when an inline JSON script comes
 * first, or when its tag does not read that form (CSV for a step guide); none outside the CDN
 * build, whose list says which tags read which forms.
 */
export function contentFile(element: Element): string | undefined {
  const src = element.getAttribute('src');
  const form = contentForm(element);
  if (!src || element.querySelector(':scope > script[type="application/json"]')) return undefined;
  return list.content?.[element.localName]?.includes(form) ? src : undefined;
}

/** The files listed under `key` (none outside the CDN build). */
export const preloadList = (key: string): string[] =>
  (list.keys[key] ?? []).map((index) => list.files[index]!);

/** Per URL, the outcome of its modulepreload link. */
const outcomes = new Map<string, Promise<void>>();

/**
 * Add a modulepreload link with its integrity hash for each file listed under `key` (a tag, or
 * a tag and a content form), relative to `base` (the loader's URL). Resolves when every one of
 * them has loaded and passed its integrity check; rejects when one was refused. Import the
 * widget only after that: Chromium does not keep a refused preload, and an import() of the same
 * URL would fetch it again, unchecked. Once every file is in the module map, the import uses
 * the checked modules and fetches nothing.
 */
export function preloadWidget(key: string, base: string): Promise<void> {
  const waits = (list.keys[key] ?? []).map((index) => {
    const href = new URL(list.files[index]!, base).href;
    let outcome = outcomes.get(href);
    if (!outcome) {
      const link = document.createElement('link');
      outcome = new Promise<void>((resolve, reject) => {
        link.onload = () => resolve();
        link.onerror = () => reject(new Error(`${href} was refused (integrity or network)`));
      });
      outcomes.set(href, outcome);
      link.rel = 'modulepreload';
      link.integrity = list.integrity[index]!;
      link.href = href;
      document.head.append(link);
    }
    return outcome;
  });
  return Promise.all(waits).then(() => undefined);
}
