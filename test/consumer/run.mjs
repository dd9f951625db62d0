#!/usr/bin/env node
// The consumer test: what an npm user gets, used the way they use it. Packs every public
// package (`npm pack`), copies the scratch apps of this folder to a temporary folder outside
// the workspace, installs the tarballs plus real packages from the registry (versions pinned in
// each app's package.json), then per app:
//   typecheck — `tsc --noEmit` (`vue-tsc` for the Vue app) with skipLibCheck off, so the
//               shipped .d.ts files are checked too;
//   build     — `vite build`, no `source` condition anywhere;
//   render    — the built app served and opened in Chromium: all five widgets and core's
//               language switch and read-aloud button render, the step
//               guide expands a step, the contact finder filters by postcode and the app's typed
//               listener of its event runs, no page error;
//   axe       — axe-core on the whole page after the interactions: no violations.
// The recipes of docs/developers.md are written into the apps first (recipes.mjs), so the
// typecheck compiles them too; the Angular app only type-checks its recipe (tsc against
// @angular/core's types: the Angular compiler is too heavy for this test).
// Ends with "N passed, N failed" (one check per app and kind) for `npm test`.
//
//   node test/consumer/run.mjs [vite-ts react vue] [--keep] [--reuse=<folder of a kept run>]
//   [--no-typecheck]
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { launchChromium } from '../../packages/tools/lib/chromium.mjs';
import { startTestServer } from '../../packages/tools/lib/test-server.mjs';
import { packAll, repoRoot } from '../../packages/tools/lib/pack.mjs';
import { checkHtmlRecipe, readRecipes, writeRecipes } from './recipes.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const here = new URL('.', import.meta.url).pathname;
const allApps = ['vite-ts', 'react', 'vue', 'angular'];
/** Apps that only type-check (docs recipes): no Angular compiler, build or browser run here. */
const typecheckOnly = new Set(['angular']);
const recipes = readRecipes();
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const apps = chosen.length ? chosen : allApps;
const keep = process.argv.includes('--keep');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

// --reuse: the installed apps of a --keep run (to iterate on the checks without reinstalling).
const reuse = process.argv.find((arg) => arg.startsWith('--reuse='))?.slice('--reuse='.length);
const work = reuse ?? mkdtempSync(join(tmpdir(), 'wegwijs-consumer-'));
console.log(`${reuse ? 'reusing' : 'packing into'} ${work}`);
const tarballs = reuse ? [] : packAll(join(work, 'tarballs'));

/** The app's package.json with every Wegwijs tarball as a dependency, also for transitive use. */
function withTarballs(manifest) {
  const specs = Object.fromEntries(tarballs.map(({ name, tarball }) => [name, `file:${tarball}`]));
  return {
    ...manifest,
    dependencies: { ...manifest.dependencies, ...specs },
    overrides: specs,
  };
}

/** Content the apps show: the packages' own examples, as a page would host them. */
function copyContent(appDir) {
  const installed = (path) => join(appDir, 'node_modules', path);
  const content = join(appDir, 'public/content');
  mkdirSync(content, { recursive: true });
  cpSync(
    installed('@wegwijs/content-oco/content/step-guide-oco.json'),
    join(content, 'step-guide.json'),
  );
  cpSync(
    installed('@wegwijs/letter-explainer/examples/wmo-beschikking.json'),
    join(content, 'letter.json'),
  );
  cpSync(
    installed('@wegwijs/contact-finder/examples/voorbeeldstad-contacts.json'),
    join(content, 'contacts.json'),
  );
  cpSync(
    installed('@wegwijs/content-oco/content/question-helper-oco.json'),
    join(content, 'question-helper.json'),
  );
  // The read-aloud elements name a recording (a headless browser has no voice); any recording
  // the packages ship stands in for the municipality's own.
  cpSync(
    installed('@wegwijs/content-oco/content/audio/fa/asking-is-normal.mp3'),
    join(content, 'gratis-hulp.mp3'),
  );
  // The video example refers to ../media/, which the package does not ship (1.7 MB of demo
  // video): the repository's copy stands in for the municipality's own media.
  cpSync(installed('@wegwijs/video-explainer/examples'), join(appDir, 'public/video/examples'), {
    recursive: true,
  });
  cpSync(join(repoRoot, 'packages/video-explainer/media'), join(appDir, 'public/video/media'), {
    recursive: true,
  });
}

async function prepare(app) {
  const dir = join(work, app);
  cpSync(join(here, app), dir, { recursive: true });
  const manifestFile = join(dir, 'package.json');
  writeFileSync(
    manifestFile,
    JSON.stringify(withTarballs(JSON.parse(readFileSync(manifestFile, 'utf8'))), null, 2),
  );
  const install = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock'],
    dir,
  );
  if (install.ok && !typecheckOnly.has(app)) copyContent(dir);
  const written = writeRecipes(app, dir, recipes);
  console.log(
    `installed ${app}${written.length ? `, docs recipes ${written.join(', ')}` : ''} (${seconds()})`,
  );
  return { app, dir, install };
}

/**
 * A page without a bundler: the widgets' `define` modules straight from node_modules, with an
 * import map for the bare specifiers. The map is what an import-map generator would write: one
 * entry per bare specifier the module graph uses, resolved through each package's exports.
 */
function importMapPage(appDir) {
  const imports = {};
  const seen = new Set();
  const ts = require(join(appDir, 'node_modules/typescript'));
  const resolveBare = (specifier) => {
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const folder = join(appDir, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const subpath = `.${specifier.slice(name.length)}`;
    let target = subpath === '.' ? (manifest.module ?? manifest.main ?? 'index.js') : subpath;
    if (manifest.exports) {
      const map =
        typeof manifest.exports === 'string' ? { '.': manifest.exports } : manifest.exports;
      const key =
        subpath in map
          ? subpath
          : Object.keys(map).find((k) => k.includes('*') && subpath.startsWith(k.split('*')[0]));
      const star = key?.includes('*')
        ? subpath.slice(key.split('*')[0].length, subpath.length - key.split('*')[1].length)
        : '';
      const pick = (value) =>
        typeof value === 'string'
          ? value
          : Object.entries(value ?? {}).reduce(
              (found, [condition, next]) =>
                found ??
                (['browser', 'import', 'module', 'default'].includes(condition)
                  ? pick(next)
                  : undefined),
              undefined,
            );
      target = key && pick(map[key])?.replace('*', star);
      if (!target) throw new Error(`${specifier} is not exported`);
    }
    return join(folder, target);
  };
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles) {
      if (fileName.startsWith('.')) walk(join(dirname(file), fileName));
      else if (!builtinModules.includes(fileName)) {
        // (a UMD file's guarded `require('stream')` is no import a browser makes)
        const target = resolveBare(fileName);
        imports[fileName] = `/${relative(appDir, target)}`;
        walk(target);
      }
    }
  };
  const entries = widgetTags.map((tag) => `@wegwijs/${tag.replace('wegwijs-', '')}/define`);
  const entryFile = join(appDir, 'plain-entry.mjs');
  writeFileSync(entryFile, entries.map((e) => `import '${e}';`).join('\n'));
  walk(entryFile);
  const widgets = readFileSync(join(appDir, 'index.html'), 'utf8').match(
    /<main>[\s\S]*<\/main>/,
  )[0];
  const page = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Wegwijs zonder bundler</title>
    <script type="importmap">${JSON.stringify({ imports })}</script>
  </head>
  <body>
    ${widgets.replaceAll('src="/', 'src="/public/')}
    <script type="module">
      ${entries.map((e) => `import '${e}';`).join('\n      ')}
      document.documentElement.dataset.app = 'plain';
    </script>
  </body>
</html>`;
  writeFileSync(join(appDir, 'plain.html'), page);
  return Object.keys(imports).length;
}

/** What each widget shows once its content has loaded. */
const widgetTags = [
  'wegwijs-step-guide',
  'wegwijs-video-explainer',
  'wegwijs-letter-explainer',
  'wegwijs-contact-finder',
  'wegwijs-question-helper',
];
const loaded = {
  'wegwijs-step-guide': '.wegwijs-step-guide__toggle',
  'wegwijs-video-explainer': 'section.base',
  'wegwijs-letter-explainer': '.wegwijs-letter-explainer__box',
  'wegwijs-contact-finder': '.wegwijs-contact-finder__contact',
  'wegwijs-question-helper': '.wegwijs-question-helper__in',
  // Core's own elements, typed by @wegwijs/core/react and /vue: three language buttons, and the
  // read-aloud button (a recording is named: a headless browser has no voice).
  'wegwijs-language-switch': 'button[part~=option-button]',
  'wegwijs-read-aloud': 'button[part=button]',
};

/** Opens the built app, interacts, runs axe; returns { render: problems[], axe: problems[] }. */
async function inBrowser(browser, dist, path = '/') {
  const server = await startTestServer({ root: dist });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const render = [];
  try {
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.app, null, {
      timeout: 20000,
    });
    // Each widget shows its loaded content (in its light DOM or shadow root) and no problem.
    for (const [tag, selector] of Object.entries(loaded))
      await page
        .waitForFunction(
          ([name, css]) => {
            const el = document.querySelector(name);
            return el && (el.querySelector(css) ?? el.shadowRoot?.querySelector(css));
          },
          [tag, selector],
          { timeout: 20000 },
        )
        .catch(() => render.push(`${tag} did not render ${selector}`));
    const problems = await page.evaluate(
      (tags) =>
        tags.flatMap((tag) =>
          (document.querySelector(tag)?.problems ?? [])
            .filter((p) => p.severity === 'error')
            .map((p) => `${tag}: ${p.message}`),
        ),
      Object.keys(loaded),
    );
    render.push(...problems);

    // Step guide: expand the second step.
    const toggle = page.locator('wegwijs-step-guide .wegwijs-step-guide__toggle').nth(1);
    await toggle.click({ timeout: 10000 });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true')
      render.push('step guide: the step did not expand');

    // Contact finder: filter by postcode (Noord), on the device.
    await page.locator('wegwijs-contact-finder [name=postcode]').fill('9905', { timeout: 10000 });
    const names = async () =>
      page.locator('wegwijs-contact-finder .wegwijs-contact-finder__contact h3').allTextContents();
    await page
      .waitForFunction(
        () => {
          const titles = [
            ...document.querySelectorAll(
              'wegwijs-contact-finder .wegwijs-contact-finder__contact h3',
            ),
          ].map((h) => h.textContent);
          return titles.includes('Buurtteam Noord') && !titles.includes('Buurtteam Zuid');
        },
        null,
        { timeout: 10000 },
      )
      .catch(async () =>
        render.push(`contact finder: postcode 9905 shows ${(await names()).join(', ')}`),
      );
    // The app's typed listener of the contact finder's event wrote the number found.
    const total = await page.evaluate(() => document.documentElement.dataset.contactTotal);
    if (path === '/' && !/^\d+$/.test(total ?? ''))
      render.push(`contact finder: the app's wegwijs-contact-filter listener did not run`);

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await axe.run(document);
      return result.violations.map(
        (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
      );
    });
    return { render: [...render, ...errors], axe: violations };
  } catch (error) {
    return {
      render: [...render, ...errors, String(error.message ?? error).split('\n')[0]],
      axe: ['not run'],
    };
  } finally {
    await page.close();
    server.close();
  }
}

const prepared = reuse
  ? apps.map((app) => ({ app, dir: join(work, app), install: { ok: true } }))
  : await Promise.all(apps.map(prepare));
const browser = await launchChromium();

/** Whether any file of the app names the `source` condition (it must resolve what ships). */
function setsSourceCondition(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .some((entry) =>
      /["']source["']/.test(readFileSync(join(entry.parentPath, entry.name), 'utf8')),
    );
}

let passed = 0;
let failed = 0;
function report(app, check, problems) {
  if (problems.length) failed += 1;
  else passed += 1;
  console.log(`${problems.length ? '✗' : '✓'} ${app} ${check}`);
  for (const problem of problems) console.log(`    ${problem}`);
}

for (const { app, dir, install } of prepared) {
  if (!install.ok) {
    report(app, 'install', install.output.trim().split('\n').slice(-15));
    continue;
  }
  const typecheck = process.argv.includes('--no-typecheck')
    ? { ok: true }
    : await run('npm', ['run', 'typecheck', '--silent'], dir);
  report(
    app,
    'typecheck (skipLibCheck off)',
    typecheck.ok ? [] : typecheck.output.trim().split('\n').slice(0, 30),
  );
  if (app === 'vite-ts')
    report(app, 'docs HTML recipe: documented tags and attributes', checkHtmlRecipe(dir, recipes));
  if (typecheckOnly.has(app)) continue;
  const build = await run('npm', ['run', 'build', '--silent'], dir);
  const source = setsSourceCondition(join(here, app));
  report(app, 'build', [
    ...(build.ok ? [] : build.output.trim().split('\n').slice(-20)),
    ...(source ? ['the app sets the "source" condition'] : []),
  ]);
  if (!build.ok) continue;
  const result = await inBrowser(browser, join(dir, 'dist'));
  report(app, 'render and interact', result.render);
  report(app, 'axe', result.axe);
  if (app === 'vite-ts') {
    // The same widgets on a page without a bundler, from the installed packages.
    let mapped = 0;
    let plain;
    try {
      mapped = importMapPage(dir);
      plain = await inBrowser(browser, dir, '/plain.html');
    } catch (error) {
      plain = { render: [String(error.message ?? error)], axe: ['not run'] };
    }
    report(app, `plain page with an import map (${mapped} specifiers)`, [
      ...plain.render,
      ...plain.axe,
    ]);
  }
  console.log(`  (${seconds()})`);
}
await browser.close();

if (keep || reuse) console.log(`apps kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`consumer test took ${seconds()}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
