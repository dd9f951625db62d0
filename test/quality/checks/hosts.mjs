// 3. Hostile host pages (test/quality/hosts): strict CSP + Trusted Types, aggressive global CSS,
// a right-to-left page, and two versions of the bundle on one page. Every widget that exists
// must render, stay usable by keyboard, cause no CSP violation and no uncaught error.
import { STRICT_CSP } from '../lib/server.mjs';

const CSP_NO_TT =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'none'; report-uri /__csp-report";

export const HOSTS = [
  { file: 'strict-csp.html', label: 'strict CSP + Trusted Types', csp: STRICT_CSP },
  { file: 'aggressive-css.html', label: 'aggressive global CSS', csp: STRICT_CSP },
  { file: 'rtl.html', label: 'right-to-left page', csp: STRICT_CSP, rtl: true },
  // Two copies of Lit each create the "lit-html" Trusted Types policy, which needs
  // 'allow-duplicates'; this host keeps the CSP but leaves Trusted Types to strict-csp.html.
  {
    file: 'two-versions.html',
    label: 'two versions of the bundle',
    csp: CSP_NO_TT,
    twoVersions: true,
  },
];

/** Inside the page: facts about one widget element (the n-th with this tag). */
function inspect({ tag, index }) {
  // The host page's own element, not one a widget renders inside (the contact finder has a
  // read-aloud button per contact).
  const el =
    document.querySelectorAll(`#widgets > section > ${tag}`)[index] ??
    document.querySelectorAll(tag)[index];
  if (!el) return { missing: true };
  const root = el.shadowRoot;
  const text = window.__wq.visibleText(el);
  const visibleEls = root
    ? window.__wq.deepAll(root).filter((e) => window.__wq.isVisible(e)).length
    : 0;
  const buttons = window.__wq
    .deepAll(el.shadowRoot ?? el)
    .concat(window.__wq.deepAll(el))
    .filter(
      (b) =>
        (b.localName === 'button' || b.getAttribute('role') === 'button') &&
        !b.disabled &&
        b.getAttribute('aria-disabled') !== 'true' &&
        b.getAttribute('aria-pressed') !== 'true' &&
        !b.hasAttribute('aria-current') &&
        window.__wq.isVisible(b),
    );
  return {
    shadow: !!root,
    shadowChildren: root ? root.childElementCount : 0,
    text: text.slice(0, 120),
    visibleEls,
    buttons: buttons.length,
    direction: getComputedStyle(root?.firstElementChild ?? el).direction,
    hostDirection: getComputedStyle(el).direction,
  };
}

/** Focus the first usable button, press Enter, and see whether anything changed. */
async function activate({ tag, index }) {
  // The host page's own element, not one a widget renders inside (the contact finder has a
  // read-aloud button per contact).
  const el =
    document.querySelectorAll(`#widgets > section > ${tag}`)[index] ??
    document.querySelectorAll(tag)[index];
  const buttons = [...window.__wq.deepAll(el.shadowRoot ?? el), ...window.__wq.deepAll(el)].filter(
    (b) =>
      (b.localName === 'button' || b.getAttribute('role') === 'button') &&
      !b.disabled &&
      b.getAttribute('aria-pressed') !== 'true' &&
      !b.hasAttribute('aria-current') &&
      window.__wq.isVisible(b),
  );
  const button = buttons[0];
  button.focus();
  const focused = window.__wq.deepActive() === button;
  const rect = button.getBoundingClientRect();
  let changes = 0;
  const observer = new MutationObserver((records) => (changes += records.length));
  const options = { subtree: true, attributes: true, childList: true, characterData: true };
  if (el.shadowRoot) observer.observe(el.shadowRoot, options);
  observer.observe(el, options);
  observer.observe(document.documentElement, { attributes: true });
  let events = 0;
  const count = () => events++;
  for (const type of ['click', 'wegwijs-locale-change', 'play', 'toggle'])
    el.addEventListener(type, count, true);
  window.__qActivate = {
    observer,
    button,
    get changes() {
      return changes;
    },
    get events() {
      return events;
    },
  };
  return { focused, label: window.__wq.describe(button), width: rect.width, height: rect.height };
}

export async function hostChecks(ctx) {
  const { only, test, newPage, server, widgets, bundles } = ctx;
  if (!only.has('hosts')) return;
  const manifest = JSON.parse(
    await (await fetch(`${server.origin}/__bundle/meta/manifest.json`)).text(),
  );
  for (const host of HOSTS)
    server.setHostHeaders(host.file, { 'content-security-policy': host.csp });
  for (const w of widgets)
    if (!w.content && !w.tags.some((t) => manifest.elements.some((e) => e.tag === t)))
      ctx.skip('hosts', w.pkg, 'no example content and no host attributes for its tags');
  void bundles;

  await ctx.parallel(HOSTS, async (host) => {
    const p = await newPage({
      viewport: { width: 800, height: 900 },
      // An init script is not subject to the page's CSP (a string predicate would be eval).
      initScripts: [{ content: `window.__qInspect = ${inspect};` }],
    });
    try {
      server.cspReports.length = 0;
      let loadError;
      await test('hosts', `${host.label}: page loads the bundle`, async () => {
        await p.page.goto(`${server.origin}/__hosts/${host.file}`);
        await p.page
          .waitForFunction(
            () => document.documentElement.dataset.ready || document.documentElement.dataset.error,
            null,
            { timeout: 15_000 },
          )
          .catch(() => {});
        loadError = await p.page.evaluate(() => document.documentElement.dataset.error);
        if (loadError) throw new Error(`bundle failed: ${loadError}; ${p.errors.join(' | ')}`);
        const settled = await p.page.evaluate(() => window.__wq.settle(document, 10_000));
        if (!settled.ok) throw new Error(`never defined: ${settled.undefined.join(', ')}`);
        return `${manifest.elements.length} widgets`;
      });
      if (loadError) return;
      for (const { tag } of manifest.elements) {
        await test('hosts', `${host.label}: <${tag}> renders and works`, async () => {
          // An earlier activation (the language switch) may have changed the page locale.
          await p.page.evaluate(() => window.__wq.settle(document, 8000));
          // Content may still be loading (a controller the settle step cannot see): give the
          // widget up to 5 s to show a usable button.
          await p.page
            .waitForFunction(
              (args) => window.__qInspect(args).buttons > 0,
              { tag, index: 0 },
              { timeout: 5000 },
            )
            .catch(() => {});
          const info = await p.page.evaluate(inspect, { tag, index: 0 });
          const problems = [];
          if (info.missing) throw new Error('element not on the page');
          if (!info.shadow || info.shadowChildren === 0) problems.push('empty shadow root');
          if (!info.text && info.visibleEls === 0) problems.push('nothing visible');
          if (host.rtl && info.hostDirection !== 'rtl')
            problems.push(`direction is ${info.hostDirection} on an RTL page`);
          if (info.buttons === 0)
            problems.push(
              `no usable button inside (after the earlier activations; it shows "${info.text.slice(0, 100)}")`,
            );
          else {
            const a = await p.page.evaluate(activate, { tag, index: 0 });
            if (!a.focused) problems.push(`${a.label} cannot be focused`);
            // WCAG 2.5.8 target size (minimum) even when the host shrinks fonts.
            if (a.width < 24 || a.height < 24)
              problems.push(
                `${a.label} is ${Math.round(a.width)}×${Math.round(a.height)} px (< 24×24, WCAG 2.5.8)`,
              );
            await p.page.keyboard.press('Enter');
            await p.page.waitForTimeout(300);
            const effect = await p.page.evaluate(() => {
              const { observer, changes, events } = window.__qActivate;
              observer.disconnect();
              return { changes, events };
            });
            if (effect.changes === 0 && effect.events === 0)
              problems.push(`Enter on ${a.label} had no effect`);
          }
          if (problems.length) throw new Error(problems.join('\n'));
          return info.text.slice(0, 60);
        });
      }
      await test('hosts', `${host.label}: the host's own button still works`, async () => {
        await p.page.click('#sibling');
        const clicks = await p.page.evaluate(
          () => document.getElementById('sibling').dataset.clicks,
        );
        if (clicks !== '1') throw new Error(`sibling button clicks: ${clicks}`);
      });
      await test('hosts', `${host.label}: no CSP violation, no uncaught error`, async () => {
        await p.page.waitForTimeout(200);
        const violations = await p.page.evaluate(() => window.__violations);
        const reports = server.cspReports.map((r) =>
          JSON.stringify(r['csp-report'] ?? r).slice(0, 200),
        );
        const problems = [];
        if (violations.length) problems.push(`CSP violations: ${violations.join(' | ')}`);
        if (reports.length) problems.push(`CSP reports: ${reports.join(' | ')}`);
        if (p.errors.length) problems.push(`uncaught errors: ${p.errors.join(' | ')}`);
        if (problems.length) throw new Error(problems.join('\n'));
      });
      if (host.twoVersions) {
        await test('hosts', `${host.label}: one version warning per tag`, async () => {
          const warnings = p.consoleMessages.filter(
            (m) => m.type === 'warning' && /already defined by Wegwijs/.test(m.text),
          );
          const tags = widgets.flatMap((w) => w.tags);
          const problems = [];
          for (const tag of tags) {
            const n = warnings.filter((m) => m.text.includes(`<${tag}>`)).length;
            if (n !== 1) problems.push(`<${tag}>: ${n} version warnings (expected exactly 1)`);
          }
          const other = p.consoleMessages.filter((m) => m.type === 'error');
          if (other.length)
            problems.push(`console errors: ${other.map((m) => m.text).join(' | ')}`);
          if (problems.length) throw new Error(problems.join('\n'));
          return `${warnings.length} warnings for ${tags.length} tags`;
        });
      }
    } finally {
      await p.close();
    }
  });
}
