// The gates' Storybook takes @wegwijs/* from the packed files, the developer's from the sources
// (packages/tools/lib/storybook-vite.mjs). A package whose src and dist differ on purpose shows
// which one a Vite build of each mode bundles.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { build } from 'vite';
import { bundleOptions, repo } from '../lib/build-options.mjs';
import { SHIPPED_MODULES_FILE, shippedConditions, storybookVite } from '../lib/storybook-vite.mjs';

// Inside the repository, so that `lit` resolves from the repo's node_modules as in the gates.
mkdirSync(join(repo, '.cache'), { recursive: true });
const root = mkdtempSync(join(repo, '.cache', 'storybook-vite-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A package `@wegwijs/marker` in `<base>/node_modules`, its files saying where they are. */
function markerPackage(base, { source, dist }) {
  const pkg = join(base, 'node_modules', '@wegwijs', 'marker');
  mkdirSync(join(pkg, 'src'), { recursive: true });
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  const exports = source
    ? { source: './src/index.js', import: './dist/index.js' }
    : { import: './dist/index.js' };
  writeFileSync(
    join(pkg, 'package.json'),
    JSON.stringify({ name: '@wegwijs/marker', type: 'module', exports: { '.': exports } }),
  );
  if (source)
    writeFileSync(
      join(pkg, 'src', 'index.js'),
      `export const where = '${source}';\nexport const styles = '';\n`,
    );
  writeFileSync(
    join(pkg, 'dist', 'index.js'),
    [
      "import { css } from 'lit';",
      `export const where = '${dist}';`,
      'export const styles = css`',
      '  wegwijs-marker   :focus-visible {',
      '    outline:   3px solid;',
      '  }',
      '`;',
      '',
    ].join('\n'),
  );
}
// The workspace (Vite's root): sources and a dist of its own, found from the entry.
markerPackage(root, { source: 'from-src', dist: 'from-workspace-dist' });
// The unpacked tarball (no `source` condition, as `npm pack` writes it), in another folder.
const shipped = join(root, 'shipped');
markerPackage(shipped, { dist: 'from-dist' });
writeFileSync(
  join(root, 'entry.js'),
  "import { where, styles } from '@wegwijs/marker';\nconsole.log(where, styles);\n",
);

async function bundle(shippedDir) {
  const config = storybookVite(
    {
      root,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, rollupOptions: { input: join(root, 'entry.js') } },
    },
    shippedDir,
  );
  const [output] = [await build(config)].flat();
  const code = output.output
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
  const asset = output.output.find((o) => o.fileName === SHIPPED_MODULES_FILE);
  return { config, code, modules: asset && JSON.parse(String(asset.source)) };
}

test('development mode bundles the sources (the `source` condition)', async () => {
  const { code, modules } = await bundle(undefined);
  assert.match(code, /from-src/);
  assert.doesNotMatch(code, /from-(workspace-)?dist/);
  assert.equal(modules, undefined);
});

test('shipped mode bundles the packed dist, lists it, and uses the CDN build options', async () => {
  const { config, code, modules } = await bundle(shipped);
  assert.match(code, /from-dist/);
  assert.doesNotMatch(code, /from-src|from-workspace-dist/);
  assert.deepEqual(modules.shipped, ['node_modules/@wegwijs/marker/dist/index.js']);
  assert.deepEqual(modules.workspace, []);
  // Options of the one build-options module: conditions without `source`, target, minify, and
  // the Lit template minifier (a real CSS minifier: the descendant combinator's space stays).
  assert.deepEqual(config.resolve.conditions, shippedConditions);
  assert.ok(!shippedConditions.includes('source'));
  assert.equal(config.build.target, bundleOptions.target);
  assert.equal(config.build.minify, bundleOptions.minify);
  assert.match(code, /wegwijs-marker :focus-visible\{outline:3px solid\}/);
});

test('shipped mode refuses a @wegwijs import that is not in the packed folder', async () => {
  const empty = join(root, 'empty');
  mkdirSync(empty, { recursive: true });
  await assert.rejects(
    bundle(empty),
    /not in the packed packages.*node_modules\/@wegwijs\/marker/s,
  );
});
