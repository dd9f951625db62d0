// Integrity of the whole CDN graph (node --test, Chromium; run after the build): a copy of
// dist/cdn with one file changed, as a compromised CDN would serve it. The loader preloads each
// widget's files with their integrity hash, so Chromium must refuse a changed static chunk and
// a changed lazy chunk, and the page must stay readable (the editor's markup, or a message).
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { startServer } from '../../../test/quality/lib/server.mjs';
import { cdnDir, cdnGraphFile, exampleElement, repo, widgetList } from '../widget-list.mjs';

const guide = widgetList.find((w) => w.tag === 'wegwijs-step-guide');
const preload = JSON.parse(readFileSync(cdnGraphFile, 'utf8'));
const staticOf = (file) => preload.static[file] ?? [];

let server;
let browser;
const copies = [];

/** A copy of dist/cdn with `file` changed (a line of code that records that it ran). */
function tampered(file) {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-tampered-'));
  copies.push(dir);
  cpSync(cdnDir, dir, { recursive: true });
  appendFileSync(
    join(dir, file),
    `\n;(globalThis.__tampered ??= []).push(${JSON.stringify(file)});\n`,
  );
  const name = `t${copies.length}`;
  server.addBundle(name, dir);
  return name;
}

/** Open a page with `element` and the loader of bundle `name`; wait `ms` for it to settle. */
async function open(name, element, ms = 2500, tag = guide.tag) {
  const page = await browser.newPage();
  const console = [];
  page.on('console', (m) => console.push(m.text()));
  const url = server.addPage(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>SRI</title>
<script type="module" src="/__bundle/${name}/wegwijs.js"></script></head>
<body><main>${element}</main></body></html>`,
  );
  await page.goto(url);
  await page.waitForTimeout(ms);
  const state = await page.evaluate((tag) => {
    const el = document.querySelector(tag);
    return {
      tampered: globalThis.__tampered ?? [],
      defined: Boolean(customElements.get(tag)),
      text: el.textContent.replace(/\s+/g, ' ').trim(),
      steps: el.querySelectorAll('li, h3').length,
    };
  }, tag);
  await page.close();
  return { ...state, console };
}

const markup = `<wegwijs-step-guide><h2>Zo krijgt u hulp</h2><ol>
<li><h3>Bel de gemeente</h3><p>Vraag naar een cliëntondersteuner.</p></li>
<li><h3>Maak een afspraak</h3><p>De hulp is gratis.</p></li></ol></wegwijs-step-guide>`;

describe('integrity of the CDN files', () => {
  before(async () => {
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
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the untouched files (the control)', async () => {
    const name = tampered('embed.css'); // a file the page does not load
    const state = await open(name, exampleElement(guide));
    assert.ok(state.defined, 'the step guide is defined');
    assert.ok(state.steps > 0, 'the step guide shows its steps');
  });

  it('refuses a changed static chunk of the widget; the message shows', async () => {
    const chunk = staticOf('widgets/step-guide.js').find((f) => f.startsWith('chunks/'));
    assert.ok(chunk, 'the step guide imports a chunk statically');
    const state = await open(tampered(chunk), exampleElement(guide));
    assert.deepEqual(state.tampered, [], `${chunk} ran`);
    assert.ok(!state.defined, 'the step guide was defined from a changed chunk');
    assert.match(state.text, /kan nu niet worden getoond/, 'the element is not blank');
    assert.ok(
      state.console.some((t) => /integrity/i.test(t)),
      `no integrity error in the console: ${state.console.join(' | ')}`,
    );
  });

  it('refuses a changed static chunk; the editor markup stays readable', async () => {
    const chunk = staticOf('widgets/step-guide.js').find((f) => f.startsWith('chunks/'));
    const state = await open(tampered(chunk), markup);
    assert.deepEqual(state.tampered, []);
    assert.ok(!state.defined);
    assert.match(state.text, /Bel de gemeente.*De hulp is gratis/);
    assert.doesNotMatch(state.text, /kan nu niet worden getoond/);
  });

  it('refuses a changed widget file (fetched with import()); the message shows', async () => {
    const lazy = 'widgets/step-guide.js';
    assert.ok(preload.keys[guide.tag].includes(lazy), 'the loader preloads the widget file');
    const state = await open(tampered(lazy), exampleElement(guide));
    assert.deepEqual(state.tampered, [], `${lazy} ran; console: ${state.console.join(' | ')}`);
    assert.ok(!state.defined, 'the guide was defined although a file it needs was refused');
    assert.match(state.text, /kan nu niet worden getoond/, 'the element is not blank');
  });

  it('refuses a changed lazy chunk its content needs; the element is not blank', async () => {
    // The CSV reader: the guide's schema is in its own file now (connected, see widget-list.json).
    const finder = widgetList.find((w) => w.tag === 'wegwijs-contact-finder');
    const [lazy] = preload.keys[`${finder.tag} csv`];
    assert.ok(lazy, 'the CSV content form has a lazy chunk (the reader)');
    const element = exampleElement({
      ...finder,
      example: { src: finder.example.src.replace(/\.json$/, '.csv') },
    });
    const state = await open(tampered(lazy), element, 2500, finder.tag);
    assert.deepEqual(state.tampered, [], `${lazy} ran; console: ${state.console.join(' | ')}`);
    assert.match(state.text, /kan nu niet worden getoond/, 'the element is not blank');
  });
});
