// The CDN build, shared by build-cdn.mjs (dist/cdn/), the benchmarks and the tests, in two
// steps with the options of packages/tools/lib/build-options.mjs:
//  1. The widgets: one entry per CDN file of widget-list.json (widgets/<file>.js), code-split,
//     shared chunks under chunks/.
//  2. The page scripts, each one self-contained file: the loader `wegwijs.js`, the iframe page's
//     `embed.js` and the parent page's `wegwijs-iframe.js`. Their import() of a widget points at
//     widgets/<file>.js of step 1 (src/widgets.ts is replaced by a module made from the list).
//
// Step 2 compiles in, per tag, the preload list: the widget's file, every chunk it imports
// statically, and the lazy chunks it fetches as soon as it connects (`preload.connect`), plus
// per content form what that content needs (`preload.json|csv|markup`), each file with its
// Subresource Integrity hash. The loader adds a `<link rel="modulepreload" integrity>` for each:
// the browser fetches them at once instead of one import at a time, and refuses a file whose
// bytes differ from the build's (see docs/embedding.md for which browsers check). The loader
// has no chunk of its own: the editor's `integrity` attribute on it covers all of its code.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { dropEmptyChunks } from './drop-empty-chunks.mjs';
import { regroupChunks } from './regroup-chunks.mjs';
import { bundleOptions, esbuildOptions, repo } from '../tools/lib/build-options.mjs';
import { widgetEntry, widgetFiles, widgetList } from './widget-list.mjs';

const here = new URL('.', import.meta.url).pathname;

/**
 * Modules the page scripts import only when something goes wrong, built in step 1 as files of
 * their own (so they cost the loader nothing) and kept external in step 2.
 */
export const pageLazyModules = {
  '@wegwijs/core/base/policy-fallback': 'packages/core/src/base/policy-fallback.ts',
};
const lazyFile = (module) => `lazy/${module.split('/').pop()}`;

/** Entry points of step 1: one per CDN widget file, and the page scripts' lazy modules. */
export function widgetEntries(files = widgetFiles) {
  return {
    ...Object.fromEntries(files.map((file) => [`widgets/${file}`, join(repo, widgetEntry(file))])),
    ...Object.fromEntries(
      Object.entries(pageLazyModules).map(([module, path]) => [lazyFile(module), join(repo, path)]),
    ),
  };
}

/** Entry points of step 2: the page scripts. */
export const pageEntries = {
  wegwijs: join(here, 'src/wegwijs.ts'),
  embed: join(here, 'src/iframe/embed-page.ts'),
  'wegwijs-iframe': join(here, 'src/iframe/iframe-resize.ts'),
};

/**
 * `start` and every output it imports statically, directly or not (what the browser must have
 * before `start` runs), added to `seen`. `outputs`: an esbuild metafile's outputs.
 */
export function staticClosure(outputs, start, seen = new Set()) {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const imp of outputs[start].imports)
    if (imp.kind === 'import-statement' && outputs[imp.path])
      staticClosure(outputs, imp.path, seen);
  return seen;
}

/** Per tag (and `<tag> <form>`), the files to preload (relative to outdir), from a metafile. */
export function preloadManifest(metafile, outdir, entries = entriesOf(metafile)) {
  const outputs = metafile.outputs;
  const rel = (path) => relative(outdir, join(repo, path));
  const byRel = new Map(Object.keys(outputs).map((o) => [rel(o), o]));
  const closure = (out, seen) => staticClosure(outputs, out, seen);
  const lazyEntry = (module) => {
    const out = entries[module];
    if (!out)
      throw new Error(`cdn-build: ${module} is not a lazy chunk any more (widget-list preload)`);
    return out;
  };
  const manifest = {};
  for (const { tag, file, preload = {} } of widgetList) {
    const entry = byRel.get(`widgets/${file}.js`);
    if (!entry) continue;
    const files = closure(entry);
    for (const module of preload.connect ?? []) closure(lazyEntry(module), files);
    // In order of need: the widget's file, its static chunks, then what it fetches on connect
    // (a browser limited to a few connections per host fetches them in this order).
    manifest[tag] = [...files].map(rel);
    for (const [form, modules] of Object.entries(preload)) {
      if (form === 'connect') continue;
      const extra = new Set();
      for (const module of modules) closure(lazyEntry(module), extra);
      manifest[`${tag} ${form}`] = [...extra].filter((o) => !files.has(o)).map(rel);
    }
  }
  return manifest;
}

/** Per source module of an entry or lazy chunk, the output that holds it (metafile paths). */
export const entriesOf = (metafile) =>
  Object.fromEntries(
    Object.entries(metafile.outputs)
      .filter(([o, out]) => o.endsWith('.js') && out.entryPoint)
      .map(([o, out]) => [out.entryPoint, o]),
  );

/**
 * What a widget file takes in besides its own code: the lazy modules it fetches as soon as it
 * connects (`preload.connect` of the widget list), by CDN file.
 */
export const widgetHeads = (files = widgetFiles) =>
  Object.fromEntries(
    files.map((file) => [
      `widgets/${file}.js`,
      [
        ...new Set(
          widgetList.filter((w) => w.file === file).flatMap((w) => w.preload?.connect ?? []),
        ),
      ],
    ]),
  );

/**
 * Stateless code some widgets need before their first render and others not at all is copied
 * into each file that needs it, instead of into the shared file every widget page downloads:
 * the content check (core's rules and the schema library: the JSON path of most widgets, not
 * editor markup nor the video), the pictogram table (step guide, question helper) and the
 * holiday calendar (letter, contact finder), the contact finder's reader of flat records
 * (its CSV and its markup reader, each lazy), the speech controller (core's elements file,
 * the video's audio description), and rich text with the markup reader's rules. A page with one widget fetches no file more and
 * no byte it does not use; a page with several pays such code once per widget.
 */
const copied = [
  'node_modules/valibot/',
  'packages/core/src/check/',
  'packages/pictograms/src/registry.ts',
  'packages/core/src/calendar/',
  'packages/contact-finder/src/flat.ts',
  // The speech controller (no state of its own): in core's elements file for the read-aloud
  // button, and in the video's audio description, which would otherwise fetch that whole file.
  'packages/core/src/read-aloud/read-aloud-controller.ts',
  'packages/core/src/read-aloud/voices.ts',
  'packages/core/src/read-aloud/voiceless-languages.ts',
  // Rich text and the editor-markup reader's rules (no state but caches): only where used, so
  // that core's elements file (read aloud, language switch) holds none of it, and the question
  // helper and the video facade's markup form do not download what they do not use.
  'packages/core/src/content/rich-text.ts',
  'packages/core/src/content/markup-allowlist.ts',
  'packages/core/src/content/markup-audit.ts',
  'packages/core/src/content/safe-markup.ts',
  'packages/core/src/content/markup-width.ts',
  'packages/core/src/content/heading-level.ts',
  // The question helper's names of the option pictograms: in its pictogram loader and in its
  // later steps (both lazy), so that the loader needs no other file before the pictograms.
  'packages/question-helper/src/pictogram-names.ts',
  // The machine-translation note (one template, one msg): in the four widgets that show it,
  // not in the shared file every page fetches (the contact finder has none).
  'packages/core/src/locale/machine-assisted.ts',
  // Lit's `live` directive and the directive base it needs (stateless): only the contact
  // finder's and the question helper's forms use it before their first render; in the shared
  // file every other page paid for it (−0.35 kB served for the step guide, the video facade
  // and the letter; +0.15 kB for the two that use it, each file compressed on its own).
  'node_modules/lit/directives/live.js',
  'node_modules/lit-html/directives/live.js',
  'node_modules/lit-html/directive.js',
  'node_modules/lit-html/directive-helpers.js',
  // Waiting for an idle moment (no state): in each file that warms something after its first
  // render (the contact finder's search, the question helper's later steps, the video).
  'packages/core/src/net/when-idle.ts',
  // Resuming in a new task (no state): the step guide's pictograms, the letter's later work.
  'packages/core/src/net/next-task.ts',
];
export const copyInto = (inputs) =>
  inputs.every(
    (input) =>
      copied.some((prefix) => input.startsWith(prefix)) &&
      // message-table.ts holds the page's one table of messages: shared, never copied.
      !input.endsWith('/message-table.ts'),
  );

/** The SRI hash of a file's bytes (sha256: the list is compiled into the loader, every byte counts). */
export const sri = (bytes, algorithm = 'sha256') =>
  `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

/**
 * Per tag, the forms of a `src` content file the widget reads (json, csv): the loader fetches
 * such a file together with the widget's code (packages/core/src/content/prefetch.ts).
 */
export const contentForms = () =>
  Object.fromEntries(
    widgetList
      .map((w) => [w.tag, w.content.filter((form) => form !== 'markup')])
      .filter(([, forms]) => forms.length > 0),
  );

/**
 * The preload list as the loader reads it (`__WEGWIJS_PRELOAD__`): the file names once, their
 * hashes, and per key the indexes of its files.
 */
export function preloadPayload(manifest, bytesOf) {
  const files = [...new Set(Object.values(manifest).flat())];
  const index = new Map(files.map((file, i) => [file, i]));
  return {
    files,
    integrity: files.map((file) => sri(bytesOf(file))),
    keys: Object.fromEntries(
      Object.entries(manifest).map(([key, list]) => [key, list.map((f) => index.get(f))]),
    ),
    content: contentForms(),
  };
}

/** In step 2: src/widgets.ts becomes import() calls of the CDN widget files (kept external). */
const cdnWidgetLoaders = {
  name: 'wegwijs-cdn-widget-loaders',
  setup(b) {
    b.onResolve({ filter: /\/widgets\.js$/ }, (args) =>
      args.importer.startsWith(join(here, 'src'))
        ? { path: 'widgets', namespace: 'wegwijs-cdn-widgets' }
        : undefined,
    );
    b.onResolve({ filter: /^\.\/widgets\/[a-z-]+\.js$/ }, (args) =>
      args.namespace === 'wegwijs-cdn-widgets' ? { path: args.path, external: true } : undefined,
    );
    b.onResolve({ filter: /^@wegwijs\// }, (args) =>
      pageLazyModules[args.path] && args.kind === 'dynamic-import'
        ? { path: `./${lazyFile(args.path)}.js`, external: true }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'wegwijs-cdn-widgets' }, () => ({
      contents: `export const widgetLoaders = {${widgetList
        .map(({ tag, file }) => `${JSON.stringify(tag)}: () => import("./widgets/${file}.js")`)
        .join(',\n')}};`,
      loader: 'js',
    }));
  },
};

/**
 * Build the CDN files into `outdir` (nothing written with `write: false`). `files`: the widget
 * files to build (default all); `esbuild`: further options for both steps (the benchmarks add a
 * banner; `minify: false` builds the sources as written). Returns the preload list, the
 * metafiles and every output's bytes by path relative to outdir.
 */
export async function buildCdn({
  outdir,
  files = widgetFiles,
  plugins = [],
  esbuild = {},
  write = true,
}) {
  // Text outside ASCII (endonyms, translations, Dutch words with ë) stays UTF-8 instead of
  // \uXXXX escapes: up to 3× smaller for Arabic or Tigrinya script. Safe for every file built
  // here: a browser decodes a module script as UTF-8, whatever the host page's charset.
  esbuild = { charset: 'utf8', ...esbuild };
  // A banner goes on the files as shipped (the second pass), once per file.
  const { banner, ...firstPass } = esbuild;
  const first = await build({
    ...esbuildOptions({ ...firstPass, plugins }),
    entryPoints: widgetEntries(files),
    outdir,
    metafile: true,
    write: false,
  });
  dropEmptyChunks(first, repo);
  // Fewer, larger files: one per widget, one shared, the rarely used parts lazy (see there).
  const widgets = await regroupChunks(first, {
    root: repo,
    outdir,
    widgetHeads: widgetHeads(files),
    copyInto,
    // Core's elements (read aloud, language switch) in a file of their own: see there.
    elementsEntry: 'packages/core/src/define.ts',
    // The fallback runs when a file was refused: it must not import one (it would be fetched
    // again, without its integrity hash).
    standalone: Object.keys(pageLazyModules).map((module) => `${lazyFile(module)}.js`),
    esbuild: {
      minify: esbuild.minify ?? bundleOptions.minify,
      target: bundleOptions.target,
      legalComments: esbuild.legalComments ?? 'none',
      logLevel: esbuild.logLevel ?? bundleOptions.logLevel,
      banner,
      charset: esbuild.charset,
    },
  });
  const bytes = new Map(widgets.outputFiles.map((f) => [relative(outdir, f.path), f.contents]));
  for (const f of first.outputFiles)
    if (!f.path.endsWith('.js')) bytes.set(relative(outdir, f.path), f.contents);
  const manifest = preloadManifest(widgets.metafile, outdir, widgets.entries);
  const payload = preloadPayload(manifest, (file) => bytes.get(file));
  const pages = await build({
    ...esbuildOptions({ ...esbuild, plugins: [cdnWidgetLoaders, ...plugins] }),
    splitting: false,
    entryPoints: pageEntries,
    outdir,
    metafile: true,
    write: false,
    // A string, parsed at run time: esbuild turns an object into a module of its own.
    define: { __WEGWIJS_PRELOAD__: JSON.stringify(JSON.stringify(payload)) },
  });
  for (const file of pages.outputFiles) bytes.set(relative(outdir, file.path), file.contents);
  if (write)
    for (const [name, contents] of bytes) {
      mkdirSync(dirname(join(outdir, name)), { recursive: true });
      writeFileSync(join(outdir, name), contents);
    }
  return {
    manifest,
    payload,
    metafile: widgets.metafile,
    entries: widgets.entries,
    /** The first pass's metafile: which source modules (and packages) went into the files. */
    firstMetafile: first.metafile,
    pagesMetafile: pages.metafile,
    bytes,
  };
}

/**
 * The graph of the widget files, written next to dist/cdn as cdn-graph.json for the budgets
 * and tests: `keys` (the preload list by tag and `<tag> <form>`), per file `static` (the file
 * and every file it imports statically), and `entries` (source module → file).
 */
export function cdnGraph(manifest, metafile, outdir, entries = entriesOf(metafile)) {
  const outputs = metafile.outputs;
  const rel = (path) => relative(outdir, join(repo, path));
  const js = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  return {
    keys: manifest,
    /** Per tag, the content forms whose `src` file the loader fetches with the code. */
    prefetch: contentForms(),
    static: Object.fromEntries(js.map((o) => [rel(o), [...staticClosure(outputs, o)].map(rel)])),
    /** The file each source module that is an entry or a lazy chunk became. */
    entries: Object.fromEntries(Object.entries(entries).map(([module, o]) => [module, rel(o)])),
  };
}
