// Keyboard helpers for the Studio e2e: where the focus is (through shadow roots), Tab until a
// control, the content Studio keeps on the device, and the broad proof that a form has no
// mouse-only control (tabWalk).

/** The content of the open widget's draft, as Studio keeps it on the device. */
export const contentOf = (page) =>
  page.evaluate(() => {
    const { widget } = JSON.parse(localStorage.getItem('wegwijs-studio:settings') ?? '{}');
    return JSON.parse(localStorage.getItem(`wegwijs-studio:draft:${widget}`) ?? '{}').content;
  });

/** The element that has the focus, through shadow roots: its id, or its tag and class. */
export const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id || `${el?.tagName.toLowerCase()}.${el?.className}`;
  });

/** Waits until the focus (through shadow roots) is on the element with this id. */
export async function focusOn(page, id, what) {
  const ok = await page
    .waitForFunction(
      (want) => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.id === want;
      },
      id,
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!ok) throw new Error(`${what}: the focus is on ${await focused(page)}, not on #${id}`);
}

/** Tab (or Shift+Tab) until the focus is on the element with this id; fails after `max`. */
export async function tabTo(page, id, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)) === id) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach #${id} in ${max} presses (at ${await focused(page)})`);
}

/** Types over what the focused field holds (select all, type). */
export async function typeHere(page, text) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const CLICKS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
];

/**
 * The broad proof for one form: every visible, enabled control (button, input, select,
 * textarea, summary, link, [tabindex] ≥ 0) is reached by Tab from the form's first control, and
 * every element with a click-like listener (found through the DevTools protocol, shadow roots
 * included) is reached too. Closed <details> are opened first so their controls count.
 */
export async function tabWalk(page, tag) {
  await page.evaluate((t) => {
    const root = document.querySelector(t);
    const walk = (node) => {
      for (const el of node.children) {
        if (el.localName === 'details') el.open = true;
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(root.shadowRoot ?? root);
  }, tag);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(tag)})`,
    });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    });
    const nodes = new Set(
      listeners
        .filter((l) => CLICKS.includes(l.type) && l.backendNodeId)
        .map((l) => l.backendNodeId),
    );
    for (const backendNodeId of nodes) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { this.setAttribute("data-kbw-click", ""); }',
      });
    }
  } finally {
    await cdp.detach();
  }
  const count = await page.evaluate((t) => {
    const root = document.querySelector(t);
    const all = [];
    const walk = (node) => {
      for (const el of node.children) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(root.shadowRoot ?? root);
    const CONTROL =
      'button, input:not([type=hidden]), select, textarea, details > summary:first-of-type, a[href], [tabindex]:not([tabindex="-1"]), [contenteditable]:not([contenteditable="false"])';
    const usable = (el) =>
      el.checkVisibility({ visibilityProperty: true }) &&
      !el.closest('[inert]') &&
      !el.matches(':disabled');
    const controls = all.filter((el) => el.matches(CONTROL) && usable(el));
    const clickable = all.filter((el) => el.hasAttribute('data-kbw-click') && usable(el));
    // The focused element is read after each Tab (focus events do not fire while the headless
    // window is not the focused one).
    const seen = new Set();
    const record = () => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      seen.add(el);
      for (let n = el; n; n = n.parentNode || n.host) if (n === root) return true;
      return false;
    };
    window.__kbw = { root, controls, clickable, seen, record };
    controls[0].focus();
    record();
    return controls.length;
  }, tag);
  const max = count + 20;
  let tabs = 0;
  while (tabs < max) {
    await page.keyboard.press('Tab');
    tabs++;
    if (!(await page.evaluate(() => window.__kbw.record()))) break;
  }
  const result = await page.evaluate(() => {
    const { controls, clickable, seen, root } = window.__kbw;
    delete window.__kbw;
    // A radio group is one Tab stop: reached when one of its radios is.
    const reached = (el) =>
      seen.has(el) ||
      (el.type === 'radio' &&
        el.name &&
        [...el.getRootNode().querySelectorAll(`input[type=radio]`)].some(
          (r) => r.name === el.name && seen.has(r),
        ));
    const name = (el) =>
      `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const out = {
      controls: controls.length,
      clickable: clickable.length,
      missed: controls.filter((el) => !reached(el)).map(name),

      mouseOnly: clickable.filter((el) => !reached(el)).map(name),
    };
    const walk = (node) => {
      for (const el of node.children) {
        el.removeAttribute('data-kbw-click');
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(root.shadowRoot ?? root);
    return out;
  });
  const problems = [
    ...result.missed.map((m) => `not reached by Tab: ${m}`),
    ...result.mouseOnly.map((m) => `click handler not reached by Tab: ${m}`),
  ];
  if (problems.length) throw new Error(`${tag}:\n${problems.join('\n')}`);
  return `${result.controls} controls and ${result.clickable} elements with a click handler reached in ${tabs} Tabs`;
}
