#!/usr/bin/env node
// The measuring half of `npm run bench` (run.mjs): sizes, runtime on a throttled Chromium,
// contact finder scale and Lighthouse, Wegwijs beside its peers in the same run, with the
// machine's load. Writes docs/benchmarks.json; report.mjs renders docs/benchmarks.md from it.
// Usage: node packages/bench/measure.mjs [--runs N] [--skip-runtime] [--skip-scale] [--skip-lighthouse]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { widgetEntry } from '../embed/widget-list.mjs';
import { buildCdn, cdnGraph } from '../embed/cdn-build.mjs';
import { runBudgets } from './budgets.mjs';
import { whereTheBytesGo } from './lib/breakdown.mjs';
import {
  core,
  exists,
  measureEntry,
  measureLoader,
  measurePeer,
  measureTogether,
  probe,
  root,
  widgets,
} from './lib/size.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1])) : 5;
const versionOf = (pkg) => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'))
      .version;
  } catch {
    return 'not installed';
  }
};
/** Where the figures and the report go (WEGWIJS_BENCH_DOCS: elsewhere, e.g. to try the report). */
const docs = process.env.WEGWIJS_BENCH_DOCS ?? join(root, 'docs');
const jsonFile = join(docs, 'benchmarks.json');
const log = (...m) => console.error('[bench]', ...m);
const warnings = [];
const started = Date.now();

// ---------------------------------------------------------------- machine
const cpuList = cpus();
const machine = {
  os: `${type()} ${release()}`,
  cpu: `${cpuList.length} × ${cpuList[0]?.model ?? 'unknown'}${cpuList[0]?.speed ? ` @ ${cpuList[0].speed} MHz` : ''}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
  node: process.version,
  chromium: null,
  /** 1, 5 and 15 minute load averages at the start and the end (2 cores: above 2 is busy). */
  load: { start: loadavg().map((n) => Number(n.toFixed(2))) },
  versions: {
    esbuild: versionOf('esbuild'),
    'playwright-core': versionOf('playwright-core'),
    lighthouse: versionOf('lighthouse'),
    lit: versionOf('lit'),
    'media-chrome': versionOf('media-chrome'),
    plyr: versionOf('plyr'),
    'lite-youtube-embed': versionOf('lite-youtube-embed'),
  },
};
{
  const { chromePath } = await import('../tools/lib/chromium.mjs');
  const v = spawnSync(chromePath, ['--version'], { encoding: 'utf8' });
  machine.chromium = v.status === 0 ? v.stdout.trim() : `${chromePath} (version unknown)`;
}

// ---------------------------------------------------------------- sizes
log('sizes…');
const probes = await Promise.all(widgets.map(probe));
const present = widgets.filter((w, i) => probes[i].ok);
widgets.forEach((w, i) => {
  if (probes[i].missing)
    warnings.push(`${w.title}: \`${w.define}\` does not exist yet — skipped everywhere.`);
  else if (probes[i].error)
    warnings.push(
      `${w.title}: \`${w.define}\` does not bundle yet (${probes[i].error}) — skipped everywhere.`,
    );
});
const sizes = {
  loader: await measureLoader(present.map((w) => w.name)),
  core: await measureEntry(core.define, 'core'),
  widgets: {},
  peers: {},
};
widgets.forEach((w, i) => {
  if (probes[i].ok) sizes.widgets[w.name] = probes[i].result;
});
// The step guide's second entry, with its view up front: the one the CDN loader fetches.
const withView = widgetEntry('step-guide');
if (sizes.widgets['step-guide'] && exists(withView))
  sizes.stepGuideWithView = await measureEntry(withView, 'step-guide');
const built = present.filter((w) => sizes.widgets[w.name]);
/** The widgets of issue 23's "all four" target, on the all-widgets page. */
const allFour = ['step-guide', 'video-explainer', 'letter-explainer', 'contact-finder'];
/** Widgets with a runtime bench page (packages/bench/pages/<name>.html); the others are sized only. */
const paged = built.filter((w) => exists(`packages/bench/pages/${w.name}.html`));
for (const w of built)
  if (!paged.includes(w))
    warnings.push(
      `${w.title}: no runtime bench page (\`packages/bench/pages/${w.name}.html\`) yet — sizes only, and not on the all-widgets page.`,
    );
sizes.together = built.length ? await measureTogether(built.map((w) => w.define)) : null;
const peers = [
  {
    key: 'media-chrome',
    title: `media-chrome ${machine.versions['media-chrome']}`,
    vs: 'video-explainer',
    includes:
      'main entry `media-chrome` (registers `<media-controller>` and all core controls: play, seek, time range, time display, volume, mute, captions, playback rate, fullscreen, PiP, cast, airplay, loading indicator, poster, dialogs; inline styles). No theme (`media-theme`) and no menus.',
    spec: { js: ['media-chrome'] },
  },
  {
    key: 'plyr',
    title: `Plyr ${machine.versions.plyr}`,
    vs: 'video-explainer',
    includes:
      'ES module `plyr` (HTML5 video/audio, YouTube and Vimeo providers, controls, captions, settings menu, i18n strings in English) + `dist/plyr.css` + the SVG icon sprite `plyr.svg` (Plyr loads it from cdn.plyr.io unless `iconUrl` is set).',
    spec: {
      js: ['plyr'],
      css: ['node_modules/plyr/dist/plyr.css'],
      extra: ['node_modules/plyr/dist/plyr.svg'],
    },
  },
  {
    key: 'lite-youtube-embed',
    title: `lite-youtube-embed ${machine.versions['lite-youtube-embed']}`,
    vs: 'video-explainer',
    includes:
      "click-to-load YouTube facade: `src/lite-yt-embed.js` + `src/lite-yt-embed.css`. Compare with our facade only; on click it loads YouTube's player (≈ 1 MB from Google), which we never do without consent.",
    spec: {
      js: ['lite-youtube-embed'],
      css: ['node_modules/lite-youtube-embed/src/lite-yt-embed.css'],
    },
  },
];
for (const p of peers) {
  if (versionOf(p.key) === 'not installed') {
    sizes.peers[p.key] = { missing: true };
    continue;
  }
  try {
    sizes.peers[p.key] = await measurePeer(p.spec);
  } catch (error) {
    sizes.peers[p.key] = { error: String(error.message).split('\n')[0] };
  }
}

// ---------------------------------------------------------------- sizes as served
// The CDN build as it ships (packages/embed/cdn-build.mjs, licence comments kept), measured
// as the CI budgets measure dist/cdn: each file brotli-compressed on its own, summed over what
// a page fetches before the widget renders, with the requests and round trips. Per page, the
// files and the sources that take most of their bytes (where a reduction would come from).
log('sizes as served (CDN build)…');
{
  const servedDir = mkdtempSync(join(tmpdir(), 'wegwijs-served-'));
  const outdir = join(servedDir, 'cdn');
  try {
    const cdnBuild = await buildCdn({ outdir, esbuild: { legalComments: 'eof' } });
    writeFileSync(
      join(servedDir, 'cdn-graph.json'),
      JSON.stringify(cdnGraph(cdnBuild.manifest, cdnBuild.metafile, outdir, cdnBuild.entries)),
    );
    sizes.served = runBudgets(outdir);
    sizes.served.breakdown = whereTheBytesGo(cdnBuild, outdir, servedDir);
  } catch (error) {
    warnings.push(`Sizes as served: ${String(error.message).split('\n')[0]}`);
  } finally {
    rmSync(servedDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- runtime
const runtime = { runs, pages: {} };
let tempDir;
let server;
let rt;
const pageTitles = {
  core: 'Core only (language switch + read aloud)',
  'step-guide': 'Step guide',
  'video-explainer': 'Video explainer (facade; player loaded on play)',
  'letter-explainer': 'Letter explainer',
  'contact-finder': 'Contact finder',
  'contact-finder-10k': 'Contact finder, 10,000 contacts (rendered: indexed and shown)',
  'question-helper': 'Question helper',
  'media-chrome': 'media-chrome (core elements, same video)',
  plyr: 'Plyr (JS + CSS + sprite, same video)',
  'native-video': 'native `<video controls>` (no JS player, same video)',
  all: 'All four via the CDN loader wegwijs.js',
};
if (!flag('--skip-runtime') || !flag('--skip-lighthouse')) {
  rt = await import('./lib/runtime.mjs');
  tempDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
  rt.copyPeerAssets(tempDir);
  const pages = ['core', ...paged.map((w) => w.name), 'media-chrome', 'plyr', 'native-video'];
  if (sizes.widgets['contact-finder']) {
    // The contact finder with a long list (issue 23: TBT ≤ 50 ms with 10,000 contacts).
    const { generateContacts } = await import('../contact-finder/scripts/generate.mjs');
    writeFileSync(
      join(tempDir, 'contacts-10000.json'),
      JSON.stringify(generateContacts(10_000, 42)),
    );
    pages.push('contact-finder-10k');
  }
  for (const name of pages) {
    try {
      await rt.buildPage(tempDir, name);
    } catch (error) {
      warnings.push(
        `Bench page ${name} could not be built: ${String(error.message).split('\n')[0]}`,
      );
    }
  }
  // The page of issue 23's "all four" target: the four widgets it names, whatever else has a
  // page of its own (the question helper has its own row). The CDN folder holds every widget:
  // the demo page that Lighthouse measures has the question helper too.
  const builtWidgets = paged.map((w) => w.name);
  await rt.buildAllPage(
    tempDir,
    builtWidgets,
    builtWidgets.filter((name) => allFour.includes(name)),
  );
  server = await rt.serve(tempDir, root); // example content files and media from the repository
}
const base = server ? server.origin : '';

if (!flag('--skip-runtime')) {
  const browser = await rt.launch();
  machine.chromium = `${machine.chromium} (browser.version() ${browser.version()})`;
  const order = [
    'core',
    ...paged.map((w) => w.name),
    'contact-finder-10k',
    'all',
    'native-video',
    'media-chrome',
    'plyr',
  ];
  try {
    for (const name of order) {
      if (!existsSync(join(tempDir, `${name}.html`))) continue;
      log(`runtime ${name} (${runs} runs)…`);
      const video = ['video-explainer', 'media-chrome', 'plyr', 'native-video'].includes(name);
      try {
        runtime.pages[name] = await rt.measurePage(browser, `${base}/${name}.html`, runs, {
          play: video,
        });
      } catch (error) {
        runtime.pages[name] = { error: String(error.message).split('\n')[0] };
      }
    }
  } finally {
    await browser.close();
  }
  runtime.content = Object.fromEntries(paged.map((w) => [w.name, rt.contentOf(w.name)]));
  if (runtime.pages['contact-finder-10k'])
    runtime.content['contact-finder-10k'] =
      '10,000 contacts made by `packages/contact-finder/scripts/generate.mjs` (seed 42, 2.9 MB of JSON)';
  runtime.network = rt.network;
  runtime.protocol = server.protocol;
  runtime.cpuSlowdown = rt.cpuSlowdown;
}

// ---------------------------------------------------------------- contact finder scale
const scale = { script: 'packages/contact-finder/bench/scale.mjs' };
const runScript = (script, extra = []) => {
  const r = spawnSync(process.execPath, [script, ...extra], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
    maxBuffer: 64 * 2 ** 20,
  });
  return {
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    error: r.error?.message,
  };
};
const parseJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {}
  for (const line of text.trim().split('\n').reverse()) {
    try {
      return JSON.parse(line);
    } catch {}
  }
  const start = text.indexOf('{');
  const startArr = text.indexOf('[');
  const from = [start, startArr].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (from !== undefined) {
    try {
      return JSON.parse(text.slice(from));
    } catch {}
  }
  return undefined;
};
if (!flag('--skip-scale')) {
  if (exists(scale.script)) {
    log('contact finder scale…');
    // Its usage: scale.mjs [out.json] — it prints a summary and writes its results as JSON.
    const outFile = join(mkdtempSync(join(tmpdir(), 'wegwijs-scale-')), 'scale.json');
    const out = runScript(scale.script, [outFile]);
    scale.status = out.status;
    scale.output = out.stdout
      .replace(/^\n+/, '')
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith('wrote '))
      .join('\n');
    scale.data = existsSync(outFile)
      ? parseJson(readFileSync(outFile, 'utf8'))
      : parseJson(out.stdout);
    rmSync(dirname(outFile), { recursive: true, force: true });
    if (out.status !== 0)
      warnings.push(
        `Contact finder scale script exited with ${out.status ?? out.error}: ${out.stderr.trim().split('\n').slice(-2).join(' ')}`,
      );
  } else {
    scale.skipped = 'packages/contact-finder/bench/scale.mjs does not exist yet';
    warnings.push(
      'Contact finder scale: `packages/contact-finder/bench/scale.mjs` does not exist yet — skipped.',
    );
  }
}
const firstRender = { script: 'packages/step-guide/bench/first-render.mjs' };
if (!flag('--skip-runtime') && exists(firstRender.script)) {
  log('step guide first-render script…');
  const r = runScript(firstRender.script);
  firstRender.status = r.status;
  firstRender.output = r.stdout.trim();
  // The ratio to the bare Lit reference, the budget (see the script).
  const ratioLine = firstRender.output.split('\n').find((l) => l.startsWith('JSON '));
  if (ratioLine) firstRender.ratio = JSON.parse(ratioLine.slice(5));
  firstRender.output = firstRender.output
    .split('\n')
    .filter((l) => !l.startsWith('JSON '))
    .join('\n');
}
// Times that tests once held to a wall-clock limit (they flaked on a busy machine): bench
// figures now, with the same targets (limits.mjs).
const limits = { script: 'packages/bench/limits.mjs' };
if (!flag('--skip-scale') && exists(limits.script)) {
  log('former test time limits…');
  const r = runScript(limits.script);
  limits.status = r.status;
  const line = r.stdout.split('\n').find((l) => l.startsWith('JSON '));
  if (line) limits.data = JSON.parse(line.slice(5));
  if (r.status !== 0)
    warnings.push(
      `${limits.script} exited with ${r.status ?? r.error}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`,
    );
}

// ---------------------------------------------------------------- lighthouse
let lighthouse = null;
if (!flag('--skip-lighthouse')) {
  const { lighthouseRuns } = await import('./lib/lighthouse.mjs');
  const demo = ['docs/site/index.html', 'docs/site/dist/index.html', 'docs/demo/index.html'].find(
    exists,
  );
  // Its own server over HTTP/1.1: Lighthouse refuses a page whose certificate it cannot check,
  // and it simulates the network itself anyway. Example content and media from the repository.
  const demoServer = await rt.serve(tempDir, root, { secure: false });
  let url = `${demoServer.origin}/all.html`;
  let target = 'the bench page with all four widgets (no demo page at docs/site/index.html yet)';
  if (demo) {
    try {
      const path = await rt.buildDemo(tempDir, demo);
      url = `${demoServer.origin}${path}`;
      target = `the demo page \`${demo}\` (its loader script replaced by the CDN build${built.length < 4 ? `; ${4 - built.length} widget(s) not built yet, so their tags stay unenhanced` : ''})`;
    } catch (error) {
      warnings.push(
        `The demo page ${demo} could not be built (${String(error.message).split('\n')[0]}); Lighthouse ran on the bench page.`,
      );
    }
  }
  log(`lighthouse on ${url} (${runs} runs)…`);
  try {
    lighthouse = { target, ...(await lighthouseRuns(url, runs)) };
  } catch (error) {
    lighthouse = { target, error: String(error.message).split('\n')[0] };
    warnings.push(`Lighthouse failed: ${lighthouse.error}`);
  } finally {
    demoServer?.close();
  }
}
server?.close();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });

machine.load.end = loadavg().map((n) => Number(n.toFixed(2)));
if (rt) runtime.network = rt.network;
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(jsonFile)) ?? {};
const json = {
  date: new Date().toISOString(),
  machine,
  runs,
  flags: args.filter((a) => a.startsWith('--skip-')),
  warnings,
  sizes,
  /** What the report says about each peer (the sizes are in `sizes.peers`). */
  peers: peers.map(({ key, title, vs, includes }) => ({ key, title, vs, includes })),
  pageTitles,
  runtime,
  scale,
  firstRender,
  limits,
  lighthouse,
};
writeFileSync(
  jsonFile,
  await prettier.format(JSON.stringify(json), {
    ...options,
    filepath: jsonFile,
  }),
);
log(`wrote docs/benchmarks.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
