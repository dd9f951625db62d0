/**
 * iframe mode, for CMSes that strip <script>: `embed.html?widget=step-guide&src=…&lang=ar`
 * renders one widget from its URL. Theme tokens come as parameters (`--utrecht-link-color=…`).
 * The page reports its height to the parent so the iframe can fit its content.
 */
import { showUnavailable } from '../loader.js';
import { preloadContent, preloadWidget } from '../preload.js';
import { widgetLoaders } from '../widgets.js';
import { readEmbedParams } from './embed-params.js';
import { setPageLocale } from '@wegwijs/core/locale/page-locale';
import { RESIZE_MESSAGE, isLocaleMessage } from './messages.js';

const params = readEmbedParams(new URLSearchParams(location.search));
const root = document.documentElement;
root.lang = params.lang ?? root.lang;
for (const [token, value] of params.tokens) root.style.setProperty(token, value);
if (params.title) document.title = params.title;

const main = document.querySelector('main') ?? document.body;
if (!params.widget) {
  const message = document.createElement('p');
  message.textContent = `Unknown widget. Use ?widget= one of: ${Object.keys(widgetLoaders).join(', ')}`;
  main.append(message);
  console.error('[wegwijs] embed.html needs ?widget=<name>');
} else {
  const widget = document.createElement(params.widget);
  for (const [name, value] of params.attributes) widget.setAttribute(name, value);
  main.append(widget);
  // This file is embed.js at the root of the CDN folder, as the preload list expects.
  // The widget's import waits for its files' integrity checks, as in the loader (wegwijs.ts).
  void Promise.all([
    preloadWidget(params.widget, import.meta.url),
    preloadContent(widget, import.meta.url),
  ])
    .then(() => widgetLoaders[params.widget!]!())
    .catch((error: unknown) => {
      console.error(`[wegwijs] Could not load the code for <${params.widget}>.`, error);
      showUnavailable(widget);
    });
}

// The resident chose a language on the host page (its wegwijs-iframe.js tells us): follow it,
// without storing it here. Only from our parent, and from its origin when we know it.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isLocaleMessage(event.data)) return;
  if (params.parentOrigin && event.origin !== params.parentOrigin) return;
  void setPageLocale(event.data.locale, { remember: false });
});

// Tell the parent how tall we are; the parent checks our origin before it believes us.
let lastHeight = 0;
const report = () => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: RESIZE_MESSAGE, height }, params.parentOrigin ?? '*');
};
new ResizeObserver(report).observe(root);
report();
