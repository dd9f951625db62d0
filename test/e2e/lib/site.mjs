// The demo site (docs/site/) as residents get it: the page from the repository, its one
// script tag pointed at the CDN build (packages/embed/dist/cdn, made by `npm run build`),
// served by the quality gates' static server (test/quality/lib/server.mjs) from the repo root.
// Nothing leaves 127.0.0.1: every other request is aborted and recorded, so a test can assert
// that YouTube (or anything else) was never contacted.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../packages/tools/lib/chromium.mjs';
import { startServer } from '../../quality/lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..', '..');
const CDN_LOADER = '/packages/embed/dist/cdn/wegwijs.js';
const SOURCE_LOADER = '/packages/embed/src/wegwijs.ts';

export const VIEWPORTS = {
  phone: { width: 360, height: 740, hasTouch: true, isMobile: true },
  desktop: { width: 1280, height: 900, hasTouch: false, isMobile: false },
};

/** Start the server and the browser. */
export async function startSite() {
  if (!existsSync(join(repo, CDN_LOADER)))
    throw new Error(`No CDN build at ${CDN_LOADER}: run \`npm run build\` first.`);
  const server = await startServer({
    root: repo,
    hostsDir: join(repo, 'test', 'quality', 'hosts'),
    packagesDir: join(repo, 'packages'),
  });
  const browser = await launchChromium();
  return {
    origin: server.origin,
    /** The same server under another origin (for a cross-origin iframe). */
    otherOrigin: server.origin.replace('127.0.0.1', 'localhost'),
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh context (no stored language) at one viewport, with the demo page's HTML rewritten to
 * load the CDN loader. `external` collects every request to another origin (all aborted unless
 * a test routes them itself first).
 */
export async function openContext(site, viewportName, { locale = 'nl-NL' } = {}) {
  const { width, height, hasTouch, isMobile } = VIEWPORTS[viewportName];
  const context = await site.browser.newContext({
    viewport: { width, height },
    hasTouch,
    isMobile,
    locale,
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  const external = [];
  await context.route(
    (url) => url.origin !== site.origin && url.origin !== site.otherOrigin,
    (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await context.route(`${site.origin}/docs/site/*.html`, async (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    const html = (await readFile(join(repo, file), 'utf8')).replace(SOURCE_LOADER, CDN_LOADER);
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  return { context, external };
}

export const demoUrl = (site, hash = '') => `${site.origin}/docs/site/index.html${hash}`;
