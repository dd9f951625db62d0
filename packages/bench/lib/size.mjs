// Deterministic size measurements with esbuild, with the settings of the CDN build
// (packages/embed/cdn-build.mjs): bundled, minified, ES2022, code-split, Lit `css`, `html` and
// `svg` templates minified. Nothing is written to disk. Each figure is raw, gzip (level 9) and
// brotli (quality 11) bytes.
//
// Up front = the entry's output file plus every chunk it imports statically (what the browser
// must download before the entry runs). Lazy = the other chunks (dynamic import()).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { esbuildOptions } from '../../tools/lib/build-options.mjs';
import { buildCdn, staticClosure } from '../../embed/cdn-build.mjs';
import { dropEmptyChunks } from '../../embed/drop-empty-chunks.mjs';

export const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
const sizeOutdir = join(root, 'node_modules/.cache/wegwijs-bench-size');

/** The four widgets, in the order of the issue. `define` is relative to the repo root. */
export const widgets = [
  { name: 'step-guide', title: 'Step guide', define: 'packages/step-guide/src/define.ts' },
  {
    name: 'video-explainer',
    title: 'Video explainer',
    define: 'packages/video-explainer/src/define.ts',
  },
  {
    name: 'letter-explainer',
    title: 'Letter explainer',
    define: 'packages/letter-explainer/src/define.ts',
  },
  {
    name: 'contact-finder',
    title: 'Contact finder',
    define: 'packages/contact-finder/src/define.ts',
  },
  {
    name: 'question-helper',
    title: 'Question helper',
    define: 'packages/question-helper/src/define.ts',
  },
];
export const core = {
  name: 'core',
  title: 'Core (Lit + base, language switch, read aloud)',
  define: 'packages/core/src/define.ts',
};

export const exists = (path) => existsSync(join(root, path));

const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;

/**
 * Sizes of a set of files. `raw`, `gzip` and `brotli` compress the files as one (the code's
 * size, what the budgets use); `served` adds up each file's own brotli size, as a CDN sends them
 * (larger: each file starts with an empty dictionary).
 */
export function sizes(buffers) {
  const list = buffers.map((b) => Buffer.from(b));
  const all = Buffer.concat(list);
  const whole = brotli(all);
  return {
    raw: all.length,
    gzip: gzipSync(all, { level: 9 }).length,
    brotli: whole,
    served: list.length === 1 ? whole : list.reduce((sum, b) => sum + brotli(b), 0),
  };
}

export function add(...list) {
  return list.reduce(
    (a, b) => ({
      raw: a.raw + b.raw,
      gzip: a.gzip + b.gzip,
      brotli: a.brotli + b.brotli,
      served: a.served + (b.served ?? b.brotli),
    }),
    { raw: 0, gzip: 0, brotli: 0, served: 0 },
  );
}

/** A widget whose package has no src/define.ts yet resolves to an empty module. */
const missingWidgets = (stub = []) => ({
  name: 'wegwijs-missing-widgets',
  setup(b) {
    b.onResolve({ filter: /^@wegwijs\/[a-z-]+\/define(-with-view)?$/ }, (args) => {
      const name = args.path.split('/')[1];
      if (exists(`packages/${name}/src/define.ts`) && !stub.includes(name)) return undefined;
      return { path: args.path, namespace: 'wegwijs-missing' };
    });
    b.onLoad({ filter: /.*/, namespace: 'wegwijs-missing' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
});

/** Virtual entry modules: `virtual:<name>` → the given source (resolved from the repo root). */
function virtualEntries(sources) {
  return {
    name: 'wegwijs-virtual',
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (args) => ({
        path: args.path.slice(8),
        namespace: 'virtual',
      }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
        contents: sources[args.path],
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/**
 * Bundle entry points (name → path relative to the repo root, or `virtual:<key>` with
 * `sources[key]`) and return a view of the outputs.
 */
export async function bundle(
  entryPoints,
  {
    sources = {},
    conditions = ['source', 'browser', 'production'],
    loader,
    stub = [],
    define,
  } = {},
) {
  const result = await build({
    ...esbuildOptions({
      conditions,
      plugins: [missingWidgets(stub), virtualEntries(sources)],
      logLevel: 'silent',
      loader,
      define,
    }),
    entryPoints,
    outdir: sizeOutdir,
    write: false,
    metafile: true,
  });
  dropEmptyChunks(result, root); // as the CDN build ships them
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const outputOf = (name) =>
    Object.keys(outputs).find((o) => o.endsWith(`/${name}.js`) && outputs[o].entryPoint);
  const closure = (start) => staticClosure(outputs, start);
  const measureFiles = (files) => sizes([...files].map((o) => contents.get(o) ?? new Uint8Array()));
  const inputsOf = (files) => [...files].flatMap((o) => Object.keys(outputs[o].inputs));
  const metafile = result.metafile;
  return { outputs, metafile, contents, outputOf, closure, measureFiles, inputsOf, result };
}

/** What a lazy chunk is, from its inputs. */
export function classify(inputs, ownPackage) {
  if (inputs.some((i) => i.includes('node_modules/papaparse/'))) return 'csv-parser';
  if (inputs.every((i) => /\/generated\/locales\//.test(i))) return 'locale';
  if (inputs.every((i) => i.startsWith('packages/pictograms/'))) return 'pictogram';
  if (
    ownPackage &&
    inputs.some((i) => i.startsWith(`packages/${ownPackage}/src/`) && !i.includes('/generated/'))
  )
    return 'own';
  return 'other';
}

/**
 * Chunks a define entry itself imports with import() are fetched the moment the module runs
 * (e.g. a define.ts that imports its element class lazily): they are needed before the first
 * render, so they count as up front. Locale catalogs are not (one is fetched only when that
 * UI language is chosen).
 */
function eagerChunks(b, defineFiles, upfront) {
  const eagerInputs = defineFiles.flatMap((file) =>
    (b.result.metafile.inputs[file]?.imports ?? [])
      .filter((i) => i.kind === 'dynamic-import' && !i.path.includes('/generated/'))
      .map((i) => i.path),
  );
  const eager = new Set();
  for (const input of eagerInputs) {
    const out = Object.keys(b.outputs).find((o) => b.outputs[o].entryPoint === input);
    if (out) for (const c of b.closure(out)) if (!upfront.has(c)) eager.add(c);
  }
  return { eager, eagerInputs };
}

/**
 * The lazy modules that make up a widget's full feature set, for budgets such as the video
 * explainer's "facade + full player": every control and panel, captions and chapters, the
 * transcript and the text audio description. Not in it: what depends on the content's form
 * (the editor-markup reader, YouTube/Vimeo notice, rich-text transcript renderer) or only
 * serves editors (the schema check, the words for VTT and media errors), each its own chunk.
 */
export const fullFeatureModules = {
  'video-explainer': [
    'packages/video-explainer/src/player.ts',
    'packages/video-explainer/src/transcript.ts',
    'packages/core/src/read-aloud/read-aloud-controller.ts',
  ],
};

/**
 * The lazy modules a widget fetches when it connects, before it can show its content, per
 * content form: what a resident downloads before the first render, besides the up-front code.
 * Reported next to the budgets (which count the up-front code), so nothing is hidden.
 */
export const firstRenderModules = {
  'step-guide': {
    markup: ['packages/step-guide/src/view/guide-view.ts'],
    JSON: ['packages/step-guide/src/view/guide-view.ts', 'packages/step-guide/src/schema.ts'],
  },
};

/**
 * One entry measured: up front (entry + static imports) and every lazy chunk, grouped.
 * `own` lazy chunks (and the chunks they import statically) are the widget's lazily loaded
 * parts, e.g. the video explainer's full player.
 */
export async function measureEntry(entry, ownPackage) {
  const b = await bundle({ entry });
  const entryOut = b.outputOf('entry');
  const upfront = b.closure(entryOut);
  const lazyOuts = Object.keys(b.outputs).filter((o) => o.endsWith('.js') && !upfront.has(o));
  const lazy = lazyOuts.map((o) => ({
    chunk: o.split('/').pop(),
    kind: classify(Object.keys(b.outputs[o].inputs), ownPackage),
    inputs: Object.keys(b.outputs[o].inputs).length,
    from: [
      ...new Set(
        Object.keys(b.outputs[o].inputs).map((i) =>
          i.startsWith('packages/')
            ? `@wegwijs/${i.split('/')[1]}`
            : i.split('node_modules/').pop().split('/')[0],
        ),
      ),
    ],
    ...b.measureFiles([o]),
  }));
  const ownOuts = new Set();
  for (const o of lazyOuts) {
    if (classify(Object.keys(b.outputs[o].inputs), ownPackage) !== 'own') continue;
    for (const c of b.closure(o)) if (!upfront.has(c)) ownOuts.add(c);
  }
  const { eager, eagerInputs } = eagerChunks(b, [entry], upfront);
  for (const c of eager) {
    upfront.add(c);
    ownOuts.delete(c);
  }
  const eagerNames = new Set([...eager].map((o) => o.split('/').pop()));
  const full = new Set(upfront);
  for (const module of fullFeatureModules[ownPackage] ?? []) {
    const out = Object.keys(b.outputs).find((o) => b.outputs[o].entryPoint === module);
    if (out) for (const c of b.closure(out)) full.add(c);
  }
  const upfrontInputs = b.inputsOf(upfront);
  const firstRender = Object.entries(firstRenderModules[ownPackage] ?? {}).map(
    ([content, modules]) => {
      const set = new Set(upfront);
      for (const module of modules) {
        const out = Object.keys(b.outputs).find((o) => b.outputs[o].entryPoint === module);
        if (!out) throw new Error(`${module}: not a lazy chunk of ${entry}`);
        for (const c of b.closure(out)) set.add(c);
      }
      return { content, modules, ...b.measureFiles(set) };
    },
  );
  return {
    entry,
    upfront: b.measureFiles(upfront),
    upfrontFiles: upfront.size,
    eagerChunks: eager.size,
    eagerInputs,
    csvParserUpfront: upfrontInputs.some((i) => i.includes('node_modules/papaparse/')),
    lazyOwn: ownOuts.size ? b.measureFiles(ownOuts) : null,
    lazyOwnInputs: [...new Set(b.inputsOf(ownOuts))].filter((i) =>
      i.startsWith(`packages/${ownPackage}/`),
    ),
    lazy: lazy.filter((l) => !eagerNames.has(l.chunk)),
    /** Up front + what connecting fetches before the first render, per content form. */
    firstRender,
    /** Up front + the full feature set (see fullFeatureModules); null when not defined. */
    full: full.size > upfront.size ? b.measureFiles(full) : null,
    fullInputs: [...new Set(b.inputsOf([...full].filter((o) => !upfront.has(o))))],
  };
}

/**
 * A widget measured (measureEntry) if it can be: its define.ts exists and bundles. Returns
 * `{ ok, result, missing, error }`; a widget being written may exist but not build yet.
 */
export async function probe(widget) {
  if (!exists(widget.define)) return { ok: false, missing: true };
  try {
    return { ok: true, result: await measureEntry(widget.define, widget.name) };
  } catch (error) {
    const first = error.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
    return {
      ok: false,
      error: first ? `${where}${first.text}` : String(error.message).split('\n')[0],
    };
  }
}

/**
 * The loader as the CDN build makes it (packages/embed/cdn-build.mjs, nothing written): one
 * self-contained file, with the preload list of every widget compiled in.
 */
export async function measureLoader() {
  const { manifest, bytes } = await buildCdn({
    outdir: sizeOutdir,
    write: false,
    esbuild: { logLevel: 'silent' },
  });
  const file = sizes([bytes.get('wegwijs.js')]);
  return {
    entry: 'packages/embed/src/wegwijs.ts',
    file,
    upfront: file,
    upfrontFiles: 1,
    stubbed: [],
    /** Files preloaded per tag (the step guide's list, e.g., names the view chunk). */
    preload: manifest,
  };
}

/** One bundle importing every given define entry (what a page with all four pays). */
export async function measureTogether(defines) {
  const source = defines.map((d) => `import ${JSON.stringify(`./${d}`)};`).join('\n');
  const b = await bundle({ entry: 'virtual:together' }, { sources: { together: source } });
  const out = b.outputOf('entry');
  const upfront = b.closure(out);
  const { eager } = eagerChunks(b, defines, upfront);
  for (const c of eager) upfront.add(c);
  return { upfront: b.measureFiles(upfront), defines, eagerChunks: eager.size };
}

/** A peer from node_modules: JS entries bundled and minified like ours, CSS files minified. */
export async function measurePeer({ js = [], css = [], extra = [] }) {
  const parts = [];
  if (js.length) {
    const source = js.map((m) => `import ${JSON.stringify(m)};`).join('\n');
    const b = await bundle(
      { entry: 'virtual:peer' },
      { sources: { peer: source }, conditions: ['browser', 'production'] },
    );
    const out = b.outputOf('entry');
    const upfront = b.closure(out);
    const lazyOuts = Object.keys(b.outputs).filter((o) => o.endsWith('.js') && !upfront.has(o));
    parts.push({
      part: 'js',
      ...b.measureFiles(upfront),
      lazy: lazyOuts.length ? b.measureFiles(lazyOuts) : null,
    });
  }
  for (const file of css) {
    const r = await build({
      ...esbuildOptions({ logLevel: 'silent' }),
      absWorkingDir: root,
      entryPoints: [file],
      write: false,
      outdir: sizeOutdir,
    });
    parts.push({
      part: 'css',
      ...sizes(r.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.contents)),
    });
  }
  for (const file of extra)
    parts.push({ part: file.split('/').pop(), ...sizes([readFileSync(join(root, file))]) });
  return { parts, total: add(...parts) };
}
