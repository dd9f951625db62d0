/**
 * The script editors paste: `<script type="module" src="…/wegwijs.js"></script>`.
 * Registers nothing itself; downloads a widget when its tag is on the page, and preloads the
 * widget's chunks together (preload.ts).
 */
import { startLazyLoader, type Loaders } from './loader.js';
import { preloadContent, preloadWidget } from './preload.js';
import { widgetLoaders } from './widgets.js';

const key = Symbol.for('wegwijs.loader');
const scope = globalThis as typeof globalThis & { [key]?: unknown };
// This file is always wegwijs.js at the root of the CDN folder: the preload list's base.
const base = import.meta.url;
const loaders: Loaders = {};
for (const [tag, load] of Object.entries(widgetLoaders))
  loaders[tag] = () => {
    preloadWidget(tag, base);
    return load().catch(async (error: unknown) => {
      // A host whose Trusted Types list lacks ours makes Lit throw as it loads: the elements
      // would stay empty. The fallback (no Lit, no policy) is fetched only then.
      const fallback = await import('@wegwijs/core/base/policy-fallback').catch(() => undefined);
      if (!fallback?.isPolicyError(error)) throw error;
      fallback.showPolicyFallback(tag);
    });
  };
// Two copies of the loader on one page: the second stands down (define() warns on versions).
if (!scope[key])
  scope[key] = startLazyLoader(loaders, document, (element) => preloadContent(element, base));
