// What runs inside a hostile-markup page (checks/markup.mjs): the script that arms the page and
// then adds the CDN loader, the init script that marks executions and long tasks, and the audit
// of what the widgets show. Each function is passed to the browser, so it is self-contained.

// Armed once the page has loaded (every image of its own markup has loaded or failed, so its
// handlers have run) and a little after; at most 5 s after parsing, if a resource hangs.
export const ARM = `await new Promise((r) => {
  if (document.readyState === 'complete') r();
  addEventListener('load', r);
  setTimeout(r, 5000);
});
await new Promise((r) => setTimeout(r, 300));
window.__arm();
await import(new URL('/__bundle/cdn/wegwijs.js', location.origin).href);
window.__loaderIn = true;`;

/** Init script: the marker, arming, and long tasks. */
export function instrument() {
  const native = new WeakSet();
  let armed = false;
  window.__exec = [];
  window.__nativeRuns = 0;
  window.__longest = 0;
  window.__longestNative = 0;
  window.__errors = [];
  let armedAt = Infinity;
  // Errors after arming, except those of the page's own payloads (PWN is not defined when
  // the parser decoded an entity, a sandboxed frame touching its parent).
  addEventListener('error', (event) => {
    if (armed && !/PWN|__pwned|cross-origin frame/.test(event.message))
      window.__errors.push(event.message);
  });
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => undefined,
    set(value) {
      const target = window.event?.target;
      if (!armed || (target && native.has(target))) window.__nativeRuns++;
      else
        window.__exec.push(
          `payload ${value} (${target?.outerHTML?.slice(0, 100) ?? 'a script or URL'})`,
        );
    },
  });
  window.__arm = () => {
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        native.add(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    // <body onload> in raw markup lands on the page's own body: its load event is the page's.
    native.add(document);
    native.add(window);
    armed = true;
    armedAt = performance.now();
  };
  window.__isNative = (node) => native.has(node);
  new PerformanceObserver((list) => {
    // Parsing the page's own huge markup is the browser's; what comes after arming is ours.
    for (const entry of list.getEntries())
      if (entry.startTime + entry.duration > armedAt)
        window.__longest = Math.max(window.__longest, entry.duration);
      else window.__longestNative = Math.max(window.__longestNative, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Inside the page: the widgets' output, audited. */
export function audit() {
  const BAD_ELEMENTS = new Set([
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'meta',
    'link',
    'portal',
    'foreignobject',
    'animate',
    'set',
    'noscript',
    'math',
    'template',
  ]);
  const URL_ATTRS = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'poster',
    'data',
    'srcset',
    'background',
    'ping',
  ];
  // Widgets the page's own markup left as widgets: raw HTML may swallow the next element
  // (an unclosed <svg>, <title> or <textarea>), which is then no HTML element or no element.
  const widgets = [...document.querySelectorAll('main *')].filter(
    (el) =>
      el.localName.startsWith('wegwijs-') &&
      el.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
      customElements.get(el.localName) &&
      window.__isNative(el),
  );
  const dangerous = [];
  const blank = [];
  let outputNodes = 0;
  for (const el of widgets) {
    const out = [];
    if (el.shadowRoot) out.push(...window.__wq.deepAll(el.shadowRoot));
    for (const child of el.children) {
      // The editor's own markup left where it was is the host page; what the widget made,
      // or moved into one of its named slots, is the widget's output.
      if (window.__isNative(child) && !child.getAttribute('slot')) continue;
      out.push(child, ...window.__wq.deepAll(child));
    }
    outputNodes += out.length;
    for (const n of out) {
      const name = n.localName;
      if (BAD_ELEMENTS.has(name) && !(name === 'script' && n.type === 'application/json'))
        dangerous.push(`<${name}>`);
      if (
        n.namespaceURI === 'http://www.w3.org/2000/svg' &&
        n.closest('a, [href]') &&
        n.localName === 'a'
      )
        dangerous.push('<svg:a>');
      for (const attr of n.attributes) {
        const v = attr.value
          .toLowerCase()
          .replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029]/g, '');
        if (attr.name.startsWith('on')) dangerous.push(`${name}[${attr.name}]`);
        if (attr.name === 'srcdoc') dangerous.push(`${name}[srcdoc]`);
        if (attr.name === 'style' && /url\(|expression|binding/i.test(attr.value))
          dangerous.push(`${name}[style=${attr.value.slice(0, 30)}]`);
        if (
          URL_ATTRS.includes(attr.name) &&
          /(^|,\s*)(javascript|vbscript|data:text|data:image\/svg)/.test(v)
        )
          dangerous.push(`${name}[${attr.name}=${attr.value.slice(0, 30)}]`);
      }
    }
    // Blank: the widget shows no text at all. (The page's own raw markup may hide everything,
    // e.g. <style>*{display:none}</style>: then the output still has its text.)
    const text = out
      .filter((n) => !n.closest('style, script'))
      .map((n) =>
        [...n.childNodes]
          .filter((t) => t.nodeType === 3)
          .map((t) => t.data)
          .join(''),
      )
      .join('')
      .trim();
    if (!text && !window.__wq.visibleText(el)) blank.push(window.__wq.describe(el).slice(0, 60));
  }
  return {
    widgets: widgets.length,
    defined: widgets.filter((w) => customElements.get(w.localName)).length,
    exec: window.__exec,
    errors: window.__errors,
    nativeRuns: window.__nativeRuns,
    dangerous,
    blank,
    longest: Math.round(window.__longest),
    longestNative: Math.round(window.__longestNative),
    outputNodes,
  };
}
