#!/usr/bin/env node
// Every widget under every published NL Design System theme (stories/themes/nlds-themes.mjs),
// from the CDN files as they ship (packages/embed/dist/cdn: build first), in Chromium:
//   - each widget renders its example content under the theme's class;
//   - the theme reaches the widget: each role's private property (--_primary, --_link, …) in the
//     widget resolves to the value of the first host token of its chain that the theme defines
//     (core's tokens.ts; roles without a token in that theme keep our default);
//   - axe finds no WCAG 2.2 AA violation (colour contrast included) in the theme;
//   - a screenshot (phone width) per widget and theme, for docs/theming.md.
// Screenshots go to a temporary folder; `--write` puts them in docs/theming/ (commit them).
// Ends with "N passed, N failed".
//
//   node test/theming/screenshots.mjs [--write] [--theme=amsterdam]
import { mkdirSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageOf, widgetList } from '../../packages/embed/widget-list.mjs';
import { launchChromium } from '../../packages/tools/lib/chromium.mjs';
import { startTestServer } from '../../packages/tools/lib/test-server.mjs';
import { tokenChains } from '../../packages/tools/lib/token-chains.mjs';
import { NLDS_THEMES } from '../../stories/themes/nlds-themes.mjs';

const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const write = process.argv.includes('--write');
const onlyTheme = process.argv.find((a) => a.startsWith('--theme='))?.split('=')[1];
const out = write ? join(repo, 'docs/theming') : mkdtempSync(join(tmpdir(), 'wegwijs-themes-'));
mkdirSync(out, { recursive: true });
const require = createRequire(join(repo, 'package.json'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The widgets with content, each with its example from the one widget list. */
export const WIDGETS = widgetList
  .filter((widget) => widget.content.length > 0 && widget.example.src)
  .map((widget) => [packageOf(widget.module), `packages/${widget.example.src}`]);

if (!existsSync(join(repo, 'packages/embed/dist/cdn/wegwijs.js'))) {
  console.error('build first: npm run build');
  process.exit(1);
}

function page(theme, widget, src) {
  const css = `/node_modules/${theme.package}/${theme.css}`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${widget} · ${theme.title}</title>
<link rel="stylesheet" href="${css}">
<script type="module" src="/packages/embed/dist/cdn/wegwijs.js"></script>
</head><body class="${theme.className}" style="margin:0;padding:12px">
<main><wegwijs-${widget} src="${src.split('/').pop()}"></wegwijs-${widget}></main>
</body></html>`;
}
// The repository's files, and per widget and theme a page beside the widget's example:
// /packages/<widget>/examples/<theme>.theme.html, so the relative URLs in its content (the
// contact finder's avatars) resolve as they do for an editor.
const server = await startTestServer({
  root: repo,
  cacheControl: null,
  handle(req, res, url) {
    const [, , widget, , pageName = ''] = url.pathname.split('/');
    const themeId = pageName.endsWith('.theme.html') && pageName.replace('.theme.html', '');
    if (!themeId) return false;
    const theme = NLDS_THEMES.find(({ id }) => id === themeId);
    const entry = WIDGETS.find(([name]) => name === widget);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(theme, widget, entry[1]));
    return true;
  },
});
const { origin } = server;

const chains = tokenChains(repo);
const browser = await launchChromium();
let passed = 0;
let failed = 0;
const report = (ok, label, problems = []) => {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  for (const problem of problems) console.log(`    ${problem}`);
};
const started = Date.now();
try {
  const context = await browser.newContext({ viewport: { width: 480, height: 900 } });
  const tab = await context.newPage();
  tab.setDefaultTimeout(20_000);
  for (const theme of NLDS_THEMES.filter(({ id }) => !onlyTheme || id === onlyTheme))
    for (const [widget] of WIDGETS) {
      const problems = [];
      try {
        await tab.goto(`${origin}/packages/${widget}/examples/${theme.id}.theme.html`);
        const host = tab.locator(`wegwijs-${widget}`);
        await tab.waitForFunction((tag) => {
          const el = document.querySelector(tag);
          return el?.shadowRoot && el.shadowRoot.childElementCount > 0 && el.offsetHeight > 80;
        }, `wegwijs-${widget}`);
        await tab.evaluate(() => document.fonts.ready);
        await tab.waitForTimeout(300); // content from src and the pictograms settle
        // The theme reaches the widget.
        const mismatches = await tab.evaluate(
          ({ tag, chains }) => {
            const el = document.querySelector(tag);
            const page = getComputedStyle(document.body);
            const mine = getComputedStyle(el);
            const wrong = [];
            for (const [role, tokens] of Object.entries(chains)) {
              const token = tokens.find((t) => page.getPropertyValue(t).trim() !== '');
              if (!token) continue;
              const want = page.getPropertyValue(token).trim();
              const got = mine.getPropertyValue(role).trim();
              if (got !== want) wrong.push(`${role}: ${got} (${token} is ${want})`);
            }
            return wrong;
          },
          { tag: `wegwijs-${widget}`, chains },
        );
        problems.push(...mismatches);
        await tab.addScriptTag({ content: axeSource });
        const violations = await tab.evaluate(async () => {
          const r = await window.axe.run(document, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
            },
            resultTypes: ['violations'],
          });
          return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
        });
        problems.push(...violations.map((v) => `axe ${v}`));
        const box = await host.boundingBox();
        await tab.screenshot({
          path: join(out, `${widget}-${theme.id}.jpg`),
          type: 'jpeg',
          quality: 70,
          clip: {
            x: 0,
            y: 0,
            width: 480,
            height: Math.min(900, Math.ceil(box.y + box.height + 12)),
          },
        });
      } catch (error) {
        problems.push(error.message.split('\n')[0]);
      }
      report(problems.length === 0, `${widget} · ${theme.title}`, problems);
    }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
