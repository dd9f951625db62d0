// Checks on every story of the built Storybook: the axe matrix (locales × themes), keyboard
// walk-through, forced colours, 320 px reflow, text spacing, reduced motion and privacy.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { everyLanguageAtOnce, uiLocaleCount } from './every-language.mjs';

export const LOCALES = ['nl', 'en', 'ar', 'tr'];
export const THEMES = ['default', 'voorbeeldstad'];
/**
 * The axe matrix: every locale (ar is right-to-left) in the default theme, and the municipal
 * theme once, in nl. A theme sets colours, fonts and radii through tokens, not structure: what
 * it can break (contrast) does not depend on the language; names, roles and structure do not
 * depend on the theme. See docs/quality.md.
 */
export const A11Y_MATRIX = [
  ...THEMES.map((theme) => ({ locale: LOCALES[0], theme })),
  ...LOCALES.slice(1).map((locale) => ({ locale, theme: THEMES[0] })),
];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ROOT = '#storybook-root';

/** WCAG 1.4.12 text-spacing bookmarklet (Steve Faulkner), applied to every tree. */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

export function loadAllowlist(here) {
  const list = JSON.parse(readFileSync(join(here, 'axe-allowlist.json'), 'utf8'));
  const problems = [];
  const check = (rules, where) => {
    for (const [rule, reason] of Object.entries(rules ?? {})) {
      if (typeof reason !== 'string' || reason.trim().length < 10)
        problems.push(`${where}: rule "${rule}" is disabled without a written reason`);
    }
  };
  check(list.rules, 'axe-allowlist.json rules');
  for (const [story, rules] of Object.entries(list.stories ?? {}))
    check(rules, `axe-allowlist.json stories.${story}`);
  return { list, problems };
}

/** Documented localStorage keys: storage-keys.json plus every `wegwijs:…` key in docs/*.md. */
export function documentedKeys(repo, here) {
  const base = JSON.parse(readFileSync(join(here, 'storage-keys.json'), 'utf8'));
  const keys = new Set(base.keys);
  const docs = join(repo, 'docs');
  if (existsSync(docs)) {
    for (const file of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
      for (const m of readFileSync(join(docs, file), 'utf8').matchAll(/wegwijs:[a-z0-9:-]+/g)) {
        keys.add(m[0].replace(/[:-]+$/, ''));
      }
    }
  }
  return { keys, foreign: base.allowedForeignPrefixes ?? [] };
}

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
    await page.waitForTimeout(200);
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

/** Change the toolbar globals in place; false when Storybook's channel is not there. */
async function switchGlobals(page, globals) {
  return page.evaluate(async (g) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return false;
    const rendered = new Promise((resolve) => {
      const done = () => {
        channel.off('storyRendered', done);
        resolve(true);
      };
      channel.on('storyRendered', done);
      setTimeout(() => resolve(false), 4000);
    });
    channel.emit('updateGlobals', { globals: g });
    if (!(await rendered)) return false;
    const main = document.querySelector('#storybook-root main');
    if (main && main.classList.contains('voorbeeldstad-theme') !== (g.theme === 'voorbeeldstad'))
      return false;
    const settled = await window.__wq.settle(document.querySelector('#storybook-root'));
    return settled.ok;
  }, globals);
}

async function injectTextSpacing(page, css) {
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
function findClippedText(rootSelector) {
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
function horizontalOverflow(width) {
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

function runningMotion(rootSelector) {
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

export async function storyChecks(ctx) {
  const { stories, only, test, newPage, openStory, parallel, here, repo, server } = ctx;
  if (stories.length === 0) {
    ctx.skip('stories', 'all', 'storybook-static/index.json lists no stories');
    return;
  }
  const axePath = join(repo, 'node_modules', 'axe-core', 'axe.min.js');
  const { list: allow, problems: allowProblems } = loadAllowlist(here);
  if (only.has('a11y'))
    await test('a11y', 'axe allowlist has a reason for every disabled rule', () => {
      if (allowProblems.length) throw new Error(allowProblems.join('\n'));
      return `${Object.keys(allow.rules ?? {}).length} global, ${Object.keys(allow.stories ?? {}).length} per story`;
    });
  const { keys: docKeys, foreign } = documentedKeys(repo, here);

  const pages = [];
  for (let i = 0; i < Number(process.env.QUALITY_PARALLEL ?? 2); i++) pages.push(await newPage());
  /** Reuse the worker's page (warm cache) with the emulation a check needs. */
  async function use(
    worker,
    { width = 1024, height = 768, forcedColors = 'none', reducedMotion = 'no-preference' } = {},
  ) {
    // A crashed page (renderer gone) is replaced, so one story cannot fail all later ones.
    if (pages[worker].page.isClosed() || pages[worker].crashed) pages[worker] = await newPage();
    const p = pages[worker];
    p.errors.length = 0;
    p.consoleMessages.length = 0;
    await p.page.setViewportSize({ width, height });
    await p.page.emulateMedia({ forcedColors, reducedMotion });
    return p;
  }

  await parallel(stories, async (story, worker) => {
    const label = story.id;
    // 1. Accessibility matrix.
    if (only.has('a11y')) {
      const p = await use(worker);
      let loaded = false;
      for (const { locale, theme } of A11Y_MATRIX) {
        {
          await test('a11y', `${label} [${locale}, ${theme}]`, async () => {
            p.errors.length = 0;
            // First combination: load the story; then switch globals through Storybook's
            // channel (no reload, like the toolbar), falling back to a reload.
            if (!loaded || !(await switchGlobals(p.page, { locale, theme }))) {
              await openStory(p.page, story.id, { locale, theme });
              await p.page.addScriptTag({ path: axePath });
              loaded = true;
            }
            await p.page.waitForFunction(() => !window.axe?._running);
            const disabled = { ...(allow.rules ?? {}), ...(allow.stories?.[story.id] ?? {}) };
            const result = await p.page.evaluate(
              async ({ tags, sel, disabledRules }) => {
                const r = await window.axe.run(
                  { include: [sel] },
                  {
                    runOnly: { type: 'tag', values: tags },
                    rules: Object.fromEntries(disabledRules.map((id) => [id, { enabled: false }])),
                    resultTypes: ['violations'],
                  },
                );
                return {
                  violations: r.violations.map((v) => ({
                    id: v.id,
                    impact: v.impact,
                    help: v.help,
                    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' >>> ')),
                  })),
                  passes: r.passes.length,
                };
              },
              { tags: ctx.axeTags ?? AXE_TAGS, sel: ROOT, disabledRules: Object.keys(disabled) },
            );
            if (result.violations.length)
              throw new Error(
                result.violations
                  .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`)
                  .join('\n'),
              );
            if (p.errors.length) throw new Error(`uncaught error: ${p.errors.join(' | ')}`);
            return `${result.passes} rules passed`;
          });
        }
      }
    }

    // 2. One page load per locale for the checks that only look (keyboard, forced colours,
    // reflow, text spacing): the emulation and the viewport change on the loaded page, as when
    // a resident turns on high contrast or zooms to 400 % (the browser resizes the viewport of a
    // page that is already open). A check that fails, or changes the page (text spacing), makes
    // the next one load the story again.
    let loaded; // { locale } of the story now in the worker's page, if it can be reused
    const onStory = async (locale, emulation) => {
      const p = await use(worker, emulation);
      if (loaded?.locale !== locale) {
        loaded = undefined;
        await openStory(p.page, story.id, { locale });
      } else {
        // Let the widgets react to the new viewport or media (ResizeObserver, matchMedia).
        await p.page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        const settled = await p.page.evaluate(() =>
          window.__wq.settle(document.querySelector('#storybook-root')),
        );
        if (!settled.ok) throw new Error(`elements never defined: ${settled.undefined.join(', ')}`);
      }
      loaded = { locale };
      return p;
    };
    /** A test on the loaded story; on failure the next test loads the story again. */
    const onLoaded = (check, name, fn) =>
      test(check, name, async () => {
        try {
          return await fn();
        } catch (error) {
          loaded = undefined;
          throw error;
        }
      });

    for (const locale of ['nl', 'ar']) {
      // 2a. Keyboard walk-through (nl, ar).
      if (only.has('keyboard'))
        await onLoaded('keyboard', `${label} [${locale}]`, async () => {
          const p = await onStory(locale);
          return await keyboardWalk(p.page, ROOT);
        });

      // 2b. Forced colours (nl): controls keep a size, focus stays visible.
      if (only.has('forced-colors') && locale === 'nl')
        await onLoaded('forced-colors', `${label} [nl]`, async () => {
          const p = await onStory('nl', { forcedColors: 'active' });
          const active = await p.page.evaluate(() => matchMedia('(forced-colors: active)').matches);
          if (!active) throw new Error('forced-colors emulation did not apply');
          const info = await p.page.evaluate((sel) => {
            const root = document.querySelector(sel);
            const all = window.__wq
              .deepAll(root)
              .filter((el) =>
                el.matches(
                  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
                ),
              );
            const invisible = [];
            const noBoundary = [];
            for (const el of all) {
              if (el.disabled || el.getAttribute('tabindex') === '-1') continue;
              if (!el.checkVisibility({ visibilityProperty: true })) continue;
              const r = el.getBoundingClientRect();
              if (r.width < 1 || r.height < 1) invisible.push(window.__wq.describe(el));
              const cs = getComputedStyle(el);
              if (
                el.localName === 'button' &&
                !(
                  parseFloat(cs.borderTopWidth) > 0 ||
                  parseFloat(cs.borderBottomWidth) > 0 ||
                  parseFloat(cs.outlineWidth) > 0
                )
              )
                noBoundary.push(window.__wq.describe(el));
            }
            return { invisible, noBoundary, count: all.length };
          }, ROOT);
          if (info.invisible.length)
            throw new Error(
              `controls with no size in forced colours: ${info.invisible.join(', ')}`,
            );
          const walk = await keyboardWalk(p.page, ROOT, { forced: true });
          return {
            ...walk,
            warnings: info.noBoundary.length
              ? `buttons without a border (no visible boundary in forced colours): ${info.noBoundary.slice(0, 3).join(', ')}`
              : undefined,
          };
        });

      // 2c. Reflow at 320 CSS px (1280 px at 400 %), nl and ar.
      if (only.has('reflow'))
        await onLoaded('reflow', `${label} [${locale}, 320px]`, async () => {
          const p = await onStory(locale, { width: 320, height: 640 });
          const o = await p.page.evaluate(horizontalOverflow, 320);
          if (o.scrollWidth > 321)
            throw new Error(
              `horizontal scrolling at 320 px: scrollWidth ${o.scrollWidth}; ${o.culprits.join(', ')}`,
            );
          return `scrollWidth ${o.scrollWidth}`;
        });

      // 2d. Text spacing (WCAG 1.4.12), nl; last on this load, as it restyles the page.
      if (only.has('text-spacing') && locale === 'nl')
        await onLoaded('text-spacing', `${label} [nl]`, async () => {
          const p = await onStory('nl', { width: 640, height: 800 });
          loaded = undefined;
          await injectTextSpacing(p.page, TEXT_SPACING_CSS);
          const clipped = await p.page.evaluate(findClippedText, ROOT);
          if (clipped.length) throw new Error(clipped.slice(0, 5).join('\n'));
          return 'no clipped text';
        });
    }

    // 3. A fresh load with prefers-reduced-motion: reduce, clean storage and every request
    // watched from the start: first reduced motion (at load, then focusing controls), then
    // privacy (press every button; cookies, storage keys, requests to other origins).
    if (only.has('reduced-motion') || only.has('privacy')) {
      const p = await use(worker, { reducedMotion: 'reduce' });
      // Start clean: no cookies, empty storage for the Storybook origin.
      await p.context.clearCookies();
      if (p.page.url().startsWith(server.origin))
        await p.page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => {});
      const foreignRequests = [];
      const afterClick = [];
      let phase = 'load';
      const onRequest = (r) => {
        const u = r.url();
        if (u.startsWith('data:') || u.startsWith('blob:')) return;
        if (new URL(u).origin !== server.origin)
          (phase === 'load' ? foreignRequests : afterClick).push(u);
      };
      const isForeign = (url) => new URL(url).origin !== server.origin;
      const block = (route) => route.abort();
      p.page.on('request', onRequest);
      let loadError;
      try {
        await openStory(p.page, story.id, { locale: 'nl' }).catch((e) => (loadError = e));
        if (only.has('reduced-motion'))
          await test('reduced-motion', `${label} [nl]`, async () => {
            if (loadError) throw loadError;
            const before = await p.page.evaluate(runningMotion, ROOT);
            // State changes start transitions: focus each control once.
            for (let i = 0; i < 8; i++) await p.page.keyboard.press('Tab');
            const after = await p.page.evaluate(runningMotion, ROOT);
            const all = [...new Set([...before, ...after])];
            if (all.length) throw new Error(all.slice(0, 6).join('\n'));
            return 'no motion';
          });
        if (only.has('privacy'))
          await test('privacy', `${label} [nl]`, async () => {
            if (loadError) throw loadError;
            await p.page.waitForTimeout(100);
            // Then press every button once (third-party requests after a click are
            // consent-gated by design and only reported; they are blocked so nothing leaves
            // the machine).
            phase = 'click';
            await p.context.route(isForeign, block);
            // In-page clicks (no actionability waits): every visible, enabled button once.
            const count = await p.page.evaluate((sel) => {
              const root = document.querySelector(sel);
              const buttons = window.__wq
                .deepAll(root)
                .filter((b) => b.localName === 'button' && !b.disabled && window.__wq.isVisible(b))
                .filter((b) => !(b.type === 'submit' && b.form))
                .slice(0, 12);
              for (const b of buttons) b.click();
              return buttons.length;
            }, ROOT);
            await p.page.waitForTimeout(200);
            const cookies = await p.context.cookies();
            const keys = await p.page.evaluate(() => Object.keys(localStorage)).catch(() => []);
            const session = await p.page
              .evaluate(() => Object.keys(sessionStorage))
              .catch(() => []);
            const undocumented = [...keys, ...session].filter(
              (k) => !docKeys.has(k) && !foreign.some((prefix) => k.startsWith(prefix)),
            );
            const problems = [];
            if (foreignRequests.length)
              problems.push(
                `requests to other origins: ${[...new Set(foreignRequests)].slice(0, 5).join(', ')}`,
              );
            if (cookies.length) problems.push(`cookies: ${cookies.map((c) => c.name).join(', ')}`);
            if (undocumented.length)
              problems.push(
                `undocumented storage keys: ${undocumented.join(', ')} (document them in docs/<widget>.md)`,
              );
            if (problems.length) throw new Error(problems.join('\n'));
            return {
              buttons: count,
              storageKeys: keys,
              afterClickForeign: [...new Set(afterClick)],
            };
          });
      } finally {
        p.page.off('request', onRequest);
        await p.context.unroute(isForeign, block);
        await p.context.clearCookies();
      }
    }
  });
  if (only.has('a11y'))
    await test(
      'a11y',
      'languages-every-language-at-once: named at once, frames in turn',
      async () => {
        const p = await use(0);
        return everyLanguageAtOnce(p.page, ctx.storyUrl, uiLocaleCount(repo));
      },
    );
  for (const p of pages) await p.close();
}
