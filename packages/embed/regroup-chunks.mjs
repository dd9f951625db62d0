// esbuild's code splitting makes one chunk per set of entry points that reach a module: with
// five widgets, core and their lazy parts that is ~200 files, and a page with one widget
// fetched ~25 of them (each a request, each compressed on its own). This second pass regroups
// the first pass's files into fewer, larger ones, as a resident's phone wants them:
//   - one file per widget (widgets/<file>.js): its entry, every chunk only it needs, and the
//     lazy modules it fetches as soon as it connects (`preload.connect` of widget-list.json),
//     whose import() becomes a local promise;
//   - one shared file (chunks/shared-<hash>.js): every chunk that two or more widgets need
//     before their first render (Lit, core), except core's elements (read aloud, language
//     switch), a file of their own (chunks/elements-<hash>.js) that only the widgets which
//     render them fetch (the users of `elementsEntry`, core/define.ts);
//   - the lazy parts most residents never use stay files of their own: other locales,
//     pictograms, the content check, the CSV reader, the full video player. A chunk only lazy
//     parts share is part of that one, or a file of its own; stateless code many need (the content
//     check) is copied into each file that needs it (see `copyInto` in cdn-build.mjs).
// Each group is bundled again with esbuild (its files in memory, no code splitting); an import
// of a file in another group becomes an import of that group's file, through the names the
// group file exports for it (`_0`, `_1`, …: the first pass's names are short and collide), in
// one import statement per file.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';

const dotted = (path) => (path.startsWith('.') ? path : `./${path}`);

/**
 * Regroup a `write: false` first-pass result (its metafile paths relative to `root`).
 * `widgetHeads`: per widget file (e.g. `widgets/step-guide.js`, relative to outdir), the
 * source modules of the lazy entries it takes in (its `preload.connect`). `copyInto(inputs)`
 * says whether a chunk may be copied into each file that needs it (it holds no state);
 * `standalone`: files (relative to outdir) that take a copy of everything they import;
 * `elementsEntry`: the source module whose chunks, and what only its users share, make the
 * elements file (none: one shared file).
 * Returns `{ outputFiles, metafile, entries }`: the files, a metafile-like view of them (paths
 * relative to `root`; `imports` with kind, `entryPoint`, `inputs`, `bytes`), and per source
 * module of a first-pass entry the file that holds it.
 */
export async function regroupChunks(
  first,
  { root, outdir, widgetHeads, copyInto, standalone = [], elementsEntry, esbuild },
) {
  const widgetHeadCount = Object.keys(widgetHeads).length;
  const outputs = first.metafile.outputs;
  const rel = (o) => relative(outdir, join(root, o));
  const js = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  const text = new Map(first.outputFiles.map((f) => [rel(relative(root, f.path)), f.text]));
  const R = (o) => rel(o); // first-pass file relative to outdir
  const byEntry = new Map(
    js.filter((o) => outputs[o].entryPoint).map((o) => [outputs[o].entryPoint, o]),
  );
  const staticOf = (o, seen = new Set()) => {
    if (seen.has(o)) return seen;
    seen.add(o);
    for (const i of outputs[o].imports)
      if (i.kind === 'import-statement' && outputs[i.path]) staticOf(i.path, seen);
    return seen;
  };

  // Chunks a group takes a copy of instead of importing them (stateless code, see
  // `copyInto`): never shared, never a file of their own.
  const copyable = new Set(
    js.filter((o) => !outputs[o].entryPoint && copyInto(Object.keys(outputs[o].inputs))),
  );
  // 1. Widget groups: the widget's entry, its connect modules, and their static closure.
  const widgetOf = new Map(); // first-pass file → widget group names that need it up front
  const widgetFile = new Map(); // first-pass entry file → its widget group (for heads)
  const upFront = new Map(); // widget group → first-pass files it needs up front
  for (const [file, connect] of Object.entries(widgetHeads)) {
    const head = js.find((o) => R(o) === file);
    if (!head) continue;
    widgetFile.set(head, file);
    const need = staticOf(head);
    for (const module of connect) {
      const lazy = byEntry.get(module);
      if (!lazy)
        throw new Error(`regroup: ${module} is not a lazy chunk any more (widget-list preload)`);
      staticOf(lazy, need);
    }
    upFront.set(file, need);
    for (const o of need) if (!copyable.has(o)) widgetOf.set(o, [...(widgetOf.get(o) ?? []), file]);
  }
  // Which widgets reach each lazy entry (through import() at any depth).
  const reachedBy = new Map();
  for (const [file, need] of upFront) {
    const queue = [...need];
    const seen = new Set(queue);
    while (queue.length) {
      const o = queue.pop();
      for (const i of outputs[o].imports) {
        if (!outputs[i.path] || seen.has(i.path)) continue;
        seen.add(i.path);
        queue.push(i.path);
        if (i.kind === 'dynamic-import')
          reachedBy.set(i.path, new Set([...(reachedBy.get(i.path) ?? []), file]));
      }
    }
  }
  const SHARED = 'shared';
  const ELEMENTS = 'elements';
  // The shared code in two files: what every widget page needs (Lit, the element base,
  // content loading, localisation), and the core elements' file: read aloud, the language
  // switch and whatever only the widgets that render them share (`elementsEntry`'s users). A
  // page whose widget renders no core element (the video facade, the contact finder) never
  // downloads the second.
  const elementsHead = elementsEntry && byEntry.get(elementsEntry);
  const elementUsers = new Set(elementsHead ? (widgetOf.get(elementsHead) ?? []) : []);
  const sharedGroup = (groups) =>
    elementUsers.size > 0 &&
    elementUsers.size < widgetHeadCount &&
    groups.every((g) => elementUsers.has(g))
      ? ELEMENTS
      : SHARED;
  /** first-pass file → group name (a final file name, SHARED or ELEMENTS). */
  const groupOf = new Map();
  const lazyHeads = js.filter(
    (o) => outputs[o].entryPoint && !widgetFile.has(o) && !widgetOf.has(o),
  );
  for (const [o, groups] of widgetOf) {
    // A widget's own entry stays its file even when another widget connects to it (core).
    if (widgetFile.has(o) && groups.length === 1) groupOf.set(o, widgetFile.get(o));
    else if (groups.length > 1) groupOf.set(o, sharedGroup(groups));
    else {
      // Needed up front by one widget: its file, unless a lazy part another widget reaches
      // imports it too (that would import the widget's file, and define its element).
      const others = lazyHeads.some(
        (l) =>
          staticOf(l).has(o) &&
          [...(reachedBy.get(l) ?? [groups[0], SHARED])].some((w) => w !== groups[0]),
      );
      groupOf.set(o, others ? sharedGroup(groups) : groups[0]);
    }
  }
  // What the shared file imports statically belongs in it: a page without core elements must
  // not fetch their file through it.
  for (let moved = true; moved;) {
    moved = false;
    for (const [o, g] of groupOf)
      if (g === SHARED)
        for (const c of staticOf(o))
          if (groupOf.get(c) === ELEMENTS) {
            groupOf.set(c, SHARED);
            moved = true;
          }
  }
  // 2. Lazy heads: every other entry (a dynamic import target), each its own file.
  for (const o of lazyHeads) groupOf.set(o, R(o));
  // 3. Chunks only lazy parts need: in the one lazy file that needs them, else their own file.
  //    Copyable chunks: in every group whose files import them.
  const copies = new Map(); // first-pass chunk → groups it is copied into
  const lazyUsers = new Map();
  for (const o of js) {
    const g = groupOf.get(o);
    if (!g || widgetOf.has(o)) continue;
    for (const c of staticOf(o))
      if (!groupOf.has(c) && !copyable.has(c)) lazyUsers.set(c, [...(lazyUsers.get(c) ?? []), g]);
  }
  for (const [c, users] of lazyUsers) {
    const distinct = [...new Set(users)];
    groupOf.set(c, distinct.length === 1 ? distinct[0] : R(c));
  }
  for (const o of js) {
    const g = groupOf.get(o);
    if (!g) continue;
    for (const i of outputs[o].imports)
      if (copyable.has(i.path)) {
        // The copy and what it imports in turn, as far as those are copyable too.
        for (const c of staticOf(i.path))
          if (copyable.has(c)) copies.set(c, [...new Set([...(copies.get(c) ?? []), g])]);
      }
  }
  // A copy the elements file takes (the speech controller) is that file's own: the groups that
  // import the elements file anyway use its copy instead of taking one more. (Not esbuild's
  // helper chunk without inputs, which every file copies.)
  const elementsUsers = new Set();
  for (const [o, g] of groupOf)
    if (g !== ELEMENTS && [...staticOf(o)].some((c) => groupOf.get(c) === ELEMENTS))
      elementsUsers.add(g);
  for (const [c, groups] of copies)
    if (groups.includes(ELEMENTS) && Object.keys(outputs[c].inputs).length > 0) {
      groupOf.set(c, ELEMENTS);
      const rest = groups.filter((g) => g !== ELEMENTS && !elementsUsers.has(g));
      if (rest.length) copies.set(c, rest);
      else copies.delete(c);
    }
  for (const o of copyable)
    if (!copies.has(o) && !groupOf.has(o)) throw new Error(`regroup: ${o} has no group`);
  // A standalone file imports no other file: it runs when the others were refused.
  for (const file of standalone) {
    const head = js.find((o) => R(o) === file);
    if (!head) throw new Error(`regroup: no file ${file}`);
    for (const c of staticOf(head))
      if (c !== head) copies.set(c, [...new Set([...(copies.get(c) ?? []), file])]);
  }

  // Final names: widget and lazy-head groups keep their first-pass names; the shared file and
  // a split-off chunk are named by the hash of their first-pass files (which esbuild named
  // by their content and their imports' names).
  const members = new Map();
  for (const [o, g] of groupOf) members.set(g, [...(members.get(g) ?? []), o]);
  // A widget file whose entry went into the shared file (core: its language switch and read
  // aloud are connected by several widgets) stays, as a file that re-exports it from there.
  const stubs = new Map();
  for (const [head, file] of widgetFile)
    if (groupOf.get(head) !== file) {
      stubs.set(file, head);
      members.set(file, []);
    }
  const finalName = new Map();
  for (const [g, list] of members) {
    if (g !== SHARED && g !== ELEMENTS) finalName.set(g, g);
    else {
      const hash = createHash('sha256');
      for (const o of list.sort()) hash.update(`${R(o)}\n`);
      const id = hash.digest('base64url').replace(/[-_]/g, '').slice(0, 8).toUpperCase();
      finalName.set(g, `chunks/${g}-${id}.js`);
    }
  }
  // The elements file is headed by core's define entry: an import() of it (defineCoreElements)
  // names that file, which the loader preloaded with its hash.
  const isHead = (o) =>
    groupOf.get(o) === R(o) ||
    widgetFile.get(o) === groupOf.get(o) ||
    (o === elementsHead && groupOf.get(o) === ELEMENTS);
  // The names a group file exports for its other first-pass files' exports (the first pass's
  // names are short and collide): `_0`, `_1`, … in the order of the files, each as short as
  // the count allows; minified code imports each under a local name of its own.
  const shortNames = new Map();
  for (const list of members.values()) {
    const taken = new Set(list.filter(isHead).flatMap((o) => outputs[o].exports));
    let count = 0;
    for (const o of [...list].sort())
      if (!isHead(o))
        for (const n of outputs[o].exports) {
          let name;
          do name = `_${(count++).toString(36)}`;
          while (taken.has(name));
          shortNames.set(`${o}\u0000${n}`, name);
        }
  }
  /** The name a group file exports for a first-pass file's export. */
  const exported = (o, name) => (isHead(o) ? name : shortNames.get(`${o}\u0000${name}`));
  const inGroup = (o, g) => groupOf.get(o) === g || copies.get(o)?.includes(g);
  /**
   * Per group, per other file it imports from, the names it imports: the exports of each
   * first-pass file its own files (and copies) import from there, as the proxies below do.
   */
  const importedNames = (g) => {
    const byFile = new Map();
    const add = (target) => {
      const file = finalName.get(groupOf.get(target));
      const names = outputs[target].exports.map((n) => exported(target, n));
      byFile.set(file, new Set([...(byFile.get(file) ?? []), ...names]));
    };
    if (stubs.has(g)) add(stubs.get(g));
    for (const o of js) {
      if (!inGroup(o, g)) continue;
      for (const i of outputs[o].imports) {
        if (!outputs[i.path] || inGroup(i.path, g)) continue;
        if (i.kind !== 'dynamic-import' || !isHead(i.path)) add(i.path);
      }
    }
    return byFile;
  };

  const results = await Promise.all(
    [...members.keys()].map(async (g) => {
      const file = finalName.get(g);
      const list = members.get(g);
      const head = list.find((o) => isHead(o));
      const linked = importedNames(g);
      const lines = [];
      if (head) {
        lines.push(`export * from ${JSON.stringify(`out:${head}`)};`);
        // `export *` leaves out `default`: a lazily imported CommonJS package (papaparse) has
        // nothing else, and `import()` would resolve to an empty module.
        if (outputs[head].exports.includes('default'))
          lines.push(`export { default } from ${JSON.stringify(`out:${head}`)};`);
      }
      if (stubs.has(g)) lines.push(`export * from ${JSON.stringify(`stub:${stubs.get(g)}`)};`);
      for (const o of list) {
        if (o === head) continue;
        const names = outputs[o].exports;
        lines.push(
          names.length
            ? `export {${names.map((n) => `${n} as ${exported(o, n)}`).join(',')}} from ${JSON.stringify(`out:${o}`)};`
            : `import ${JSON.stringify(`out:${o}`)};`,
        );
      }
      const external = (target) => {
        const to = finalName.get(groupOf.get(target));
        return dotted(relative(dirname(file), to));
      };
      const result = await build({
        ...esbuild,
        splitting: false,
        bundle: true,
        format: 'esm',
        write: false,
        metafile: true,
        outfile: join(outdir, file),
        absWorkingDir: root,
        stdin: undefined,
        entryPoints: ['group:entry'],
        plugins: [
          {
            name: 'wegwijs-regroup',
            setup(b) {
              b.onResolve({ filter: /^group:entry$/ }, () => ({
                path: 'entry',
                namespace: 'group',
              }));
              b.onLoad({ filter: /.*/, namespace: 'group' }, () => ({
                contents: lines.join('\n'),
                loader: 'js',
              }));
              b.onResolve({ filter: /^out:/ }, (args) => ({
                path: args.path.slice(4),
                namespace: 'out',
              }));
              b.onResolve({ filter: /^stub:/ }, (args) => ({
                path: args.path.slice(5),
                namespace: 'proxy',
              }));
              b.onResolve({ filter: /^\./ }, (args) => {
                if (args.namespace !== 'out') return undefined;
                const target = relative(root, join(root, dirname(args.importer), args.path));
                if (!outputs[target])
                  throw new Error(`regroup: ${args.importer} imports unknown ${args.path}`);
                if (inGroup(target, g)) return { path: target, namespace: 'out' };
                // Another group: a dynamic import of its head stays an import() of its file;
                // everything else goes through the names that file exports.
                if (args.kind === 'dynamic-import' && isHead(target))
                  return { path: external(target), external: true };
                return { path: target, namespace: 'proxy' };
              });
              b.onLoad({ filter: /.*/, namespace: 'out' }, (args) => ({
                contents: text.get(R(args.path)),
                loader: 'js',
                resolveDir: dirname(join(root, args.path)),
              }));
              b.onLoad({ filter: /.*/, namespace: 'proxy' }, (args) => {
                const names = outputs[args.path].exports;
                return {
                  contents: names.length
                    ? `export {${names.map((n) => `${exported(args.path, n)} as ${n}`).join(',')}} from ${JSON.stringify(`link:${external(args.path)}`)};`
                    : `import ${JSON.stringify(`ext:${external(args.path)}`)};`,
                  loader: 'js',
                };
              });
              // One module per other file, through which every proxy of that file's chunks
              // imports: one import statement per file, not one per first-pass chunk.
              b.onResolve({ filter: /^link:/ }, (args) => ({
                path: args.path.slice(5),
                namespace: 'link',
              }));
              b.onLoad({ filter: /.*/, namespace: 'link' }, (args) => {
                const names = [...linked.get(join(dirname(file), args.path))];
                return {
                  contents: `export {${names.join(',')}} from ${JSON.stringify(`ext:${args.path}`)};`,
                  loader: 'js',
                };
              });
              b.onResolve({ filter: /^ext:/ }, (args) => ({
                path: args.path.slice(4),
                external: true,
              }));
            },
          },
        ],
      });
      return { g, file, result };
    }),
  );

  // A view of the result as a metafile would give it (paths relative to `root`), and per
  // source module of a first-pass entry the file that holds it now.
  const key = (file) => relative(root, join(outdir, file));
  const outputFiles = [];
  const view = {};
  const entries = {};
  for (const { g, file, result } of results) {
    const out = result.outputFiles.find((f) => f.path.endsWith('.js'));
    outputFiles.push({ path: join(outdir, file), contents: out.contents, text: out.text });
    const meta = Object.values(result.metafile.outputs).find((m) => m.entryPoint);
    const list = members.get(g);
    const head = list.find((o) => isHead(o));
    view[key(file)] = {
      bytes: out.contents.length,
      entryPoint: head
        ? outputs[head].entryPoint
        : stubs.has(g)
          ? outputs[stubs.get(g)].entryPoint
          : undefined,
      exports: meta.exports,
      imports: meta.imports.map((i) => ({ path: key(join(dirname(file), i.path)), kind: i.kind })),
      inputs: Object.fromEntries(list.flatMap((o) => Object.entries(outputs[o].inputs))),
    };
    for (const o of list) if (outputs[o].entryPoint) entries[outputs[o].entryPoint] = key(file);
  }
  for (const [c, groups] of copies)
    for (const g of groups) Object.assign(view[key(finalName.get(g))].inputs, outputs[c].inputs);
  return { outputFiles, metafile: { outputs: view }, entries };
}
