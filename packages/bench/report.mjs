#!/usr/bin/env node
// The reporting half of `npm run bench` (run.mjs): renders docs/benchmarks.md from
// benchmarks.template.md and the figures measure.mjs wrote to docs/benchmarks.json. Measures
// nothing, so the report can be rewritten without a new run.
// Usage: node packages/bench/report.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { add, root, widgets } from './lib/size.mjs';
import { breakdownMarkdown, targetsMarkdown } from './lib/targets.mjs';

/** Where the figures and the report go (WEGWIJS_BENCH_DOCS: elsewhere, e.g. to try the report). */
const docs = process.env.WEGWIJS_BENCH_DOCS ?? join(root, 'docs');
const jsonFile = join(docs, 'benchmarks.json');
const mdFile = join(docs, 'benchmarks.md');
const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
const {
  machine,
  runs,
  warnings,
  sizes,
  peers,
  pageTitles,
  runtime,
  scale,
  firstRender,
  limits,
  lighthouse,
} = json;
const flag = (name) => (json.flags ?? []).includes(name);
const rt = { network: runtime.network ?? (await import('./lib/runtime.mjs')).network };
const built = widgets.filter((w) => sizes.widgets[w.name]);
const log = (...m) => console.error('[bench]', ...m);

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
      ? `\nContent used: ${Object.entries(runtime.content ?? {})
          .map(([name, content]) => `${pageTitles[name] ?? name}: ${content}`)
          .join(
            '; ',
          )}. Video players: \`packages/video-explainer/media/oco-nl.mp4\` with its poster and Dutch captions.`
      : '',
    firstRender.ratio
      ? `\n**Step guide first render budget:** define → rendered (markup, 7 steps, 4× CPU) ${firstRender.ratio.guide.toFixed(1)} ms against ${firstRender.ratio.reference.toFixed(1)} ms for a bare Lit element in the same run (medians): **${firstRender.ratio.ratio.toFixed(2)} ×**${firstRender.ratio.rounds ? `, the median of ${firstRender.ratio.rounds} rounds that each load both back to back` : ''}${firstRender.ratio.cpu ? `; main-thread CPU time ${firstRender.ratio.cpu.guide.toFixed(1)} against ${firstRender.ratio.cpu.reference.toFixed(1)} ms, ${firstRender.ratio.cpu.ratio.toFixed(2)} ×` : ''} (budget ≤ ${firstRender.ratio.budget} ×: ${firstRender.ratio.ratio <= firstRender.ratio.budget ? 'met' : 'not met'}).\n`
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
/** The times tests once held to a limit (limits.mjs), with those limits as targets. */
function limitsMarkdown() {
  if (!limits?.data) return '';
  return [
    '',
    `Times that tests once held to a wall-clock limit (they failed whenever the machine was busy), measured by \`${limits.script}\` in Chromium without CPU slowdown, median of ${limits.data.runs} runs:`,
    '',
    '| what | time | target |',
    '|---|---|---|',
    ...limits.data.results.map(
      (r) =>
        `| ${r.what} | ${r.ms.toFixed(1)} ms | ≤ ${r.target} ms: ${r.met ? 'met' : '**not met**'} |`,
    ),
  ].join('\n');
}
const scaleMd = scaleMarkdown() + limitsMarkdown();

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

// Timings depend on what else ran: the load average (1, 5, 15 min) at the start and the end.
const loadText = machine.load
  ? ` Machine load (1/5/15-minute load average, ${machine.cpu.split(' ')[0]} cores): ${machine.load.start.join(' / ')} at the start, ${machine.load.end?.join(' / ') ?? '–'} at the end${Math.max(...machine.load.start, ...(machine.load.end ?? [])) > 2 ? ' — busy: timings are slower and noisier than on a quiet machine' : ''}.`
  : '';
const machineText = `${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}, ${machine.chromium}; esbuild ${machine.versions.esbuild}, playwright-core ${machine.versions['playwright-core']}, Lighthouse ${machine.versions.lighthouse}, Lit ${machine.versions.lit}.${loadText}`;
const template = readFileSync(new URL('./benchmarks.template.md', import.meta.url), 'utf8');
const md = template
  // The run's own time (measure.mjs), not the time this report is rendered again.
  .replace('{{date}}', new Date(json.date ?? Date.now()).toISOString().replace(/\.\d+Z$/, 'Z'))
  .replace('{{machine}}', machineText)
  .replace(
    '{{warnings}}',
    warnings.length ? `**Notes on this run:**\n\n${warnings.map((w) => `- ${w}`).join('\n')}` : '',
  )
  .replace('{{targets}}', targetsMarkdown(json))
  .replace('{{sizes}}', sizesMd)
  .replace('{{served}}', breakdownMarkdown(json) || '_Not measured in this run._')
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
writeFileSync(mdFile, await pretty(md, 'docs/benchmarks.md'));
log('wrote docs/benchmarks.md');
console.log(md.slice(md.indexOf('## Targets'), md.indexOf('## Method')));
