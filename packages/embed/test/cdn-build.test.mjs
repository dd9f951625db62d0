// The CDN build's preload list (node --test): what the loader preloads for each tag.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCdn, preloadManifest, sri } from '../cdn-build.mjs';
import { repo, widgetList } from '../widget-list.mjs';
import { WIDGETS } from '../../cli/src/detect.js';

const outdir = mkdtempSync(join(tmpdir(), 'wegwijs-cdn-test-'));
let manifest;
let metafile;
let payload;
const inputsOf = (file) =>
  Object.keys(
    metafile.outputs[Object.keys(metafile.outputs).find((o) => o.endsWith(`/${file}`))].inputs,
  );

describe('CDN build preload list', () => {
  before(async () => {
    ({ manifest, metafile, payload } = await buildCdn({ outdir }));
  });
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it('has a list for every tag of the widget list', () => {
    const tagLists = Object.keys(manifest).filter((key) => !key.includes(' '));
    assert.deepEqual(tagLists.sort(), widgetList.map((w) => w.tag).sort());
  });

  it('src/widgets.ts (npm) and the checker name the widgets of the list', () => {
    // Literal import() calls, so that bundlers split them: checked against the list here.
    const widgetsSource = readFileSync(new URL('../src/widgets.ts', import.meta.url), 'utf8');
    const pairs = [...widgetsSource.matchAll(/'(wegwijs-[a-z-]+)': \(\) => import\('([^']+)'\)/g)];
    const byTag = (a, b) => a.tag.localeCompare(b.tag);
    assert.deepEqual(
      pairs.map(([, tag, module]) => ({ tag, module })).sort(byTag),
      widgetList.map(({ tag, module }) => ({ tag, module })).sort(byTag),
    );
    // The checker (published on its own: it reads its generated copy of the list, src/widget-list.js) knows every content widget.
    assert.deepEqual(
      [...WIDGETS].sort(),
      widgetList
        .filter((w) => w.content.length > 0)
        .map((w) => w.file)
        .sort(),
    );
  });

  it('lists the step guide: its file, the shared file and core elements’ file, nothing on demand', () => {
    const list = manifest['wegwijs-step-guide'];
    // One file per widget, the shared file and core's elements file (issue 23), fetched together.
    assert.equal(list.length, 3, list.join(', '));
    assert.equal(list[0], 'widgets/step-guide.js');
    assert.match(list[1], /^chunks\/shared-[A-Z0-9]+\.js$/);
    assert.match(list[2], /^chunks\/elements-[A-Z0-9]+\.js$/);
    // Core's elements (language switch, read aloud), which the guide connects, have their file.
    assert.ok(inputsOf(list[2]).includes('packages/core/src/define.ts'));
    assert.ok(!inputsOf(list[1]).includes('packages/core/src/define.ts'));
    const inputs = list.flatMap(inputsOf);
    for (const module of widgetList[0].preload.connect)
      assert.ok(inputs.includes(module), `${module} is preloaded`);
    assert.ok(inputs.includes('node_modules/lit-html/lit-html.js'), 'Lit is preloaded');
    // The view comes with the guide's own file (define-with-view), imported statically; so
    // does the schema (connected: a fourth file would be a seventh request with JSON content).
    const outputs = metafile.outputs;
    const entry = Object.keys(outputs).find((o) => o.endsWith('/widgets/step-guide.js'));
    const own = Object.keys(outputs[entry].inputs);
    assert.ok(own.includes('packages/step-guide/src/view/guide-view.ts'), 'view up front');
    assert.ok(own.includes('packages/step-guide/src/schema.ts'), 'schema in the guide’s file');
    // On-demand code stays lazy: locales, pictograms.
    assert.ok(!inputs.some((i) => i.includes('/generated/locales/')));
    assert.ok(!inputs.some((i) => i.startsWith('packages/pictograms/src/icons/')));
  });

  it('keeps core’s elements out of the pages whose widget renders none', () => {
    const elements = /^packages\/core\/src\/(read-aloud|language-switch)\//;
    for (const tag of ['wegwijs-video-explainer', 'wegwijs-contact-finder']) {
      const list = manifest[tag];
      assert.equal(list.length, 2, `${tag}: ${list.join(', ')}`);
      assert.ok(!list.some((f) => f.startsWith('chunks/elements-')), `${tag}: ${list.join(', ')}`);
      const inputs = list.flatMap(inputsOf);
      assert.ok(!inputs.some((i) => elements.test(i)), `${tag} has core's elements`);
    }
    // The shared file imports core's elements only on demand (defineCoreElements).
    const shared = manifest['wegwijs-video-explainer'][1];
    const outputs = metafile.outputs;
    const key = Object.keys(outputs).find((o) => o.endsWith(`/${shared}`));
    assert.deepEqual(
      outputs[key].imports.filter((i) => i.kind === 'import-statement'),
      [],
      'the shared file imports no file statically',
    );
    // The speech controller is the elements file's: the question helper takes no copy of it.
    const speech = 'packages/core/src/read-aloud/read-aloud-controller.ts';
    assert.ok(inputsOf(manifest['wegwijs-step-guide'][2]).includes(speech));
    assert.ok(!inputsOf('widgets/question-helper.js').includes(speech));
  });

  it('keeps Lit’s live directive in the files of the forms that use it, not in the shared file', () => {
    const live = 'node_modules/lit-html/directives/live.js';
    const shared = manifest['wegwijs-video-explainer'].find((f) => f.startsWith('chunks/shared-'));
    assert.ok(!inputsOf(shared).includes(live), 'every page would pay for it');
    for (const tag of ['wegwijs-step-guide', 'wegwijs-video-explainer', 'wegwijs-letter-explainer'])
      assert.ok(!manifest[tag].flatMap(inputsOf).includes(live), `${tag} downloads it`);
    for (const file of ['contact-finder', 'question-helper'])
      assert.ok(inputsOf(`widgets/${file}.js`).includes(live), `${file} has its own copy`);
  });

  it('lists per content form what that content needs before the first render', () => {
    const csv = manifest['wegwijs-contact-finder csv'].flatMap(inputsOf);
    assert.ok(csv.includes('packages/contact-finder/src/csv.ts'));
    assert.ok(
      csv.some((i) => i.startsWith('node_modules/papaparse/')),
      'with papaparse',
    );
    const markup = manifest['wegwijs-video-explainer markup'].flatMap(inputsOf);
    assert.ok(markup.includes('packages/video-explainer/src/markup.ts'));
    // Only what the tag's own list lacks.
    for (const [key, list] of Object.entries(manifest)) {
      if (!key.includes(' ')) continue;
      const own = new Set(manifest[key.split(' ')[0]]);
      for (const file of list) assert.ok(!own.has(file), `${key}: ${file} is listed twice`);
    }
  });

  it('names only files that were written, and never the loader’s own', () => {
    const written = new Set(
      readdirSync(outdir, { recursive: true }).map((f) => String(f).replaceAll('\\', '/')),
    );
    for (const [tag, list] of Object.entries(manifest)) {
      assert.ok(list.length > 0, tag);
      for (const file of list) assert.ok(written.has(file), `${tag}: ${file}`);
      assert.ok(!list.includes('wegwijs.js'), tag);
    }
  });

  it('compiles the list with each file’s integrity hash into the self-contained page scripts', () => {
    const holders = readdirSync(outdir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => readFileSync(join(outdir, f), 'utf8').includes('modulepreload'));
    assert.deepEqual(holders.sort(), ['embed.js', 'wegwijs.js']);
    for (const page of holders) {
      const text = readFileSync(join(outdir, page), 'utf8');
      // No static import: the integrity attribute on the script covers all of its code.
      assert.doesNotMatch(text, /^import|[;}]import[{\s"*]/m, `${page} imports a chunk statically`);
      assert.ok(text.includes(manifest['wegwijs-step-guide'][0]));
    }
    payload.files.forEach((file, i) =>
      assert.equal(payload.integrity[i], sri(readFileSync(join(outdir, file))), file),
    );
  });

  it('keeps lazy what most residents never use, each widget one file, one shared file', () => {
    const written = Object.keys(metafile.outputs).map((o) => relative(outdir, join(repo, o)));
    assert.equal(written.filter((f) => f.startsWith('chunks/shared-')).length, 1);
    assert.equal(written.filter((f) => f.startsWith('chunks/elements-')).length, 1);
    for (const { file } of widgetList) assert.ok(written.includes(`widgets/${file}.js`), file);
    // Every list but the CSV form's (which needs the reader), what is fetched for after the
    // first view (the letter's glossary and tips, once the files before it are in)
    // and what is warmed after the first render (the full player, when visible and idle).
    const upFront = new Set(
      Object.entries(manifest)
        .filter(([key]) => !/ (csv|after|warm)$/.test(key))
        .flatMap(([, files]) => files),
    );
    for (const lazy of [
      /\/generated\/locales\//, // other UI languages
      /^packages\/pictograms\/src\/icons\//, // pictograms
      /^node_modules\/papaparse\//, // the CSV reader
      /^packages\/video-explainer\/src\/player\.ts$/, // the full video player
      // the question helper's steps after its first screen, fetched once that has rendered
      /^packages\/question-helper\/src\/(later-steps|card|share|handover|view\/(statements|how|card))\.ts$/,
    ])
      for (const file of upFront)
        assert.ok(!inputsOf(file).some((i) => lazy.test(i)), `${file} has ${lazy}`);
    // The question helper's pictogram loader, fetched after its first render, needs no file
    // that was not there for that render (one round trip to the pictograms, not two).
    const pictogramLoader = Object.keys(metafile.outputs).find(
      (o) => metafile.outputs[o].entryPoint === 'packages/question-helper/src/pictogram-loader.ts',
    );
    const upFrontQuestions = new Set(manifest['wegwijs-question-helper']);
    for (const imported of metafile.outputs[pictogramLoader].imports)
      if (imported.kind === 'import-statement')
        assert.ok(
          upFrontQuestions.has(relative(outdir, join(repo, imported.path))),
          `the pictogram loader imports ${imported.path}`,
        );
    // The question helper's markup reader only for editor markup, not with JSON content.
    assert.ok(
      !manifest['wegwijs-question-helper']
        .flatMap(inputsOf)
        .includes('packages/question-helper/src/markup.ts'),
    );
    assert.ok(
      manifest['wegwijs-question-helper markup']
        .flatMap(inputsOf)
        .includes('packages/question-helper/src/markup.ts'),
    );
    assert.ok(
      manifest['wegwijs-video-explainer warm']
        .flatMap(inputsOf)
        .includes('packages/video-explainer/src/player.ts'),
      'the full player is warmed',
    );
    // The fallback for a refused file imports no other file (it would fetch it unchecked).
    const fallback =
      metafile.outputs[
        Object.keys(metafile.outputs).find((o) => o.endsWith('/lazy/policy-fallback.js'))
      ];
    assert.deepEqual(
      fallback.imports.filter((i) => i.kind === 'import-statement'),
      [],
    );
  });

  it('writes no empty chunk, and every import names a file that was written', () => {
    const files = readdirSync(outdir, { recursive: true })
      .map((f) => String(f).replaceAll('\\', '/'))
      .filter((f) => f.endsWith('.js'));
    const written = new Set(files);
    for (const file of files) {
      const text = readFileSync(join(outdir, file), 'utf8');
      assert.ok(text.trim().length > 0, `${file} is empty`);
      for (const [, path] of text.matchAll(/(?:import|from)\s*\(?"(\.{1,2}\/[^"]+\.js)"/g))
        assert.ok(written.has(posix.join(posix.dirname(file), path)), `${file} imports ${path}`);
    }
  });

  it('imports from another file in one statement, under short names', () => {
    const files = readdirSync(outdir, { recursive: true })
      .map((f) => String(f).replaceAll('\\', '/'))
      .filter((f) => f.endsWith('.js'));
    let linked = 0;
    for (const file of files) {
      const text = readFileSync(join(outdir, file), 'utf8');
      const statements = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)];
      const from = statements.map(([, , path]) => path);
      assert.deepEqual(from, [...new Set(from)], `${file} imports a file in several statements`);
      for (const [, names] of statements)
        // The names the regrouping makes up (`_0`, `_1`, …); a lazy file's own names stay.
        for (const [remote] of names.matchAll(/(?<![\w$])_[\w$]*(?=\s+as\b)/g)) {
          linked += 1;
          assert.ok(remote.length <= 4, `${file} imports ${remote}: a long made-up name`);
        }
    }
    assert.ok(linked > 100, `only ${linked} names imported across files`);
  });

  it('keeps the default export of a lazy file: the CSV reader gets papaparse, not an empty module', async () => {
    const csvReader = readdirSync(join(outdir, 'chunks')).find((f) => /^papaparse/.test(f));
    assert.ok(csvReader, 'papaparse is a lazy file of its own');
    const text = readFileSync(join(outdir, 'chunks', csvReader), 'utf8');
    assert.match(text, /export\s*\{[^}]*as default/, `${csvReader} exports its default`);
    const papa = (await import(join(outdir, 'chunks', csvReader))).default;
    assert.equal(typeof papa?.parse, 'function');
    assert.deepEqual(papa.parse('a,b\n1,2', { header: true }).data, [{ a: '1', b: '2' }]);
  });

  it('fails the build when a listed module is no longer a lazy chunk', () => {
    const metaWithoutLoader = structuredClone(metafile);
    for (const out of Object.values(metaWithoutLoader.outputs))
      if (out.entryPoint === 'packages/step-guide/src/pictogram-loader.ts') delete out.entryPoint;
    assert.throws(
      () => preloadManifest(metaWithoutLoader, outdir),
      /pictogram-loader\.ts is not a lazy/,
    );
  });
});
