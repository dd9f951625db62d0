// Keyboard helpers for the Studio e2e: where the focus is (through shadow roots), waiting for a
// form to move it, and the broad proof that a whole form works by Tab (tabWalk).
/** The focused element, through open shadow roots: `id`, class, text (for messages). */
const focusedInPage = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return { tag: 'body', id: '', cls: '', text: '' };
  return {
    tag: el.localName,
    id: el.id,
    cls: typeof el.className === 'string' ? el.className : '',
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
    type: el.getAttribute('type') ?? '',
  };
};
export const focused = (page) => page.evaluate(focusedInPage);
export const describe = (f) =>
  `${f.tag}${f.id ? `#${f.id}` : ''}${f.cls ? `.${f.cls}` : ''} "${f.text}"`;

/** Waits (forms move the focus a frame after rendering) until the focus matches `test`. */
export async function focusSettles(page, test, what) {
  for (let i = 0; i < 50; i += 1) {
    const f = await focused(page);
    if (test(f)) return f;
    await page.waitForTimeout(50);
  }
  throw new Error(`the focus is on ${describe(await focused(page))}, not on ${what}`);
}

/**
 * The broad proof: from the control that has the focus, Tab through `root` (a selector; a
 * shadow root is entered) until the focus leaves it or comes round again. A closed <details>
 * met on the way is opened with Enter, so what is inside it is walked too. Then every visible,
 * enabled control in `root` (button, input, select, textarea, summary, link, [tabindex] ≥ 0;
 * of a radio group one radio, the group's arrows do the rest) must have had the focus, and
 * every element with a mouse listener (found through the DevTools protocol, so also Lit's
 * `@click`) must be one that had the focus, or sits inside one (text in a button).
 */
export async function tabWalk(page, root, { max = 600 } = {}) {
  await page.evaluate((selector) => {
    const host = document.querySelector(selector);
    const visited = new Set();
    const deep = () => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el;
    };
    const inside = (el) => {
      for (let n = el; n; n = n.parentNode ?? n.host) if (n === host) return true;
      return false;
    };
    window.__walk = { host, visited, deep, inside, first: deep() };
    visited.add(deep());
  }, root);
  let presses = 0;
  for (; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const w = window.__walk;
      const el = w.deep();
      if (!el || !w.inside(el) || el === w.first) return { done: true };
      w.visited.add(el);
      const closed = el.localName === 'summary' && !el.parentElement.open;
      return { done: false, closed };
    });
    if (at.done) break;
    if (at.closed) await page.keyboard.press('Enter');
  }
  if (presses === max) throw new Error(`${max} Tab presses did not leave ${root}`);
  const unreached = await page.evaluate(() => {
    const { host, visited } = window.__walk;
    const all = [];
    const collect = (node) => {
      for (const el of node.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(host.shadowRoot ?? host);
    window.__walk.all = all;
    const interactive =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex^="-"]), [contenteditable]:not([contenteditable="false"])';
    const shown = (el) =>
      el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]');
    const radioGroups = new Set(
      [...visited].filter((el) => el?.type === 'radio').map((el) => el.name),
    );
    return all
      .filter((el) => el.matches(interactive) && shown(el) && !el.matches(':disabled'))
      .filter((el) => !visited.has(el) && !(el.type === 'radio' && radioGroups.has(el.name)))
      .map((el) => `${el.localName}#${el.id} "${el.textContent.trim().slice(0, 40)}"`);
  });
  if (unreached.length)
    throw new Error(`not reached by Tab in ${root}:\n  ${unreached.join('\n  ')}`);
  // Mouse listeners, from the DevTools protocol (Lit adds them with addEventListener).
  const cdp = await page.context().newCDPSession(page);
  const mouseOnly = [];
  const listening = new Set();
  try {
    // One call for the whole subtree (shadow roots included), then only the listening nodes.
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__walk.host' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    });
    for (const l of listeners)
      if (
        /^(click|dblclick|auxclick|mouse(down|up)|pointer(down|up)|touch(start|end))$/.test(l.type)
      )
        listening.add(l.backendNodeId);
    for (const backendNodeId of listening) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      const { result: ok } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () {
          const { visited } = window.__walk;
          if (this.nodeType !== 1 || !this.checkVisibility() || this.matches(':disabled')) return true;
          for (let n = this; n; n = n.parentNode ?? n.host) if (visited.has(n)) return true;
          return this.localName + '#' + this.id + ' "' + this.textContent.trim().slice(0, 40) + '"';
        }`,
        returnByValue: true,
      });
      if (ok.value !== true) mouseOnly.push(ok.value);
    }
  } finally {
    await cdp.detach();
  }
  if (mouseOnly.length)
    throw new Error(`mouse listeners the keyboard cannot reach:\n  ${mouseOnly.join('\n  ')}`);
  const reached = await page.evaluate(() => window.__walk.visited.size);
  await page.evaluate(() => delete window.__walk);
  return `${reached} controls in ${presses} Tab presses; ${listening.size} with a mouse listener, all reached`;
}
