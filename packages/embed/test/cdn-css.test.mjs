// The CSS that ships in dist/cdn (node --test, Chromium; run after the build): every widget's
// stylesheets, as the browser parses them from the CDN files, equal the stylesheets of the
// sources, rule by rule; and the step guide keeps its focus outline under a host reset.
// Compared through the CSSOM (Chromium's own serialisation of each rule: whitespace, quotes and
// number forms normalised), so a minifier may shorten what it likes but not change a selector
// or a declaration.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { cssTemplates, scanTemplates } from '../../tools/lib/minify-lit-templates.mjs';
import { startServer } from '../../../test/quality/lib/server.mjs';
import { cdnDir, exampleElement, repo, widgetList } from '../widget-list.mjs';

const helpers = join(repo, 'test/quality/lib/page-helpers.js');

/** Every .ts file under `dir`, generated catalogues left out. */
const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/**
 * The CSS texts of the sources: every css`…` template, and the plain template literals of
 * `*.styles.ts` files (light-DOM styles kept as strings for lightStyleSheet()).
 */
function sourceCss() {
  const texts = [];
  for (const pkg of readdirSync(join(repo, 'packages'))) {
    const src = join(repo, 'packages', pkg, 'src');
    if (!existsSync(src)) continue;
    for (const file of sources(src)) {
      const text = readFileSync(file, 'utf8');
      texts.push(...cssTemplates(text));
      if (file.endsWith('.styles.ts'))
        scanTemplates(text, (tag, parts) => {
          if (!tag && parts.length === 1) texts.push(parts[0]);
          return parts;
        });
    }
  }
  return texts;
}

/**
 * In the page: each rule of a stylesheet as Chromium serialises it, whitespace normalised (the
 * CSSOM keeps a custom property's value as written): runs of it become one space, none next to
 * brackets and commas. A space before `:` or between selectors stays: it is a combinator.
 */
const serialise = (sheet) =>
  [...sheet.cssRules].map((rule) =>
    rule.cssText
      .replace(/\s+/g, ' ')
      .replace(/\s*([(),])\s*/g, '$1')
      .replace(/,/g, ', '),
  );

let server;
let browser;

async function openWidget(element, hostCss = '') {
  const page = await browser.newPage();
  await page.addInitScript({ path: helpers });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = server.addPage(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CSS</title>
<style>${hostCss}</style>
<script type="module" src="/__bundle/cdn/wegwijs.js"></script></head>
<body><main>${element}</main></body></html>`,
  );
  await page.goto(url);
  const settled = await page.evaluate(() => window.__wq.settle(document.body));
  assert.ok(settled.ok, `elements never defined: ${settled.undefined?.join(', ')}`);
  assert.deepEqual(errors, []);
  return page;
}

describe('CSS in the CDN files', () => {
  before(async () => {
    assert.ok(
      existsSync(join(cdnDir, 'wegwijs.js')),
      'build first: npm run build -w @wegwijs/embed',
    );
    server = await startServer({
      root: cdnDir,
      hostsDir: join(repo, 'test/quality/hosts'),
      packagesDir: join(repo, 'packages'),
    });
    server.addBundle('cdn', cdnDir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps the step guide focus outline, which a host reset cannot remove', async () => {
    const guide = widgetList.find((w) => w.tag === 'wegwijs-step-guide');
    // A host reset of the kind the unlayered focus rule is written for.
    const page = await openWidget(exampleElement(guide), '*:focus-visible { outline: none }');
    const selectors = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((sheet) =>
        [...sheet.cssRules].map((rule) => rule.selectorText).filter(Boolean),
      ),
    );
    assert.ok(
      selectors.includes('wegwijs-step-guide :focus-visible'),
      `no rule "wegwijs-step-guide :focus-visible" among ${selectors.length} light-DOM rules`,
    );
    let outline;
    for (let tab = 0; tab < 20 && !outline; tab++) {
      await page.keyboard.press('Tab');
      outline = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el?.closest('wegwijs-step-guide') || el.localName.startsWith('wegwijs-')) return;
        const style = getComputedStyle(el);
        return { tag: el.localName, style: style.outlineStyle, width: style.outlineWidth };
      });
    }
    assert.ok(outline, 'no focusable element in the step guide');
    assert.notEqual(outline.style, 'none', `focused ${outline.tag} has no outline`);
    assert.ok(parseFloat(outline.width) >= 2, `outline ${outline.width} is thinner than 2px`);
    await page.close();
  });

  for (const widget of widgetList)
    it(`ships the source CSS rules of <${widget.tag}>`, async () => {
      const page = await openWidget(exampleElement(widget));
      // Each stylesheet the widget's elements use: Lit's adopted sheets in shadow roots and
      // the light-DOM sheets adopted by the document.
      const shipped = await page.evaluate((serialiseText) => {
        const serialise = new Function(`return ${serialiseText}`)();
        const sheets = new Set(document.adoptedStyleSheets);
        for (const el of window.__wq.deepAll(document))
          for (const sheet of el.shadowRoot?.adoptedStyleSheets ?? []) sheets.add(sheet);
        return [...sheets].map(serialise);
      }, serialise.toString());
      const own = await page.evaluate(
        ({ texts, serialiseText }) => {
          const serialise = new Function(`return ${serialiseText}`)();
          return texts.map((text) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(text);
            return serialise(sheet);
          });
        },
        { texts: sourceCss(), serialiseText: serialise.toString() },
      );
      await page.close();
      assert.ok(shipped.length > 0, 'no stylesheet found');
      const known = new Set(own.map((rules) => rules.join('\n')));
      for (const rules of shipped) {
        if (known.has(rules.join('\n'))) continue;
        // The closest source sheet (the most rules in common); show where the first rule
        // that differs parts from it.
        const closest = own
          .map((source) => ({ source, shared: source.filter((r) => rules.includes(r)).length }))
          .sort((a, b) => b.shared - a.shared)[0].source;
        const mine = rules.find((r) => !closest.includes(r)) ?? '';
        const theirs = closest.find((r) => !rules.includes(r)) ?? '';
        let at = 0;
        while (at < mine.length && mine[at] === theirs[at]) at++;
        assert.fail(
          `a shipped stylesheet of <${widget.tag}> differs from its source at\n` +
            `  shipped: …${mine.slice(Math.max(0, at - 60), at + 60)}\n` +
            `  source:  …${theirs.slice(Math.max(0, at - 60), at + 60)}`,
        );
      }
    });
});
