// The one set of esbuild options for every bundle of Wegwijs code made outside Vite: the CDN
// build (packages/embed/cdn-build.mjs), the size budgets and benches (packages/bench), and any
// test that bundles. Bundled, code-split, minified, ES2022, sources through the `source` export
// condition, Lit templates minified (minify-lit-templates.mjs), the schemas' descriptions for
// editors emptied (drop-descriptions.mjs).
import { join } from 'node:path';
import { dropSchemaDescriptions } from './drop-descriptions.mjs';
import { minifyLitTemplates } from './minify-lit-templates.mjs';

export const repo = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');

export const bundleOptions = {
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
  absWorkingDir: repo,
};

/**
 * The options for one build: `bundleOptions`, then `overrides`; the template minifier comes
 * first among the plugins (after the description dropper, which minifies the templates of the
 * files it loads). `minify: false` builds the sources as written (templates too), for
 * tests that compare what ships with its source.
 */
export function esbuildOptions({ plugins = [], ...overrides } = {}) {
  const options = { ...bundleOptions, ...overrides };
  return {
    ...options,
    plugins:
      options.minify === false ? plugins : [dropSchemaDescriptions, minifyLitTemplates, ...plugins],
  };
}
