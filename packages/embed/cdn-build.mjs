// The CDN build, shared by build-cdn.mjs (dist/cdn/) and the benchmarks: the loader
// `wegwijs.js`, one entry per widget (widgets/<name>.js), the iframe page's scripts, and the
// shared chunks. Bundled, minified, ES2022, code-split, Lit templates minified.
//
// The loader also gets a preload list per tag (`__WEGWIJS_PRELOAD__`): the widget's file, every
// chunk it imports statically, and the lazy chunks the widget fetches as soon as it connects
// (`connectModules`). When the loader finds a tag it adds a `<link rel="modulepreload">` for
// each, so the browser fetches them all at once instead of discovering them one import at a
// time: on a slow network every level of that chain costs a full round trip.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dropEmptyChunks } from './drop-empty-chunks.mjs';
import { minifyLitTemplates } from '../tools/lib/minify-lit-templates.mjs';

const here = new URL('.', import.meta.url).pathname;
const repo = join(here, '../..');

export const widgetNames = [
  'core',
  'step-guide',
  'video-explainer',
  'letter-explainer',
  'contact-finder',
  'question-helper',
];

/** The tags of src/widgets.ts and the widget entry each loads (a test checks they match). */
export const tagWidgets = {
  'wegwijs-step-guide': 'step-guide',
  'wegwijs-video-explainer': 'video-explainer',
  'wegwijs-letter-explainer': 'letter-explainer',
  'wegwijs-contact-finder': 'contact-finder',
  'wegwijs-question-helper': 'question-helper',
  'wegwijs-language-switch': 'core',
  'wegwijs-read-aloud': 'core',
};

/**
 * Lazy modules a widget imports as soon as it connects, whatever its content: preloaded with
 * it. Content-dependent chunks (a schema for JSON, a CSV parser) and locales are left out: a
 * page would download them for nothing. The build fails when one is no longer a lazy chunk.
 */
export const connectModules = {
  'step-guide': ['packages/step-guide/src/pictogram-loader.ts', 'packages/core/src/define.ts'],
  'letter-explainer': ['packages/letter-explainer/src/validate.ts', 'packages/core/src/define.ts'],
  'contact-finder': ['packages/contact-finder/src/data.ts'],
  'question-helper': ['packages/question-helper/src/view.ts', 'packages/core/src/define.ts'],
};

/**
 * Lazy modules a widget needs before its first render only for one form of content, which the
 * loader can tell from the tag (see `contentForm` in src/preload.ts): `json` (an inline JSON
 * script or a `src`), `csv` (a `src` named .csv) or `markup` (neither). Preloaded, under the key
 * `<tag> <form>`, only for an element with that content: one round trip less before it renders.
 */
export const contentModules = {
  'step-guide': { json: ['packages/step-guide/src/schema.ts'] },
  'video-explainer': { markup: ['packages/video-explainer/src/markup.ts'] },
  'letter-explainer': { markup: ['packages/letter-explainer/src/markup.ts'] },
  'question-helper': { json: ['packages/question-helper/src/schema.ts'] },
  'contact-finder': {
    csv: ['packages/contact-finder/src/csv.ts', 'node_modules/papaparse/papaparse.min.js'],
  },
};

export const cdnOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  chunkNames: 'chunks/[name]-[hash]',
  conditions: ['source', 'browser', 'production'],
  tsconfig: join(repo, 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The module a widget's CDN file is built from (relative to the repo root). The loader fetches
 * a widget only for a page that shows it, so the step guide comes with its view in the same
 * file (`define-with-view`): the same bytes it would preload anyway, and a first render in the
 * task the guide connects in.
 */
export const widgetEntry = (name) =>
  name === 'step-guide'
    ? 'packages/step-guide/src/define-with-view.ts'
    : `packages/${name}/src/define.ts`;

/** Entry points: the loader, the iframe page's two scripts and one per widget. */
export function cdnEntries(widgets = widgetNames) {
  return {
    wegwijs: join(here, 'src/wegwijs.ts'),
    embed: join(here, 'src/iframe/embed-page.ts'),
    'wegwijs-iframe': join(here, 'src/iframe/iframe-resize.ts'),
    ...Object.fromEntries(
      widgets.map((name) => [`widgets/${name}`, join(repo, widgetEntry(name))]),
    ),
  };
}

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

/** Per tag, the files to preload (relative to the loader), from an esbuild metafile. */
export function preloadManifest(metafile, outdir) {
  const outputs = metafile.outputs;
  const rel = (path) => join(repo, path).slice(outdir.length + 1);
  const byRel = new Map(Object.keys(outputs).map((o) => [rel(o), o]));
  const closure = (out, seen) => staticClosure(outputs, out, seen);
  const lazyEntry = (module) => {
    const out = Object.keys(outputs).find((o) => outputs[o].entryPoint === module);
    if (!out)
      throw new Error(
        `cdn-build: ${module} is not a lazy chunk any more (connectModules, contentModules)`,
      );
    return out;
  };
  const loader = byRel.get('wegwijs.js');
  if (!loader) throw new Error('cdn-build: no wegwijs.js in the output');
  const loaderFiles = closure(loader);
  const manifest = {};
  for (const [tag, widget] of Object.entries(tagWidgets)) {
    const entry = byRel.get(`widgets/${widget}.js`);
    if (!entry) continue;
    const files = closure(entry);
    for (const module of connectModules[widget] ?? []) closure(lazyEntry(module), files);
    // In order of need: the widget's file, its static chunks, then what it fetches on connect
    // (a browser limited to a few connections per host fetches them in this order).
    manifest[tag] = [...files].filter((o) => !loaderFiles.has(o)).map(rel);
    for (const [form, modules] of Object.entries(contentModules[widget] ?? {})) {
      const extra = new Set();
      for (const module of modules) closure(lazyEntry(module), extra);
      manifest[`${tag} ${form}`] = [...extra]
        .filter((o) => !files.has(o) && !loaderFiles.has(o))
        .map(rel);
    }
  }
  return manifest;
}

/**
 * Two passes of a build: the first finds the chunks, the second compiles their preload list
 * into the loader. `run(define, firstPass)` builds with the given esbuild `define` (writing
 * nothing in the first pass) and returns an object with the esbuild `metafile`. The loader's
 * list does not change the widgets' chunks (they do not import it); the second pass is checked
 * to write every file the list names.
 */
export async function withPreloadList(run, outdir) {
  const first = await run({ __WEGWIJS_PRELOAD__: JSON.stringify('{}') }, true);
  const manifest = preloadManifest(first.metafile, outdir);
  // A string, parsed at run time: esbuild turns an object into a module of its own.
  const second = await run(
    { __WEGWIJS_PRELOAD__: JSON.stringify(JSON.stringify(manifest)) },
    false,
  );
  const written = new Set(Object.keys(second.metafile.outputs).map((o) => join(repo, o)));
  for (const file of Object.values(manifest).flat())
    if (!written.has(join(outdir, file)))
      throw new Error(`cdn-build: preload list names ${file}, which the build did not write`);
  return { manifest, result: second };
}

/**
 * Build the CDN files into `outdir`, with the preload list (withPreloadList). `esbuild`:
 * further options (the benchmarks add a banner).
 */
export async function buildCdn({ outdir, widgets = widgetNames, plugins = [], esbuild = {} }) {
  const options = {
    ...cdnOptions,
    ...esbuild,
    absWorkingDir: repo,
    entryPoints: cdnEntries(widgets),
    outdir,
    metafile: true,
    plugins: [minifyLitTemplates, ...plugins],
  };
  const { manifest, result } = await withPreloadList(async (define, firstPass) => {
    const built = await build({ ...options, define, write: false });
    dropEmptyChunks(built, repo);
    if (!firstPass)
      for (const file of built.outputFiles) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, file.contents);
      }
    return built;
  }, outdir);
  return { manifest, metafile: result.metafile };
}
