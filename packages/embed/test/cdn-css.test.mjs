// The CSS that ships in dist/cdn (node --test, Chromium; run after the build): every widget's
// stylesheets, as the browser parses them from the CDN files, equal the stylesheets of the
// sources (the same build, nothing minified), rule by rule; and the step guide keeps its focus
// outline under a host reset.
// Compared through the CSSOM (Chromium's own serialisation of each rule: whitespace, quotes and
// number forms normalised), so a minifier may shorten what it likes but not change a selector
// or a declaration.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { buildCdn } from '../cdn-build.mjs';
import { startServer } from '../../../test/quality/lib/server.mjs';
import { cdnDir, exampleElement, repo, widgetList } from '../widget-list.mjs';

const helpers = join(repo, 'test/quality/lib/page-helpers.js');

/**
 * In the page: each rule of a stylesheet as Chromium serialises it, whitespace normalised (the
 * CSSOM keeps a custom property's value as written): runs of it become one space, none next to
 * brackets and commas; `0.5` as `.5`, 'single' quotes as "double" (values with var() or
 * attr() are kept as written). A space before `:` or between selectors stays: it is a
 * combinator.
 */
const serialise = (sheet) =>
  [...sheet.cssRules].map((rule) =>
    rule.cssText
      .replace(/\s+/g, ' ')
      .replace(/\s*([(),])\s*/g, '$1')
      .replace(/,/g, ', ')
      .replace(/(^|[^\w.-])0+(\.\d)/g, '$1$2')
      .replace(/'([^'"]*)'/g, '"$1"'),
  );

let server;
let browser;
const sourceDir = mkdtempSync(join(tmpdir(), 'wegwijs-css-source-'));

async function openWidget(element, hostCss = '', bundle = 'cdn') {
  const page = await browser.newPage();
  await page.addInitScript({ path: helpers });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = server.addPage(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CSS</title>
<style>${hostCss}</style>
<script type="module" src="/__bundle/${bundle}/wegwijs.js"></script></head>
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
    // The reference: the CDN build of the sources with nothing minified.
    await buildCdn({ outdir: sourceDir, esbuild: { minify: false } });
    server.addBundle('source', sourceDir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(sourceDir, { recursive: true, force: true });
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
      // Each stylesheet the widget's elements use: Lit's adopted sheets in shadow roots and
      // the light-DOM sheets adopted by the document.
      const sheetsOf = async (bundle) => {
        const page = await openWidget(exampleElement(widget), '', bundle);
        const sheets = await page.evaluate(async (serialiseText) => {
          const serialise = new Function(`return ${serialiseText}`)();
          const collect = () => {
            const all = new Set(document.adoptedStyleSheets);
            for (const el of window.__wq.deepAll(document))
              for (const sheet of el.shadowRoot?.adoptedStyleSheets ?? []) all.add(sheet);
            return all;
          };
          // Parts adopt their sheets as they arrive: wait until the count holds for 1 s.
          let all = collect();
          for (let stable = 0, tries = 0; stable < 4 && tries < 40; tries++) {
            await new Promise((r) => setTimeout(r, 250));
            const now = collect();
            stable = now.size === all.size ? stable + 1 : 0;
            all = now;
          }
          return [...all].map(serialise);
        }, serialise.toString());
        await page.close();
        return sheets;
      };
      const shipped = await sheetsOf('cdn');
      const own = await sheetsOf('source');
      assert.ok(shipped.length > 0, 'no stylesheet found');
      assert.equal(shipped.length, own.length, 'as many stylesheets as the sources make');
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
