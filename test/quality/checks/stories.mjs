// Checks on every story of the built Storybook: the axe matrix (locales × themes), keyboard
// walk-through, forced colours, 320 px reflow, text spacing, reduced motion and privacy.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_URL } from '../lib/server.mjs';
import { everyLanguageAtOnce, uiLocaleCount } from './every-language.mjs';
import { keyboardWalk } from './keyboard-walk.mjs';
import {
  TEXT_SPACING_CSS,
  findClippedText,
  horizontalOverflow,
  injectTextSpacing,
  runningMotion,
} from './page-probes.mjs';

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

export async function storyChecks(ctx) {
  const { stories, only, test, newPage, openStory, parallel, here, repo, server } = ctx;
  if (stories.length === 0) {
    ctx.skip('stories', 'all', 'storybook-static/index.json lists no stories');
    return;
  }
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
    // One page load per story for the axe matrix and the checks that only look (keyboard,
    // forced colours, reflow, text spacing): the story is loaded once and every other
    // combination of locale and theme is switched in place through Storybook's channel, as the
    // toolbar does and as a resident switches language (falling back to a load when the switch
    // does not render). The emulation and the viewport change on the loaded page, as when a
    // resident turns on high contrast or zooms to 400 % (the browser resizes the viewport of a
    // page that is already open). A check that fails, or changes the page (text spacing, last),
    // makes the next one load the story again. (Until Session 12 the look-only checks loaded the
    // story again per locale: three loads per story instead of one.)
    let shown; // { page, locale, theme } now in the worker's page, if it can be reused
    /** The story in `globals` on the worker's page, with `emulation`; axe when `axe`. */
    const show = async (globals, emulation, { axe = false } = {}) => {
      const p = await use(worker, emulation);
      const same = shown?.page === p.page;
      if (same && shown.locale === globals.locale && shown.theme === globals.theme) {
        // Let the widgets react to the new viewport or media (ResizeObserver, matchMedia).
        await p.page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        const settled = await p.page.evaluate(() =>
          window.__wq.settle(document.querySelector('#storybook-root')),
        );
        if (!settled.ok) throw new Error(`elements never defined: ${settled.undefined.join(', ')}`);
      } else if (!same || !(await switchGlobals(p.page, globals))) {
        shown = undefined;
        await openStory(p.page, story.id, globals);
      }
      shown = { page: p.page, ...globals };
      if (axe && !(await p.page.evaluate(() => !!window.axe)))
        await p.page.addScriptTag({ url: AXE_URL });
      return p;
    };
    /** A test on the shown story; on failure the next test loads the story again. */
    const onLoaded = (check, name, fn) =>
      test(check, name, async () => {
        try {
          return await fn();
        } catch (error) {
          shown = undefined;
          throw error;
        }
      });

    // 1. Accessibility matrix (a violation leaves the page as it was: no new load after it).
    if (only.has('a11y')) {
      for (const { locale, theme } of A11Y_MATRIX) {
        {
          await test('a11y', `${label} [${locale}, ${theme}]`, async () => {
            // Errors are counted from before the load or switch (use() clears them).
            const p = await show({ locale, theme }, undefined, { axe: true });
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

    // 2. The checks that only look, on the same load: ar first, so that text spacing (nl,
    // restyles the page) comes last.
    for (const locale of ['ar', 'nl']) {
      // 2a. Keyboard walk-through (nl, ar).
      if (only.has('keyboard'))
        await onLoaded('keyboard', `${label} [${locale}]`, async () => {
          const p = await show({ locale, theme: 'default' });
          return await keyboardWalk(p.page, ROOT);
        });

      // 2b. Forced colours (nl): controls keep a size, focus stays visible.
      if (only.has('forced-colors') && locale === 'nl')
        await onLoaded('forced-colors', `${label} [nl]`, async () => {
          const p = await show({ locale: 'nl', theme: 'default' }, { forcedColors: 'active' });
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
          const p = await show({ locale, theme: 'default' }, { width: 320, height: 640 });
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
          const p = await show({ locale: 'nl', theme: 'default' }, { width: 640, height: 800 });
          shown = undefined;
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
