/**
 * A content file fetched ahead by the CDN loader, handed to the widget's own fetch. The loader
 * sees a tag and its `src` before the widget's code has arrived: it starts the very request
 * fetchContent would make (same URL, same credentials, same `Accept`), so the content arrives
 * together with the widget's files instead of one round trip after them.
 *
 * Not a `<link rel="preload" as="fetch" crossorigin>`: Chromium 156 does hand such a preload to
 * the later fetch() (tried), but the server then gets `Accept: *\/*` instead of fetchContent's
 * header, the widget's timeout or a changed `src` cannot cancel it, and other browsers match
 * preloads by their own rules. A request made here is the very request, handed over once.
 *
 * The loader and a widget are separate bundles (each with its own copy of this module): they
 * meet on one global map, keyed by a registered symbol.
 */
interface Prefetch {
  accept: string;
  response: Promise<Response>;
  abort: AbortController;
}

const key = Symbol.for('wegwijs.prefetch');
const scope = globalThis as typeof globalThis & { [key]?: Map<string, Prefetch> };
const prefetches = (): Map<string, Prefetch> => (scope[key] ??= new Map());

/**
 * Start fetching `src` (resolved against the document) as fetchContent will. Only http(s),
 * once per URL; the request is subject to the page's CSP (`connect-src`) as the widget's is.
 */
export function prefetchContent(src: string, accept = 'application/json'): void {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return; // the widget words this one itself (an address it cannot read)
  }
  if (!/^https?:$/.test(url.protocol) || prefetches().has(url.href)) return;
  const abort = new AbortController();
  const response = fetch(url.href, {
    signal: abort.signal,
    credentials: 'same-origin',
    headers: { Accept: accept },
  });
  // A failure is the widget's to report when it takes the response; never unhandled here.
  response.catch(() => undefined);
  prefetches().set(url.href, { accept, response, abort });
}

/**
 * The prefetched response for `url` (absolute) and `accept`, once: the first caller takes it.
 * `signal` aborting (the widget's timeout, or a changed `src`) aborts the prefetched request,
 * so its promise and its body reject as the widget's own fetch would. Undefined when nothing
 * was prefetched for this request: the caller fetches itself.
 */
export function takePrefetched(
  url: string,
  accept: string,
  signal: AbortSignal,
): Promise<Response> | undefined {
  const found = scope[key]?.get(url);
  if (!found || found.accept !== accept) return undefined;
  scope[key]!.delete(url);
  const abort = () => found.abort.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return found.response;
}
