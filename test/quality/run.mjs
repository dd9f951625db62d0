#!/usr/bin/env node
// Wegwijs quality gates: accessibility matrix, keyboard/forced colours/reflow/text spacing/
// reduced motion, hostile hosts, hostile content, faults, privacy and no-JS, on every story of
// the built Storybook and every widget package that exists. See docs/quality.md.
//
//   node test/quality/run.mjs                 build Storybook + bundles, run everything
//   node test/quality/run.mjs --reuse         reuse storybook-static if it exists
//   node test/quality/run.mjs --only=a11y,hosts   run some checks (names below)
//   node test/quality/run.mjs --story=core-   only stories whose id starts with this
//   node test/quality/run.mjs --widgets=core,step-guide   only these packages for hosts/content/faults
//
// Prints a table, writes test/quality/report.json, ends with "N passed, N failed"; exit 1 on
// any failure. Skipped checks (a widget that does not exist yet) are counted apart.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../packages/tools/lib/chromium.mjs';
import { inParallel } from '../../packages/tools/lib/in-parallel.mjs';
import { packAll, unpackAll } from '../../packages/tools/lib/pack.mjs';
import { SHIPPED_MODULES_FILE } from '../../packages/tools/lib/storybook-vite.mjs';
import { startServer } from './lib/server.mjs';
import { buildBundles, findWidgets } from './lib/bundle.mjs';
import { storyChecks } from './checks/stories.mjs';
import { watchRequests } from './checks/keyboard-walk.mjs';
import { hostChecks } from './checks/hosts.mjs';
import { contentChecks } from './checks/content.mjs';
import { faultChecks } from './checks/faults.mjs';
import { noJsChecks } from './checks/nojs.mjs';
import { trustedTypesChecks } from './checks/trusted-types.mjs';
import { markupChecks } from './checks/markup.mjs';
import { themeChecks } from './checks/themes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const ALL = [
  'a11y',
  'keyboard',
  'forced-colors',
  'reflow',
  'text-spacing',
  'reduced-motion',
  'privacy',
  'hosts',
  'content',
  'faults',
  'no-js',
  'trusted-types',
  'markup',
  'themes',
];
const only = args.only ? new Set(String(args.only).split(',')) : new Set(ALL);
const started = Date.now();
const results = [];
const log = (...a) => console.log(...a);

// --- Storybook -------------------------------------------------------------------------------
// Built from what ships: every public package packed with `npm pack` (build first) and unpacked
// in .cache/shipped-packages/node_modules; the Storybook resolves @wegwijs/* there, with the CDN
// build's options (packages/tools/lib/storybook-vite.mjs). `npm start` keeps the sources.
const sbDir = join(repo, 'storybook-static');
const shippedDir = join(repo, '.cache', 'shipped-packages');
if (!(args.reuse && existsSync(join(sbDir, 'index.json')))) {
  let t = Date.now();
  rmSync(shippedDir, { recursive: true, force: true });
  const packed = packAll(join(shippedDir, 'tarballs'));
  unpackAll(packed, shippedDir);
  log(`Packed ${packed.length} packages in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  log('Building Storybook on them (storybook build -o storybook-static --quiet)…');
  t = Date.now();
  execFileSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      STORYBOOK_DISABLE_TELEMETRY: '1',
      WEGWIJS_SHIPPED_PACKAGES: shippedDir,
    },
  });
  log(`  built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
const index = JSON.parse(readFileSync(join(sbDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .filter((e) => !args.story || e.id.startsWith(args.story))
  .map((e) => ({
    id: e.id,
    title: e.title,
    name: e.name,
    tags: e.tags ?? [],
    importPath: e.importPath,
  }))
  // Composite stories only frame other stories (e.g. every language at once); those stories
  // are each checked on their own, and axe/keyboard checks do not enter iframes.
  .filter((e) => !e.tags.includes('composite'));

// The Storybook holds the packed files only: Wegwijs modules from the unpacked tarballs, none
// from a workspace package's src/ or dist/ (see packages/tools/lib/storybook-vite.mjs).
{
  const file = join(sbDir, SHIPPED_MODULES_FILE);
  const modules = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const problem = !modules
    ? `${SHIPPED_MODULES_FILE} missing: Storybook was not built from the packed packages`
    : modules.shipped.length === 0
      ? 'no module of a packed @wegwijs package in the Storybook'
      : modules.workspace.length > 0
        ? `workspace modules in the Storybook instead of the packed files:\n${modules.workspace.slice(0, 10).join('\n')}`
        : undefined;
  results.push({
    check: 'shipped',
    name: 'storybook',
    status: problem ? 'fail' : 'pass',
    ms: 0,
    details: problem ?? `${modules.shipped.length} modules from the packed @wegwijs packages`,
  });
  if (problem) log(`  ✗ shipped · storybook\n      ${problem.replace(/\n/g, '\n      ')}`);
  else log(`Storybook bundles ${modules.shipped.length} modules of the packed @wegwijs packages`);
}

// --- Widgets and bundles ---------------------------------------------------------------------
const found = findWidgets(repo).filter(
  (w) => !args.widgets || String(args.widgets).split(',').includes(w.pkg),
);
const tBundle = Date.now();
const bundles = await buildBundles(repo, found);
const widgets = bundles.widgets;
log(`Bundles built in ${Date.now() - tBundle} ms: ${widgets.map((w) => w.pkg).join(', ')}`);
for (const f of bundles.failures) {
  results.push({
    check: 'bundle',
    name: f.pkg,
    status: 'fail',
    ms: 0,
    details: `does not bundle:\n${f.message}`,
  });
  log(`  ✗ bundle · ${f.pkg}: does not bundle\n      ${f.message.replace(/\n/g, '\n      ')}`);
}
for (const w of widgets)
  results.push({ check: 'bundle', name: w.pkg, status: 'pass', ms: 0, details: w.tags.join(' ') });

const server = await startServer({
  root: sbDir,
  hostsDir: join(here, 'hosts'),
  packagesDir: join(repo, 'packages'),
});
for (const [name, dir] of Object.entries(bundles.dirs)) server.addBundle(name, dir);

const browser = await launchChromium();
const helpersPath = join(here, 'lib', 'page-helpers.js');

/** A fresh context + page (clean storage, own emulation), with our helpers and error capture. */
async function newPage(options = {}) {
  const { initScripts = [], ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    ...contextOptions,
  });
  await context.addInitScript({ path: helpersPath });
  await context.addInitScript(
    (tags) => (window.__wqKnownTags = tags),
    found.flatMap((w) => w.tags),
  );
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // From the first request on: the keyboard walk waits until none is in flight.
  watchRequests(page);
  const errors = [];
  const consoleMessages = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text() }));
  const handle = {
    context,
    page,
    errors,
    consoleMessages,
    crashed: false,
    close: () => context.close(),
  };
  page.on('crash', () => (handle.crashed = true));
  return handle;
}

function storyUrl(id, { locale = 'nl', theme = 'default' } = {}) {
  // a11y.manual: the Storybook a11y addon must not run its own axe while we run ours.
  return `${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale};theme:${theme};a11y.manual:!true`;
}

/** Story page loads (a navigation to iframe.html), counted for the report. */
let storyLoads = 0;
/** Open a story and wait until its Wegwijs elements are defined, updated and loaded. */
async function openStory(page, id, globals) {
  storyLoads++;
  await page.goto(storyUrl(id, globals), { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document.querySelector('#storybook-root')?.childElementCount > 0 ||
      document.body.classList.contains('sb-show-errordisplay'),
  );
  const failed = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay'),
  );
  if (failed) {
    const message = await page.evaluate(
      () => document.querySelector('#error-message')?.textContent ?? '',
    );
    throw new Error(`Storybook shows an error: ${message.slice(0, 300)}`);
  }
  const settled = await page.evaluate(() =>
    window.__wq.settle(document.querySelector('#storybook-root')),
  );
  if (!settled.ok) throw new Error(`elements never defined: ${settled.undefined.join(', ')}`);
}

/** Run fn over items, `limit` at a time. */
const parallel = (items, fn, limit = Number(process.env.QUALITY_PARALLEL ?? 2)) =>
  inParallel(items, limit, fn);

/** One counted test: fn throws (fail), returns details (pass) or returns { skip: reason }. */
async function test(check, name, fn) {
  const t = Date.now();
  let status = 'pass';
  let details;
  try {
    const out = await fn();
    if (out && out.skip) {
      status = 'skip';
      details = out.skip;
    } else details = out;
  } catch (error) {
    status = 'fail';
    details = error?.message ?? String(error);
  }
  const ms = Date.now() - t;
  results.push({ check, name, status, ms, details });
  if (status === 'fail')
    log(`  ✗ ${check} · ${name}\n      ${String(details).replace(/\n/g, '\n      ')}`);
  else if (process.env.QUALITY_VERBOSE)
    log(`  ${status === 'pass' ? '✓' : '-'} ${check} · ${name} (${ms} ms)`);
}
function skip(check, name, reason) {
  results.push({ check, name, status: 'skip', ms: 0, details: reason });
}

const ctx = {
  repo,
  here,
  server,
  browser,
  stories,
  widgets,
  bundles,
  only,
  newPage,
  openStory,
  storyUrl,
  parallel,
  test,
  skip,
  log,
};

const phases = [
  ['stories', storyChecks],
  ['hosts', hostChecks],
  ['content', contentChecks],
  ['faults', faultChecks],
  ['no-js', noJsChecks],
  ['trusted-types', trustedTypesChecks],
  ['markup', markupChecks],
  ['themes', themeChecks],
];
const timings = {};
try {
  for (const [name, fn] of phases) {
    const t = Date.now();
    log(`\n▸ ${name}`);
    await fn(ctx);
    timings[name] = Date.now() - t;
    log(`  (${(timings[name] / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
  bundles.cleanup();
}

// --- Report ----------------------------------------------------------------------------------
const byCheck = new Map();
for (const r of results) {
  const row = byCheck.get(r.check) ?? { pass: 0, fail: 0, skip: 0, ms: 0 };
  row[r.status]++;
  row.ms += r.ms;
  byCheck.set(r.check, row);
}
log('\ncheck            passed  failed  skipped   time (sum)');
for (const [check, row] of byCheck) {
  log(
    `${check.padEnd(16)} ${String(row.pass).padStart(6)}  ${String(row.fail).padStart(6)}  ${String(row.skip).padStart(7)}   ${(row.ms / 1000).toFixed(1).padStart(6)} s`,
  );
}
const skipped = results.filter((r) => r.status === 'skip');
if (skipped.length) {
  log('\nSkipped:');
  for (const reason of new Set(skipped.map((r) => `${r.check}: ${r.details}`)))
    log(`  - ${reason}`);
}
const passed = results.filter((r) => r.status === 'pass').length;
const failed = results.filter((r) => r.status === 'fail').length;
const total = Date.now() - started;
const report = JSON.stringify({
  date: new Date().toISOString(),
  durationMs: total,
  phases: timings,
  storyLoads,
  stories: stories.map((s) => s.id),
  widgets: widgets.map((w) => ({ pkg: w.pkg, tags: w.tags, examples: w.examples })),
  summary: { passed, failed, skipped: skipped.length },
  results,
});
// Formatted with Prettier when it is there, so `prettier --check .` stays clean.
let formatted = `${JSON.stringify(JSON.parse(report), null, 2)}\n`;
try {
  const prettier = await import('prettier');
  formatted = await prettier.format(report, { parser: 'json', printWidth: 100 });
} catch {
  /* Prettier not installed: plain JSON */
}
writeFileSync(join(here, 'report.json'), formatted);
log(`\n${storyLoads} story page loads`);
log(
  `\nQuality gates took ${(total / 1000).toFixed(1)} s; report in test/quality/report.json (${skipped.length} skipped)`,
);
log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
