// Keyboard walk-through of one story: tab stops, visible focus indicators and no focus trap
// (WCAG 2.1.1, 2.1.2, 2.4.7). Used by the story checks in normal and forced-colours mode.

/**
 * Tab through the story: every tab stop reachable, a visible focus indicator on each, and focus
 * leaves the story again (no trap). `forced`: only outline/border changes count (forced colours
 * drop box-shadow and backgrounds).
 */
export async function keyboardWalk(page, rootSelector, { forced = false } = {}) {
  // Wait until the story's controls stop changing (a lazily loaded player, a fault message
  // arriving late): a walk over controls that are still being replaced proves nothing.
  let previous = '';
  for (let stable = 0, tries = 0; stable < 3 && tries < 25; tries++) {
    const signature = await page.evaluate(
      (sel) =>
        window.__wq
          .tabbables(document.querySelector(sel))
          .map((el) => window.__wq.describe(el))
          .join('|'),
      rootSelector,
    );
    stable = signature === previous ? stable + 1 : 0;
    previous = signature;
    // No wait after the sample that proves it stable: the walk starts from that state.
    if (stable < 3) await page.waitForTimeout(200);
  }
  const expected = await page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const list = window.__wq.tabbables(root);
    window.__qExpected = list;
    window.__qFocused = new Map();
    document.activeElement?.blur?.();
    // Start from the top of the document, as after a fresh load: blur() leaves the browser's
    // sequential focus starting point where the last walk ended. A focused, untabbable
    // marker before everything else moves it back to the start.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
    return list.map((el) => ({ desc: window.__wq.describe(el), key: window.__wq.tabStopKey(el) }));
  }, rootSelector);
  if (expected.length === 0) return { stops: 0, note: 'no focusable controls' };
  // Tab stops that count as one (radio groups).
  const groups = new Map();
  expected.forEach((e, i) => {
    const key = e.key ?? `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const reachedIdx = new Set();
  const order = [];
  let entered = false;
  let left = false;
  // A trap is a cycle: focus comes back to a control before leaving the story. The cap only
  // ends a walk through very many stops (more than our list of tab stops predicted).
  const max = Math.max(expected.length * 3 + 10, 250);
  let cycle;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate((sel) => {
      const root = document.querySelector(sel);
      const el = window.__wq.deepActive();
      const inRoot = !!el && el !== document.body && window.__wq.deepContains(root, el);
      // Tab inside one control (the day/month/year fields of a date input) is not a cycle.
      const repeat = inRoot && window.__qFocused.has(el) && window.__qLast !== el;
      window.__qLast = el;
      if (inRoot && !repeat) window.__qFocused.set(el, window.__wq.focusStyle(el));
      return {
        inRoot,
        repeat,
        idx: window.__qExpected.indexOf(el),
        desc: window.__wq.describe(el),
      };
    }, rootSelector);
    if (info.inRoot && info.repeat) {
      // Back at the first stop after all others: Tab wrapped around the whole document (the
      // browser's own UI takes no focus in headless mode). Anything else is a cycle inside.
      if (info.desc === order[0]) left = true;
      else cycle = info.desc;
      break;
    }
    if (info.inRoot) {
      entered = true;
      order.push(info.desc);
      if (info.idx >= 0) reachedIdx.add(info.idx);
    } else if (entered) {
      left = true;
      break;
    }
  }
  const problems = [];
  if (!entered) problems.push('Tab never reaches the story');
  else if (cycle)
    problems.push(
      `focus trap: Tab came back to ${cycle} without leaving the story (${order.slice(-3).join(' | ')})`,
    );
  else if (!left)
    problems.push(
      `focus trap: after ${max} Tab presses focus is still inside (${order.slice(-3).join(' | ')})`,
    );
  for (const [, members] of groups) {
    if (!members.some((i) => reachedIdx.has(i)))
      problems.push(`not reachable with Tab: ${expected[members[0]].desc}`);
  }
  // Focus indicator: compare each reached element's style focused vs now (unfocused).
  await page.evaluate(() => document.activeElement?.blur?.());
  const indicator = await page.evaluate((forcedMode) => {
    const missing = [];
    for (const [el, focused] of window.__qFocused) {
      const now = window.__wq.focusStyle(el);
      const props = forcedMode
        ? [
            'outline-style',
            'outline-width',
            'outline-color',
            'border-top-color',
            'border-top-width',
            'border-bottom-width',
            'text-decoration-line',
          ]
        : Object.keys(focused[0]);
      const ownOutline = window.__wq.hasOutline(focused[0]) && !window.__wq.hasOutline(now[0]);
      const changed = focused.some((level, i) =>
        props.some(
          (p) =>
            level[p] !== now[i]?.[p] &&
            !(
              p.startsWith('outline') &&
              level['outline-style'] === 'none' &&
              now[i]?.['outline-style'] === 'none'
            ),
        ),
      );
      // Date/time inputs: Chrome moves focus into their day/month/year fields and highlights
      // the active field itself (a UA indicator the computed style of the input cannot show).
      const segmented =
        el.localName === 'input' && /^(date|time|datetime-local|month|week)$/.test(el.type);
      if (!ownOutline && !changed && !segmented) missing.push(window.__wq.describe(el));
    }
    return missing;
  }, forced);
  for (const d of indicator) problems.push(`no visible focus indicator: ${d}`);
  if (problems.length) throw new Error(problems.join('\n'));
  return { stops: expected.length, order: order.length };
}
