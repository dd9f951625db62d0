// Injected into every page as an init script (CDP, so a page's CSP does not block it; it
// uses no Trusted Types sinks). Everything walks OPEN shadow roots, like a screen reader does.
(() => {
  if (window.__wq) return;
  const FOCUSABLE =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, ' +
    'audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';

  /** Every element under root, entering open shadow roots (in tree order). */
  function deepAll(root = document) {
    const out = [];
    const visit = (node) => {
      for (const child of node.children ?? []) {
        out.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
        if (child.localName === 'template') continue;
        visit(child);
      }
    };
    visit(root);
    return out;
  }

  function shadowRoots(root = document) {
    return deepAll(root)
      .filter((el) => el.shadowRoot)
      .map((el) => el.shadowRoot);
  }

  function deepActive() {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  /** Describes an element with its chain of shadow hosts: `wegwijs-x >>> button.next`. */
  function describe(el) {
    if (!el) return '(none)';
    const parts = [];
    let node = el;
    while (node) {
      const id = node.id ? `#${node.id}` : '';
      const cls =
        typeof node.className === 'string' && node.className.trim()
          ? `.${node.className.trim().split(/\s+/).slice(0, 2).join('.')}`
          : '';
      const label =
        node.getAttribute?.('aria-label') ?? node.textContent?.trim().slice(0, 24) ?? '';
      parts.unshift(
        `${node.localName}${id}${cls}${label ? `("${label.replace(/\s+/g, ' ')}")` : ''}`,
      );
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return parts.join(' >>> ');
  }

  /** Is `el` inside `container`, crossing shadow boundaries? */
  function deepContains(container, el) {
    let node = el;
    while (node) {
      if (node === container) return true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      if (node instanceof ShadowRoot) node = node.host;
    }
    return false;
  }

  function isVisible(el) {
    if (!el.checkVisibility?.({ visibilityProperty: true, contentVisibilityAuto: true }))
      return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  function isInert(el) {
    let node = el;
    while (node) {
      if (node.inert) return true;
      const root = node.getRootNode();
      node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    }
    return false;
  }

  /** Controls a keyboard user must reach: focusable, not tabindex=-1, visible, enabled. */
  function tabbables(container) {
    const all = [container, ...deepAll(container)].filter((el) => el.matches?.(FOCUSABLE));
    return all.filter((el) => {
      if (el.tabIndex < 0) return false;
      if (el.disabled) return false;
      if (el.localName === 'summary' && el.parentElement?.localName !== 'details') return false;
      // A shadow host that delegates focus is not a stop of its own.
      if (el.shadowRoot?.delegatesFocus) return false;
      return isVisible(el) && !isInert(el);
    });
  }

  /** Radio buttons in one group share one tab stop. */
  function tabStopKey(el) {
    if (el.localName === 'input' && el.type === 'radio' && el.name) {
      return `radio:${el.getRootNode() === document ? 'doc' : 'shadow'}:${el.form?.id ?? ''}:${el.name}`;
    }
    return null;
  }

  const FOCUS_PROPS = [
    'outline-style',
    'outline-width',
    'outline-color',
    'outline-offset',
    'box-shadow',
    'border-top-color',
    'border-bottom-color',
    'border-top-width',
    'border-bottom-width',
    'background-color',
    'color',
    'text-decoration-line',
  ];
  function focusStyle(el) {
    const chain = [];
    let node = el;
    // The element and up to 3 ancestors (a focus ring on a wrapper or label also counts).
    for (let i = 0; node && i < 4; i++) {
      const cs = getComputedStyle(node);
      chain.push(Object.fromEntries(FOCUS_PROPS.map((p) => [p, cs.getPropertyValue(p)])));
      const root = node.getRootNode();
      node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    }
    return chain;
  }
  function hasOutline(style) {
    return (
      style['outline-style'] !== 'none' &&
      (style['outline-style'] === 'auto' || parseFloat(style['outline-width']) > 0)
    );
  }

  /** Visible, non-empty text of an element, its shadow tree and its slotted light DOM. */
  function visibleText(root) {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const parent = child.parentElement;
          if (
            parent &&
            parent.localName !== 'style' &&
            parent.localName !== 'script' &&
            isVisible(parent)
          )
            parts.push(child.data);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (
            child.localName === 'style' ||
            child.localName === 'script' ||
            child.localName === 'template'
          )
            continue;
          if (child.shadowRoot) walk(child.shadowRoot);
          else if (child.localName === 'slot') {
            const assigned = child.assignedNodes({ flatten: true });
            if (assigned.length) {
              for (const a of assigned) {
                if (a.nodeType === Node.TEXT_NODE) {
                  if (isVisible(child.parentElement ?? child)) parts.push(a.data);
                } else if (a.nodeType === Node.ELEMENT_NODE) {
                  if (isVisible(a)) parts.push(a.innerText ?? '');
                  if (a.shadowRoot) walk(a.shadowRoot);
                }
              }
            } else walk(child);
          } else walk(child);
        }
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    else walk(root);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  /** All text (textContent) of the element, its light DOM and every open shadow tree. */
  function deepText(root) {
    let text = root.shadowRoot ? deepTextOf(root.shadowRoot) : '';
    text += ' ' + deepTextOf(root);
    return text;
  }
  function deepTextOf(node) {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.localName === 'style') continue;
        if (child.shadowRoot) text += ' ' + deepTextOf(child.shadowRoot);
        text += ' ' + deepTextOf(child);
      }
    }
    return text;
  }

  /** Wait until every wegwijs-* element is defined and updated, then two frames. */
  // `known`: the tags the bundle/Storybook defines; other wegwijs-* names (a story showing the
  // markup with an undefined tag, i.e. "without JavaScript") are not waited for.
  async function settle(root = document, timeoutMs = 8000, known = window.__wqKnownTags) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = deepAll(root);
      const undefinedTags = all.filter(
        (el) =>
          el.localName.startsWith('wegwijs-') &&
          (!known || known.includes(el.localName)) &&
          !customElements.get(el.localName),
      );
      if (undefinedTags.length === 0) break;
      if (Date.now() > deadline)
        return { ok: false, undefined: [...new Set(undefinedTags.map((e) => e.localName))] };
      await new Promise((r) => setTimeout(r, 50));
    }
    // Lit's updateComplete, twice (an update may schedule another), and content loads.
    for (let round = 0; round < 3; round++) {
      const els = deepAll(root).filter((el) => el.localName.startsWith('wegwijs-'));
      await Promise.race([
        Promise.all(
          els.map(async (el) => {
            await el.updateComplete;
            // A widget's loading state as an own field (a ContentController), or as a getter
            // (the letter's `content`), which Object.values does not list.
            for (const value of [...Object.values(el), el.content]) {
              if (
                value &&
                typeof value === 'object' &&
                value.loaded instanceof Promise &&
                typeof value.status === 'string'
              ) {
                await value.loaded.catch(() => {});
              }
            }
            await el.updateComplete;
          }),
        ),
        new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()))),
      ]);
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { ok: true };
  }

  window.__wq = {
    deepAll,
    shadowRoots,
    deepActive,
    describe,
    deepContains,
    isVisible,
    tabbables,
    tabStopKey,
    focusStyle,
    hasOutline,
    visibleText,
    deepText,
    settle,
  };
})();
