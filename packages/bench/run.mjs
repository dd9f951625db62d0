#!/usr/bin/env node
// `npm run bench`: sizes, runtime on a throttled Chromium, contact finder scale and Lighthouse,
// Wegwijs beside its peers in the same run. Writes docs/benchmarks.md (from
// benchmarks.template.md) and docs/benchmarks.json. Method: see the template.
// Usage: node packages/bench/run.mjs [--runs N] [--skip-runtime] [--skip-scale] [--skip-lighthouse]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { widgetEntry } from '../embed/widget-list.mjs';
import {
  add,
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
  const { chromePath } = await import('./lib/runtime.mjs');
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
  'media-chrome': 'media-chrome (core elements, same video)',
  plyr: 'Plyr (JS + CSS + sprite, same video)',
  'native-video': 'native `<video controls>` (no JS player, same video)',
  all: 'All four via the CDN loader wegwijs.js',
};
if (!flag('--skip-runtime') || !flag('--skip-lighthouse')) {
  rt = await import('./lib/runtime.mjs');
  tempDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
  rt.copyPeerAssets(tempDir);
  const pages = ['core', ...built.map((w) => w.name), 'media-chrome', 'plyr', 'native-video'];
  for (const name of pages) {
    try {
      await rt.buildPage(tempDir, name);
    } catch (error) {
      warnings.push(
        `Bench page ${name} could not be built: ${String(error.message).split('\n')[0]}`,
      );
    }
  }
  await rt.buildAllPage(
    tempDir,
    built.map((w) => w.name),
  );
  server = await rt.serve(tempDir, root); // example content files and media from the repository
}
const base = server ? server.origin : '';

if (!flag('--skip-runtime')) {
  const browser = await rt.launch();
  machine.chromium = `${machine.chromium} (browser.version() ${browser.version()})`;
  const order = [
    'core',
    ...built.map((w) => w.name),
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
  runtime.content = Object.fromEntries(built.map((w) => [w.name, rt.contentOf(w.name)]));
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

// ---------------------------------------------------------------- report
const kb = (n) => (n == null ? '–' : `${(n / 1024).toFixed(1)} kB`);
const sizeCells = (s) =>
  s
    ? `${kb(s.raw)} | ${kb(s.gzip)} | **${kb(s.brotli)}** | ${s.served == null ? '–' : kb(s.served)}`
    : '– | – | – | –';
const ms = (n) => (n == null ? '–' : `${Math.round(n)} ms`);
const rows = [];
rows.push(
  '| what | includes | raw | gzip | brotli | brotli per file |',
  '|---|---|---|---|---|---|',
);
const L = sizes.loader;
rows.push(
  `| **Loader** \`wegwijs.js\` | the file itself (registers nothing; finds tags, preloads and imports their widget) | ${sizeCells(L.file)} |`,
);
if (L.upfrontFiles > 1)
  rows.push(
    `| Loader, up front | \`wegwijs.js\` + ${L.upfrontFiles - 1} chunk(s) it imports statically | ${sizeCells(L.upfront)} |`,
  );
rows.push(
  `| Core | Lit + core + language switch + read aloud (\`@wegwijs/core/define\`), up front | ${sizeCells(sizes.core.upfront)} |`,
);
const lazyNote = (r) => {
  const groups = {};
  for (const l of r.lazy) if (l.kind !== 'own') (groups[l.kind] ??= []).push(l);
  return Object.entries(groups)
    .map(([kind, list]) => {
      const from =
        kind === 'other' ? ` from ${[...new Set(list.flatMap((l) => l.from))].join(', ')}` : '';
      return `${list.length} ${kind} chunk${list.length > 1 ? 's' : ''}${from} (${kb(list.reduce((s, l) => s + l.brotli, 0))} br total)`;
    })
    .join(', ');
};
for (const w of widgets) {
  const r = sizes.widgets[w.name];
  if (!r) {
    rows.push(`| ${w.title} | not built yet (\`${w.define}\` missing) | – | – | – |`);
    continue;
  }
  const what =
    w.name === 'video-explainer'
      ? 'facade: define entry + core + Lit, up front'
      : 'define entry + core + Lit, up front';
  const eager = r.eagerChunks
    ? ` (incl. ${r.eagerChunks} chunk(s) that \`define.ts\` fetches at once with \`import()\`: ${r.eagerInputs.map((i) => `\`${i.split('/').pop()}\``).join(', ')})`
    : '';
  rows.push(
    `| **${w.title}** | ${what}${eager}${r.csvParserUpfront ? ' — ⚠ includes papaparse' : ''} | ${sizeCells(r.upfront)} |`,
  );
  if (r.lazyOwn) {
    const label =
      w.name === 'video-explainer' ? 'every lazy part of the package' : 'own lazy parts';
    rows.push(
      `| ${w.title}: ${label} | ${r.lazyOwnInputs
        .map((i) => `\`${i.split('/').pop()}\``)
        .slice(0, 6)
        .join(', ')} | ${sizeCells(r.lazyOwn)} |`,
    );
    rows.push(`| ${w.title}: up front + ${label} | | ${sizeCells(add(r.upfront, r.lazyOwn))} |`);
  }
  for (const f of r.firstRender ?? [])
    rows.push(
      `| ${w.title}: before the first render, ${f.content} content | up front + ${f.modules.map((m) => `\`${m.split('/').pop()}\``).join(' + ')}, fetched when the element connects | ${sizeCells(f)} |`,
    );
  if (w.name === 'step-guide' && sizes.stepGuideWithView)
    rows.push(
      `| ${w.title}: \`define-with-view\`, up front | the same element with its view in the first download (the CDN loader's file; renders in the task it connects in) | ${sizeCells(sizes.stepGuideWithView.upfront)} |`,
    );
  if (r.full)
    rows.push(
      `| **${w.title}: facade + full player** | every control and panel, captions, chapters, transcript, text audio description: ${r.fullInputs
        .filter((i) => !i.includes('/generated/'))
        .map((i) => `\`${i.split('/').pop()}\``)
        .join(', ')} | ${sizeCells(r.full)} |`,
    );
  if (r.lazy.length)
    rows.push(
      `| ${w.title}: other lazy chunks | ${lazyNote(r)}; one locale is loaded only when that language is chosen | | | | |`,
    );
}
rows.push(
  sizes.together
    ? `| **All four together** | one bundle importing ${built.length === 4 ? 'all four' : `the ${built.length} present`} define entries (shared code once), up front | ${sizeCells(sizes.together.upfront)} |`
    : '| All four together | no widget built yet | – | – | – | – |',
);
const peerRows = [
  '| peer | compare with | includes | raw | gzip | brotli | brotli per file |',
  '|---|---|---|---|---|---|---|',
];
for (const p of peers) {
  const r = sizes.peers[p.key];
  if (r.missing) peerRows.push(`| ${p.key} | ${p.vs} | not installed | – | – | – | – |`);
  else if (r.error)
    peerRows.push(`| ${p.title} | ${p.vs} | could not be bundled: ${r.error} | – | – | – | – |`);
  else {
    const parts = r.parts.map((x) => `${x.part} ${kb(x.brotli)} br`).join(' + ');
    peerRows.push(
      `| ${p.title} | video explainer | ${p.includes} (${parts}) | ${sizeCells(r.total)} |`,
    );
  }
}
peerRows.push(
  '| *(none installed)* | step guide | The closest peers, GOV.UK "step by step navigation" (govuk_publishing_components, a Ruby gem with its own JS) and the NL Design System ProcessSteps/ProgressList (CSS/React, no step logic), are not installed npm packages here; no number is given rather than an estimate. The fair baseline is the editor\'s `<ol>` without JavaScript: 0 kB. | – | – | – | – |',
  "| *(none installed)* | contact finder | No installed package filters a contact list by language, topic, postcode and opening hours (sociale-kaart sites are server-rendered applications). The baseline is the editor's `<ul>` of contacts without JavaScript: 0 kB. | – | – | – | – |",
);
const sizesMd = [
  rows.join('\n'),
  '',
  '**Peers, measured from node_modules in the same run with the same esbuild settings:**',
  '',
  peerRows.join('\n'),
  '',
  'The Wegwijs rows include Lit, core, the Dutch UI strings (other UI languages are lazy chunks, one downloaded only when chosen), the language switch and read aloud; peers include what their row says. A page with several widgets pays the core once (see "All four together").',
].join('\n');

let runtimeMd;
if (flag('--skip-runtime')) runtimeMd = '_Skipped (`--skip-runtime`)._';
else {
  const head =
    '| page | rendered | FCP | TBT | long tasks | CLS | JS heap | requests | transferred (of it JS) | play |\n|---|---|---|---|---|---|---|---|---|---|';
  const body = Object.entries(runtime.pages).map(([name, r]) => {
    if (r.error) return `| ${pageTitles[name] ?? name} | error: ${r.error} | | | | | | | | |`;
    const note = r.timeouts ? ` (${r.timeouts} of ${r.runs} timed out)` : '';
    return `| ${pageTitles[name] ?? name} | **${ms(r.rendered)}**${note} | ${ms(r.fcp)} | ${ms(r.tbt)} | ${r.longTasks ?? '–'} | ${r.cls == null ? '–' : r.cls.toFixed(3)} | ${kb(r.heap)} | ${r.requests ?? '–'} | ${kb(r.transferred)} (${kb(r.js)}) | ${r.play == null ? '–' : ms(r.play)} |`;
  });
  const errors = Object.entries(runtime.pages)
    .filter(([, r]) => r.errors?.length)
    .map(([name, r]) => `- ${name}: ${r.errors.slice(0, 3).join('; ')}`);
  runtimeMd = [
    `Median of ${runs} cold loads per page; 4× CPU slowdown; ${rt.network.latency} ms latency, ${(rt.network.downloadKbps / 1024).toFixed(1)} Mbps down, ${rt.network.uploadKbps} kbps up; 412 × 823 viewport. Served over ${runtime.protocol === 'HTTP/2' ? "HTTP/2 (TLS, as a CDN serves; the loader's preload list only pays off when requests run in parallel)" : 'HTTP/1.1 (openssl was missing: no HTTP/2)'}, text with brotli.`,
    '',
    head,
    ...body,
    '',
    errors.length ? `Page errors seen:\n\n${errors.join('\n')}` : 'No page errors.',
    built.length
      ? `\nContent used: ${built.map((w) => `${w.title}: ${runtime.content[w.name]}`).join('; ')}. Video players: \`packages/video-explainer/media/oco-nl.mp4\` with its poster and Dutch captions.`
      : '',
    firstRender.output
      ? `\nThe step guide's own first-render script (\`${firstRender.script}\`) printed:\n\n\`\`\`\n${firstRender.output}\n\`\`\``
      : '',
  ].join('\n');
}

function scaleMarkdown() {
  if (flag('--skip-scale')) return '_Skipped (`--skip-scale`)._';
  if (scale.skipped) return `_Not measured: ${scale.skipped}._`;
  const lines = [];
  // Look for rows with a contact count and timings, whatever the exact key names are.
  const rowsOf = (d) =>
    Array.isArray(d)
      ? d
      : Array.isArray(d?.results)
        ? d.results
        : Array.isArray(d?.sizes)
          ? d.sizes
          : null;
  const list = rowsOf(scale.data);
  const pick = (o, re) =>
    Object.entries(o).find(([k, v]) => re.test(k) && typeof v === 'number')?.[1];
  if (list?.length && typeof list[0] === 'object') {
    // Accepts {n, build: {median, p95}, filter: {median, p95}} and flat {contacts, build, median, p95}.
    const num = (v, key = 'median') =>
      typeof v === 'number' ? v : typeof v?.[key] === 'number' ? v[key] : undefined;
    const norm = list.map((o) => ({
      n: pick(o, /^(contacts|n|size|count)$/i),
      build: num(o.build ?? o.index) ?? pick(o, /build|index/i),
      buildP95: num(o.build ?? o.index, 'p95'),
      median: num(o.filter) ?? pick(o, /median|p50/i),
      p95: num(o.filter, 'p95') ?? pick(o, /p95|95/i),
      keystrokes: o.keystrokes,
    }));
    if (norm.every((r) => r.n)) {
      lines.push(
        '| contacts | index build, median | index build, p95 | filter per keystroke, median | filter, 95th percentile | keystrokes |',
        '|---|---|---|---|---|---|',
      );
      // Browsers coarsen performance.now() (0.1 ms here), so 0 means "below the resolution".
      const f = (x) =>
        x == null ? '–' : x === 0 ? '< 0.1 ms' : `${x < 1 ? x.toFixed(2) : x.toFixed(1)} ms`;
      for (const r of norm)
        lines.push(
          `| ${r.n.toLocaleString('en')} | ${f(r.build)} | ${f(r.buildP95)} | ${f(r.median)} | ${f(r.p95)} | ${r.keystrokes ?? '–'} |`,
        );
      const growth = [];
      for (let i = 1; i < norm.length; i++) {
        const a = norm[i - 1];
        const b = norm[i];
        const factor = b.n / a.n;
        const g = (x, y) => (x && y ? `×${(y / x).toFixed(1)}` : '–');
        growth.push(
          `${a.n.toLocaleString('en')} → ${b.n.toLocaleString('en')} contacts (×${factor}): build ${g(a.build, b.build)}, filter median ${g(a.median, b.median)}, p95 ${g(a.p95, b.p95)}`,
        );
      }
      lines.push('', 'Growth (×10 would be linear):', '', ...growth.map((g) => `- ${g}`));
      scale.growth = growth;
    }
  }
  lines.push('', `Output of \`${scale.script}\`:`, '', '```', scale.output || '(no output)', '```');
  return lines.join('\n');
}
const scaleMd = scaleMarkdown();

let lighthouseMd;
if (!lighthouse) lighthouseMd = '_Skipped (`--skip-lighthouse`)._';
else if (lighthouse.error)
  lighthouseMd = `Lighthouse failed on ${lighthouse.target}: ${lighthouse.error}`;
else
  lighthouseMd = [
    `Lighthouse ${lighthouse.lighthouseVersion} on ${lighthouse.target}, mobile defaults (simulated slow 4G, 4× CPU), median of ${lighthouse.runs} runs.`,
    '',
    '| performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|',
    `| **${lighthouse.performance}** | **${lighthouse.accessibility}** | **${lighthouse['best-practices']}** | **${lighthouse.seo}** | ${ms(lighthouse.fcp)} | ${ms(lighthouse.lcp)} | ${ms(lighthouse.tbt)} | ${lighthouse.cls?.toFixed(3) ?? '–'} |`,
    '',
    lighthouse.failing.length
      ? `Audits not passed in at least one run: ${lighthouse.failing.map((a) => `\`${a}\``).join(', ')}.`
      : 'Every binary audit passed.',
    lighthouse.consoleErrors.length
      ? `\nConsole errors Lighthouse saw:\n\n${lighthouse.consoleErrors
          .slice(0, 8)
          .map((e) => `- ${e.replace(/https?:\/\/127\.0\.0\.1:\d+/g, '')}`)
          .join('\n')}`
      : '',
  ].join('\n');

const machineText = `${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}, ${machine.chromium}; esbuild ${machine.versions.esbuild}, playwright-core ${machine.versions['playwright-core']}, Lighthouse ${machine.versions.lighthouse}, Lit ${machine.versions.lit}.`;
const template = readFileSync(new URL('./benchmarks.template.md', import.meta.url), 'utf8');
const md = template
  .replace('{{date}}', new Date().toISOString().replace(/\.\d+Z$/, 'Z'))
  .replace('{{machine}}', machineText)
  .replace(
    '{{warnings}}',
    warnings.length ? `**Notes on this run:**\n\n${warnings.map((w) => `- ${w}`).join('\n')}` : '',
  )
  .replace('{{sizes}}', sizesMd)
  .replace('{{runtime}}', runtimeMd)
  .replace('{{scale}}', scaleMd)
  .replace('{{lighthouse}}', lighthouseMd)
  .replace(/\n{3,}/g, '\n\n');
// Formatted with the repository's Prettier config, so `npm run lint` stays clean.
const prettier = await import('prettier');
const pretty = async (text, file) => {
  const options = (await prettier.resolveConfig(join(root, file))) ?? {};
  return prettier.format(text, { ...options, filepath: join(root, file) });
};
writeFileSync(join(root, 'docs/benchmarks.md'), await pretty(md, 'docs/benchmarks.md'));
const json = {
  date: new Date().toISOString(),
  machine,
  runs,
  warnings,
  sizes,
  runtime,
  scale,
  firstRender,
  lighthouse,
};
writeFileSync(
  join(root, 'docs/benchmarks.json'),
  await pretty(JSON.stringify(json), 'docs/benchmarks.json'),
);
log(
  `wrote docs/benchmarks.md and docs/benchmarks.json in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(md.slice(md.indexOf('## 1.'), md.indexOf('## Method')));
