// Keyboard walk-through of one story: tab stops, visible focus indicators and no focus trap
// (WCAG 2.1.1, 2.1.2, 2.4.7). Used by the story checks in normal and forced-colours mode.

/** Requests that can still change a story's controls: not media (a video may stream for ever). */
const inflight = new WeakMap();
const IGNORED_TYPES = new Set(['media', 'websocket', 'eventsource', 'ping']);
/**
 * Watch the page's requests (once per page): the walk waits until none is in flight. Call it
 * right after the page is made, so that requests of its first load are seen too.
 */
export function watchRequests(page) {
  if (inflight.has(page)) return inflight.get(page);
  const state = { open: new Map(), lastEnd: 0 };
  const end = (r) => {
    if (state.open.delete(r)) state.lastEnd = Date.now();
  };
  page.on('request', (r) => {
    if (!IGNORED_TYPES.has(r.resourceType())) state.open.set(r, Date.now());
  });
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  inflight.set(page, state);
  return state;
}

/** Sampling interval and quiet time of the stability wait (see keyboardWalk). */
const SAMPLE_MS = 50;
const QUIET_MS = 200;
/** A request open this long no longer holds the walk back (a hanging or streaming answer). */
const STUCK_MS = 3000;
/** The wait gives up after this (the old fixed window also stopped after 25 × 200 ms). */
const STABLE_CAP_MS = 5000;

/**
 * Tab through the story: every tab stop reachable, a visible focus indicator on each, and focus
 * leaves the story again (no trap). `forced`: only outline/border changes count (forced colours
 * drop box-shadow and backgrounds).
 */
export async function keyboardWalk(page, rootSelector, { forced = false } = {}) {
  // Wait until the story's controls stop changing (a lazily loaded player, a fault message
  // arriving late, UI strings of a language module): a walk over controls that are still being
  // replaced proves nothing. What changes them late is a request (content, a code-split module,
  // a locale) and the render after it, so the condition is: no request in flight, and the list
  // of tab stops unchanged for QUIET_MS since the last change and the last request's end.
  // (It was a fixed window of 3 × 200 ms without looking at requests: at least 600 ms per walk,
  // and a locale module slower than that was not waited for.)
  const requests = watchRequests(page);
  const started = Date.now();
  let previous;
  let quietSince = started;
  for (;;) {
    const signature = await page.evaluate(
      (sel) =>
        window.__wq
          .tabbables(document.querySelector(sel))
          .map((el) => window.__wq.describe(el))
          .join('|'),
      rootSelector,
    );
    const now = Date.now();
    for (const [request, since] of requests.open)
      if (now - since >= STUCK_MS) requests.open.delete(request);
    const busy = requests.open.size > 0;
    if (signature !== previous || busy) quietSince = now;
    previous = signature;
    const quiet = now - Math.max(quietSince, requests.lastEnd);
    if ((quiet >= QUIET_MS && !busy) || now - started > STABLE_CAP_MS) break;
    await page.waitForTimeout(SAMPLE_MS);
  }
  const stableMs = Date.now() - started;
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
  if (expected.length === 0) return { stops: 0, stableMs, note: 'no focusable controls' };
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
  return { stops: expected.length, order: order.length, stableMs };
}
