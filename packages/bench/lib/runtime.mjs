// Runtime measurements: bench pages (their widgets through the CDN loader, as editors embed
// them; their own scripts bundled with esbuild) in a temp dir, served by the one
// test server (brotli like a CDN, Range requests for video), loaded in Chromium through the one
// launcher with CDP CPU throttling and a slow-4G network profile.
import { build } from 'esbuild';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { esbuildOptions } from '../../tools/lib/build-options.mjs';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { startTestServer } from '../../tools/lib/test-server.mjs';
import { buildCdn } from '../../embed/cdn-build.mjs';
import { widgetFiles } from '../../embed/widget-list.mjs';
import { root } from './size.mjs';

const pagesDir = join(root, 'packages/bench/pages');
const mediaDir = join(root, 'packages/video-explainer/media');

/** Lighthouse's "slow 4G" (mobile) profile: 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const network = { latency: 150, downloadKbps: 1638.4, uploadKbps: 750 };
export const cpuSlowdown = 4;

// The CDN build's settings: the bench pages are bundled as editors get them.
const esbuildBase = esbuildOptions({ logLevel: 'error' });

const observeScript = () =>
  `<script>${readFileSync(join(pagesDir, 'observe.js'), 'utf8')}</script>`;

/**
 * A widget's `src` pointing at an example content file of the repository is kept only when
 * that file exists; otherwise the widget enhances the markup inside it.
 */
export const withExistingSources = (html) =>
  html.replace(/\s+src="(\/packages\/[^"]+\.json)"/g, (attr, path) =>
    existsSync(join(root, path)) ? attr : '',
  );

/** Per CDN folder, its build (started once). */
const cdnBuilds = new Map();

/**
 * `repo`'s CDN build (its own packages/embed/cdn-build.mjs) into `dir/cdn/`, once per folder:
 * the files residents get, loaded by the pages that embed `./cdn/wegwijs.js`.
 */
function buildCdnOnce(dir, repo, esbuild) {
  const outdir = join(dir, 'cdn');
  if (!cdnBuilds.has(outdir))
    cdnBuilds.set(
      outdir,
      import(pathToFileURL(join(repo, 'packages/embed/cdn-build.mjs')).href).then((cdn) =>
        cdn.buildCdn({ outdir, esbuild }),
      ),
    );
  return cdnBuilds.get(outdir);
}

/**
 * Builds one page: its HTML (observer inlined) and its script, bundled on its own. A widget
 * page embeds the CDN loader (`./cdn/wegwijs.js`) as an editor's page does, so it is measured
 * on the files residents get: the CDN build is made next to it. `repo`: the checkout whose
 * page, sources and CDN build are used (another one for an A/B comparison); `esbuild`:
 * options over the CDN build's (e.g. readable names in a profile).
 */
export async function buildPage(dir, name, { repo = root, esbuild = {} } = {}) {
  const pages = join(repo, 'packages/bench/pages');
  const source = readFileSync(join(pages, `${name}.html`), 'utf8');
  await Promise.all([
    source.includes('"./cdn/wegwijs.js"') ? buildCdnOnce(dir, repo, esbuild) : undefined,
    build({
      ...esbuildBase,
      ...esbuild,
      absWorkingDir: repo,
      tsconfig: join(repo, 'tsconfig.json'),
      entryPoints: { [name]: join(pages, `${name}.ts`) },
      outdir: dir,
    }),
  ]);
  const html = withExistingSources(source).replace('<!--observe-->', observeScript());
  writeFileSync(join(dir, `${name}.html`), html);
}

/** The content each widget page uses: its example file, or the markup in the page. */
export function contentOf(name) {
  const html = readFileSync(join(pagesDir, `${name}.html`), 'utf8');
  const src = /\ssrc="(\/packages\/[^"]+\.json)"/.exec(html)?.[1];
  return src && existsSync(join(root, src))
    ? `\`${src.slice(1)}\``
    : 'the markup in the bench page';
}

/** The widget element (with its markup) from a widget's bench page. */
function widgetMarkup(name) {
  const html = readFileSync(join(pagesDir, `${name}.html`), 'utf8');
  const match = html.match(new RegExp(`<wegwijs-${name}[\\s\\S]*?</wegwijs-${name}>`));
  return match ? match[0] : '';
}

/**
 * The CDN build (packages/embed/cdn-build.mjs, as build-cdn.mjs runs it, into `dir/cdn/`) with
 * every present widget, and a page with the loader and the widgets `onPage` (default: all
 * present): what an editor's page with all four pays. The demo page (Lighthouse) uses the same
 * CDN folder, so a widget built but not on this page must still be in it.
 */
export async function buildAllPage(dir, present, onPage = present) {
  const missing = widgetFiles.filter((n) => !present.includes(n) && n !== 'core');
  const stub = {
    name: 'missing',
    setup(b) {
      const filter = new RegExp(`^@wegwijs/(${missing.join('|') || 'none-missing'})/define$`);
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'missing' }));
      b.onLoad({ filter: /.*/, namespace: 'missing' }, () => ({
        contents: 'export {};',
        loader: 'js',
      }));
    },
  };
  // The CDN build itself (with its preload list), not a copy of its settings.
  await buildCdn({
    outdir: join(dir, 'cdn'),
    files: widgetFiles.filter((n) => !missing.includes(n)),
    plugins: [stub],
  });
  await build({
    ...esbuildBase,
    absWorkingDir: root,
    entryPoints: { all: join(pagesDir, 'all.ts') },
    outdir: dir,
  });
  const widgets = withExistingSources(onPage.map(widgetMarkup).join('\n      '));
  const html = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Wegwijs: alle widgets op één pagina, geladen met de lazy loader." />
    <title>Wegwijs: alle widgets</title>
    <link rel="icon" href="data:," />
    <!-- As docs/embedding.md advises: the language switch's place is kept before its code arrives. -->
    <style>
      wegwijs-language-switch { display: block; min-block-size: 44px; }
    </style>
    ${observeScript()}
    <script type="module" src="./cdn/wegwijs.js"></script>
    <script type="module" src="./all.js"></script>
  </head>
  <body>
    <main>
      <h1>Onafhankelijke cliëntondersteuning</h1>
      <wegwijs-language-switch languages="nl ar tr pl"></wegwijs-language-switch>
      ${widgets}
    </main>
  </body>
</html>
`;
  writeFileSync(join(dir, 'all.html'), html);
}

/** Static files the peers need from node_modules. */
export function copyPeerAssets(dir) {
  copyFileSync(join(root, 'node_modules/plyr/dist/plyr.css'), join(dir, 'plyr.css'));
  copyFileSync(join(root, 'node_modules/plyr/dist/plyr.svg'), join(dir, 'plyr.svg'));
}

/**
 * The demo page built like a deployed site: its folder copied to `dir`, the loader's source
 * script replaced by the CDN build in `dir/cdn/` (buildAllPage), other TypeScript page scripts
 * bundled next to it. Returns the page's URL path. Other files (example content, media) are
 * served from the repository by `serve(dir, root)`.
 */
export async function buildDemo(dir, htmlPath) {
  const folder = dirname(htmlPath);
  cpSync(join(root, folder), join(dir, folder), { recursive: true });
  let html = readFileSync(join(root, htmlPath), 'utf8');
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+\.ts)"/g)) {
    if (src === '/packages/embed/src/wegwijs.ts') {
      html = html.replace(`"${src}"`, '"/cdn/wegwijs.js"');
      continue;
    }
    const abs = src.startsWith('/') ? join(root, src) : join(root, folder, src);
    const name = `bench-${abs.split('/').pop().replace(/\.ts$/, '')}`;
    await build({
      ...esbuildBase,
      absWorkingDir: root,
      entryPoints: { [name]: abs },
      outdir: join(dir, folder),
    });
    html = html.replace(`"${src}"`, `"/${folder}/${name}.js"`);
  }
  writeFileSync(join(dir, htmlPath), html);
  return `/${htmlPath}`;
}

/**
 * Serves `dir` (then `fallback`) on the one test server, as a CDN would: brotli for text,
 * Range requests for media, the video explainer's media at /media/. `secure`: HTTP/2 over
 * TLS (the default; HTTP/1.1 when openssl is missing); otherwise HTTP/1.1, where Chromium
 * opens at most 6 connections per host and a page of many small files waits in line.
 * `server.origin` is its address, `server.protocol` what it speaks.
 */
export function serve(dir, fallback, { secure = true } = {}) {
  return startTestServer({
    root: fallback ? [dir, fallback] : dir,
    mounts: { '/media/': mediaDir },
    // Every run starts a fresh browser, so nothing is cached between runs anyway; `no-store`
    // would also keep the page out of the back/forward cache, which Lighthouse reports.
    cacheControl: 'no-cache',
    brotli: true,
    ranges: true,
    secure,
  });
}

/** The one Chromium launcher, with video autoplay and precise memory figures for the bench. */
export function launch(extraArgs = []) {
  return launchChromium({
    args: [
      '--autoplay-policy=no-user-gesture-required',
      '--enable-precise-memory-info',
      ...extraArgs,
    ],
  });
}

/**
 * Waits for the page's `wegwijs-rendered` (or `wegwijs-timeout`) mark with one small script of
 * our own, sent over CDP. Not Playwright's waitForFunction: its injected script (hundreds of
 * kB, compiled and run in the page on a 4× slowed CPU) was itself a long task of 100–400 ms
 * that the page's TBT counted (seen in packages/bench/profile.mjs).
 */
export async function waitForRendered(cdp, timeout = 60_000) {
  const expression = `new Promise((resolve) => {
    const marked = () => ['wegwijs-rendered', 'wegwijs-timeout'].some((n) => performance.getEntriesByName(n).length);
    if (marked()) return resolve(true);
    new PerformanceObserver((list, observer) => {
      if (marked()) { observer.disconnect(); resolve(true); }
    }).observe({ type: 'mark' });
    setTimeout(() => resolve(false), ${timeout});
  })`;
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (result.value !== true) throw new Error(`not rendered within ${timeout / 1000} s`);
}

/**
 * A fresh context and page with the bench's conditions: CPU slowdown and network profile
 * through CDP, cache disabled. `network` records the requests (for a time line) and the media
 * bytes received.
 */
export async function openThrottled(browser) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true, // the bench server's own certificate (serve)
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: network.latency,
    downloadThroughput: (network.downloadKbps * 1024) / 8,
    uploadThroughput: (network.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  /** Per request id: url, type, wall-clock start and end (ms since the epoch). */
  const requests = new Map();
  let mediaBytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (requests.has(e.requestId)) return; // a redirect: the first start counts
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.request.url.startsWith('data:') ? 'data' : e.type,
      // CDP's `timestamp` is monotonic seconds; `wallTime` the same moment since the epoch.
      offset: e.wallTime * 1000 - e.timestamp * 1000,
      start: e.wallTime * 1000,
      end: null,
    });
  });
  // Media bodies are not compressed: the received data is what the network carried (over
  // HTTP/2 `encodedDataLength` only comes with the end of a request, and a media request is
  // often left open).
  cdp.on('Network.dataReceived', (e) => {
    if (requests.get(e.requestId)?.type === 'Media') mediaBytes += e.dataLength;
  });
  const finish = (e) => {
    const r = requests.get(e.requestId);
    if (r) r.end = e.timestamp * 1000 + r.offset;
  };
  cdp.on('Network.loadingFinished', finish);
  cdp.on('Network.loadingFailed', finish);
  const recorder = {
    requests,
    mediaBytes: () => mediaBytes,
    /** The requests that started after `epoch` (ms), with times relative to it. */
    since: (epoch) =>
      [...requests.values()]
        .filter((r) => r.start >= epoch && r.type !== 'data')
        .map((r) => ({
          url: r.url,
          type: r.type,
          start: r.start - epoch,
          end: r.end == null ? null : r.end - epoch,
        })),
  };
  return { context, page, cdp, network: recorder };
}

/**
 * Presses play the bench's way (`window.__benchPlay`) and returns the time from the tap to
 * moving video (`play`), the first time each of `events` fired on any video of the page and
 * the long tasks, all in ms after the tap, and the tap's wall-clock time (`tapEpoch`);
 * `samples`: each change of [readyState, currentTime, end of the buffered range] per frame.
 */
export function playOnce(page, events = []) {
  return page.evaluate(async (types) => {
    const videos = (root = document) => {
      const found = [...root.querySelectorAll('video')];
      for (const el of root.querySelectorAll('*'))
        if (el.shadowRoot) found.push(...videos(el.shadowRoot));
      return found;
    };
    const seen = {};
    const samples = [];
    let t0 = 0;
    let sampling = true;
    const sample = () => {
      const v = videos().find((x) => !x.paused) ?? videos()[0];
      if (v) {
        const end = v.buffered.length ? v.buffered.end(v.buffered.length - 1) : 0;
        const last = samples.at(-1);
        const now = [v.readyState, Number(v.currentTime.toFixed(2)), Number(end.toFixed(2))];
        if (!last || now.some((x, i) => x !== last.state[i]))
          samples.push({ at: performance.now() - t0, state: now });
      }
      if (sampling) requestAnimationFrame(sample);
    };
    for (const video of videos())
      for (const type of types)
        video.addEventListener(type, () => (seen[type] ??= performance.now() - t0), true);
    t0 = performance.now();
    sample();
    const tapEpoch = performance.timeOrigin + t0;
    let play = null;
    let error = null;
    try {
      await window.__benchPlay();
      play = performance.now() - t0;
    } catch (e) {
      error = String(e.message ?? e);
    }
    sampling = false;
    await new Promise((resolve) => setTimeout(resolve, 300)); // long tasks reported late
    const longTasks = window.__bench.longTasks
      .filter((t) => t.start + t.duration >= t0)
      .map((t) => ({ start: t.start - t0, duration: t.duration }));
    // The page's total blocking time before the tap (what the runtime bench reports as TBT).
    const tbtBefore = window.__bench.longTasks
      .filter((t) => t.start < t0)
      .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return { play, error, tapEpoch, events: seen, longTasks, samples, tbtBefore };
  }, events);
}

/**
 * One cold load of `url` in a fresh context (openThrottled). Returns the figures of that run.
 */
export async function measureOnce(browser, url, { play = false } = {}) {
  const { context, page, cdp } = await openThrottled(browser);
  let transferred = 0;
  let requests = 0;
  let js = 0;
  const requestTypes = new Map();
  cdp.on('Network.requestWillBeSent', (e) =>
    requestTypes.set(e.requestId, e.request.url.startsWith('data:') ? 'data' : e.type),
  );
  cdp.on('Network.loadingFinished', (e) => {
    if (['Media', 'data'].includes(requestTypes.get(e.requestId))) {
      return;
    }
    requests += 1;
    transferred += e.encodedDataLength;
    if (requestTypes.get(e.requestId) === 'Script') js += e.encodedDataLength;
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitForRendered(cdp);
  await page.waitForTimeout(1000); // late long tasks and layout shifts
  const figures = await page.evaluate(() => {
    const rendered = performance.getEntriesByName('wegwijs-rendered')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const bench = window.__bench;
    const tbt = bench.longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return {
      rendered: rendered ? rendered.startTime : null,
      fcp: paint ? paint.startTime : null,
      tbt,
      longTasks: bench.longTasks.length,
      cls: bench.cls,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  figures.heap = heap.usedSize;
  figures.requests = requests;
  figures.transferred = transferred;
  figures.js = js;
  if (play) {
    const canPlay = await page.evaluate(() => typeof window.__benchPlay === 'function');
    if (canPlay) {
      figures.play = await page
        .evaluate(async () => {
          const t0 = performance.now();
          await window.__benchPlay();
          return performance.now() - t0;
        })
        .catch((e) => {
          errors.push(`play: ${e.message.split('\n')[0]}`);
          return null;
        });
    }
  }
  figures.errors = errors;
  await context.close();
  return figures;
}

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** `runs` cold loads; the median of every figure. */
export async function measurePage(browser, url, runs, options) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measureOnce(browser, url, options));
  const keys = [
    'rendered',
    'fcp',
    'tbt',
    'longTasks',
    'cls',
    'heap',
    'requests',
    'transferred',
    'js',
    'play',
  ];
  const result = Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))]));
  result.runs = all.length;
  result.timeouts = all.filter((r) => r.rendered == null).length;
  result.errors = [...new Set(all.flatMap((r) => r.errors))];
  return result;
}

export function listPages() {
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5));
}

export { mkdirSync };
