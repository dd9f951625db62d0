/**
 * The lazy loader: finds Wegwijs tags in the page — also those a CMS inserts later, e.g. when
 * a tab opens — and downloads each widget's code once, the first time its tag appears.
 */
export type Loaders = Record<string, () => Promise<unknown>>;

export interface LazyLoader {
  /** Tags whose code was requested. */
  readonly requested: ReadonlySet<string>;
  /** Look for tags now (done automatically on start and on DOM changes). */
  scan(root?: ParentNode): void;
  stop(): void;
}

/**
 * An element whose code did not load (a network error, or a file refused because its integrity
 * hash does not match) keeps the editor's markup, readable as it is. One that has none (its
 * content comes from `src`) would stay blank: it gets a short message instead, built with DOM
 * calls (no HTML parsing, no Trusted Types policy needed). In Dutch, the site's language: the
 * translations are in the code that did not load.
 */
export function showUnavailable(element: Element): void {
  if (element.childElementCount > 0 || element.textContent?.trim()) return;
  const message = document.createElement('p');
  message.lang = 'nl';
  message.textContent = 'Deze informatie kan nu niet worden getoond. Probeer het later nog eens.';
  element.append(message);
}

/**
 * `onElement` is called for every widget element found (also when its code is already there),
 * before its code is requested: the CDN loader preloads what the element's content needs.
 */
export function startLazyLoader(
  loaders: Loaders,
  root: Document | ShadowRoot = document,
  onElement?: (element: Element) => void,
): LazyLoader {
  const requested = new Set<string>();
  const selector = Object.keys(loaders).join(',');

  const load = (tag: string) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    loaders[tag]!().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`[wegwijs] Could not load the code for <${tag}>.`, error);
      for (const element of root.querySelectorAll(tag)) showUnavailable(element);
    });
  };

  const found = (element: Element) => {
    onElement?.(element);
    load(element.localName);
  };
  const scan = (node: ParentNode = root) => {
    if (node instanceof Element && node.localName in loaders) found(node);
    for (const element of node.querySelectorAll(selector)) found(element);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  scan();

  return { requested, scan, stop: () => observer.disconnect() };
}
