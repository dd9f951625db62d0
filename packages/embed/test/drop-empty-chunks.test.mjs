// dropEmptyChunks (node --test): esbuild's empty barrel chunks go, the code still runs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { dropEmptyChunks } from '../drop-empty-chunks.mjs';

const dir = mkdtempSync(join(tmpdir(), 'wegwijs-empty-chunks-'));
const source = {
  // A barrel (re-exports only) in a package without side effects, reached by other entries than
  // each module it re-exports (x and y import those directly): esbuild gives it an empty chunk,
  // as it does for core's index.ts.
  'src/package.json': `{ "sideEffects": false }`,
  'src/barrel.js': `export { greet } from './greet.js'; export { shout } from './shout.js';`,
  'src/greet.js': `export const greet = (name) => 'hallo ' + name;`,
  'src/shout.js': `export const shout = (text) => text.toUpperCase();`,
  'src/a.js': `import { greet } from './barrel.js'; export const a = greet('a');`,
  'src/b.js': `import { shout } from './barrel.js'; export const b = shout('b');
    export const later = () => import('./c.js').then((m) => m.c);`,
  'src/c.js': `import { greet, shout } from './barrel.js'; export const c = shout(greet('c'));`,
  'src/x.js': `import { greet } from './greet.js'; export const x = greet('x');`,
  'src/y.js': `import { shout } from './shout.js'; export const y = shout('y');`,
};
for (const [file, text] of Object.entries(source)) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}
const outdir = join(dir, 'out');

async function buildFixture() {
  return build({
    absWorkingDir: dir,
    entryPoints: { a: 'src/a.js', 'nested/b': 'src/b.js', x: 'src/x.js', y: 'src/y.js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

describe('dropEmptyChunks', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the empty chunk esbuild leaves for a barrel (the reason this exists)', async () => {
    const result = await buildFixture();
    const empty = result.outputFiles.filter((f) => f.text.trim() === '');
    // If esbuild stops doing this, this test says so and the workaround can go.
    assert.ok(empty.length > 0, 'esbuild no longer writes empty chunks');
  });

  it('drops empty chunks and their imports; the code still runs', async () => {
    const result = await buildFixture();
    const before = result.outputFiles.length;
    const dropped = dropEmptyChunks(result, dir);
    assert.ok(dropped.length > 0);
    assert.equal(result.outputFiles.length, before - dropped.length);
    for (const file of result.outputFiles) {
      assert.ok(file.text.trim().length > 0, `${file.path} is empty`);
      for (const gone of dropped)
        assert.ok(!file.text.includes(gone.split('/').pop()), `${file.path} still names ${gone}`);
    }
    for (const name of dropped) assert.equal(result.metafile.outputs[name], undefined);
    for (const output of Object.values(result.metafile.outputs))
      for (const imported of output.imports) assert.ok(!dropped.includes(imported.path));

    for (const file of result.outputFiles) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
    const written = readdirSync(outdir, { recursive: true }).map(String);
    assert.ok(written.every((f) => !dropped.some((d) => relative(dir, join(outdir, f)) === d)));
    const a = await import(pathToFileURL(join(outdir, 'a.js')).href);
    const b = await import(pathToFileURL(join(outdir, 'nested/b.js')).href);
    assert.equal(a.a, 'hallo a');
    assert.equal(b.b, 'B');
    assert.equal(await b.later(), 'HALLO C');
    assert.equal((await import(pathToFileURL(join(outdir, 'x.js')).href)).x, 'hallo x');
  });

  it('leaves a build without empty chunks as it is', async () => {
    const result = await build({
      stdin: { contents: 'export const x = 1;', loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      outdir,
      absWorkingDir: dir,
    });
    const files = result.outputFiles;
    assert.deepEqual(dropEmptyChunks(result, dir), []);
    assert.equal(result.outputFiles, files);
  });
});
