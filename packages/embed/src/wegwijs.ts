/**
 * The script editors paste: `<script type="module" src="…/wegwijs.js"></script>`.
 * Registers nothing itself; downloads a widget when its tag is on the page, and preloads the
 * widget's chunks together (preload.ts).
 */
import { startLazyLoader, type Loaders } from './loader.js';
import { prefetchContent } from '@wegwijs/core/content/prefetch';
import { contentFile, preloadContent, preloadWidget, preloadList } from './preload.js';
import { warmWhenUseful } from './warm.js';
import { warmDateField } from './warm-date.js';
import { warmDeviceStorage } from './warm-storage.js';
import { widgetLoaders } from './widgets.js';

const key = Symbol.for('wegwijs.loader');
const scope = globalThis as typeof globalThis & { [key]?: unknown };
// This file is always wegwijs.js at the root of the CDN folder: the preload list's base.
const base = import.meta.url;
/** Per tag, the preloads of the elements found so far (the tag's files and their content's). */
const preloads = new Map<string, Promise<void>[]>();
const loaders: Loaders = {};
// A widget is imported once its preloaded files have passed their integrity checks (see
// preloadWidget); a refused file rejects, and the lazy loader shows the fallback.
for (const [tag, load] of Object.entries(widgetLoaders))
  loaders[tag] = () =>
    Promise.all([preloadWidget(tag, base), ...(preloads.get(tag) ?? [])])
      .then(load)
      .catch(async (error: unknown) => {
        // A host whose Trusted Types list lacks ours makes Lit throw as it loads: the elements
        // would stay empty. The fallback (no Lit, no policy) is fetched only then.
        const fallback = await import('@wegwijs/core/base/policy-fallback').catch(() => undefined);
        if (!fallback?.isPolicyError(error)) throw error;
        fallback.showPolicyFallback(tag);
      });
// Two copies of the loader on one page: the second stands down (define() warns on versions).
if (!scope[key])
  scope[key] = startLazyLoader(loaders, document, (element) => {
    const found = preloads.get(element.localName) ?? [];
    // Caught here as well: the loader reports a refusal once, through the widget's import.
    const preload = preloadContent(element, base);
    preload.catch(() => {});
    preloads.set(element.localName, [...found, preload]);
    // Its content file, fetched together with the code instead of one round trip after it:
    // the request the widget makes itself, handed over when it does (core's prefetch.ts).
    // Not once the code is there: the widget has fetched by itself already.
    const src = contentFile(element);
    if (src && !customElements.get(element.localName)) prefetchContent(src);
    // What the widget fetches right after its first view (the letter's glossary and tips):
    // once the files before that view are in, so it takes no bandwidth from them, and it is
    // there when the view is, instead of a round trip after it (issue 23).
    const after = `${element.localName} after`;
    if (preloadList(after).length)
      void preload.then(() => preloadWidget(after, base)).catch(() => undefined);
    // What the first tap needs (the full video player), before the tap: see warm.ts.
    const warm = `${element.localName} warm`;
    if (preloadList(warm).length)
      warmWhenUseful(element, () => void preloadWidget(warm, base).catch(() => undefined));
    // The resident's language is read from storage at first render: load it meanwhile.
    warmDeviceStorage();
    // A date field in the first view (the letter's deadline): its locale data, meanwhile too.
    warmDateField(element.localName);
  });
