// Probes that run inside the story page (passed to page.evaluate, so each is self-contained
// apart from the window.__wq helpers): text clipped under the WCAG 1.4.12 text-spacing
// override, horizontal overflow at 320 px (1.4.10) and running or declared motion.

/** WCAG 1.4.12 text-spacing bookmarklet (Steve Faulkner), applied to every tree. */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

export async function injectTextSpacing(page, css) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const root of window.__wq.shadowRoots())
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }, css);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/**
 * Text clipped after the spacing override: a visible element that clips (overflow hidden/clip)
 * and holds text, whose content is taller/wider than its box. Visually-hidden text (1 px boxes,
 * clip/clip-path) is meant to be clipped and ignored; scroll containers are not clipping.
 */
export function findClippedText(rootSelector) {
  const root = document.querySelector(rootSelector);
  const out = [];
  for (const el of window.__wq.deepAll(root)) {
    const cs = getComputedStyle(el);
    const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
    if (!clipsX && !clipsY) continue;
    if (!window.__wq.isVisible(el)) continue;
    if (el.clientWidth <= 2 || el.clientHeight <= 2) continue; // visually hidden
    if (cs.clip !== 'auto' || (cs.clipPath !== 'none' && cs.clipPath !== '')) continue;
    if (el.localName === 'svg' || el.closest('svg')) continue;
    const text = (el.shadowRoot ? window.__wq.visibleText(el) : (el.innerText ?? '')).trim();
    if (!text) continue;
    const overY = clipsY && el.scrollHeight > el.clientHeight + 1;
    const overX = clipsX && el.scrollWidth > el.clientWidth + 1;
    if (overY || overX)
      out.push(
        `${window.__wq.describe(el)} clips text (${overX ? `width ${el.scrollWidth}>${el.clientWidth}` : ''}${overY ? ` height ${el.scrollHeight}>${el.clientHeight}` : ''})`,
      );
  }
  return out;
}

/** Elements sticking out of the viewport horizontally (not inside a clipping/scrolling box). */
export function horizontalOverflow(width) {
  const out = [];
  const sw = document.documentElement.scrollWidth;
  if (sw <= width + 1) return { scrollWidth: sw, culprits: out };
  for (const el of window.__wq.deepAll(document.body)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > width + 1 || r.left < -1)
      out.push(`${window.__wq.describe(el)} (${Math.round(r.left)}…${Math.round(r.right)})`);
    if (out.length > 4) break;
  }
  return { scrollWidth: sw, culprits: out };
}

export function runningMotion(rootSelector) {
  const root = document.querySelector(rootSelector);
  const animations = new Set(document.getAnimations());
  for (const sr of window.__wq.shadowRoots(root))
    for (const a of sr.getAnimations()) animations.add(a);
  const out = [];
  for (const a of animations) {
    if (a.playState !== 'running') continue;
    const timing = a.effect?.getComputedTiming?.() ?? {};
    const target = a.effect?.target;
    if (target && !window.__wq.deepContains(root, target)) continue;
    if ((Number(timing.duration) || 0) > 10 || timing.iterations === Infinity)
      out.push(
        `running ${a.constructor.name} ${a.animationName ?? a.transitionProperty ?? ''} on ${window.__wq.describe(target)} (${timing.duration} ms × ${timing.iterations})`,
      );
  }
  // Declared motion, whether running now or on the next state change.
  const seconds = (v) =>
    Math.max(
      0,
      ...v
        .split(',')
        .map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s)) || 0),
    );
  for (const el of window.__wq.deepAll(root)) {
    const cs = getComputedStyle(el);
    if (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0.01)
      out.push(
        `animation "${cs.animationName}" ${cs.animationDuration} on ${window.__wq.describe(el)}`,
      );
    if (cs.transitionProperty !== 'none' && seconds(cs.transitionDuration) > 0.01)
      out.push(
        `transition ${cs.transitionProperty} ${cs.transitionDuration} on ${window.__wq.describe(el)}`,
      );
    if (out.length > 6) break;
  }
  return out;
}
