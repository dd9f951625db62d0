// Storybook's Vite settings in its two modes (.storybook/main.ts):
//  - development (`npm start`, `npm run storybook`): `@wegwijs/*` from the TypeScript sources
//    (the `source` export condition), for fast edit and reload;
//  - shipped (the quality gates: WEGWIJS_SHIPPED_PACKAGES=<dir>): `@wegwijs/*` from the packed
//    tarballs unpacked in `<dir>/node_modules` (test/quality/run.mjs packs them with `npm pack`),
//    so the gates check the files npm users install, not the sources. The bundle takes the
//    options of the one build-options module where they apply to Vite: the export conditions
//    (without `source`), target, minification and the Lit template minifier of the CDN build.
//    It writes `wegwijs-shipped-modules.json` next to the Storybook: every Wegwijs module in the
//    bundle, for the gates' `shipped` check (no module from a workspace `src/` or `dist/`).
import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { defaultClientConditions } from 'vite';
import { bundleOptions, repo } from './build-options.mjs';
import { minifyTemplates } from './minify-lit-templates.mjs';

/** The CDN build's export conditions without `source`: compiled JavaScript as packed. */
export const shippedConditions = bundleOptions.conditions.filter((c) => c !== 'source');

/** Vite's default client conditions after `source`: the TypeScript sources. */
export const sourceConditions = ['source', ...defaultClientConditions];

export const SHIPPED_MODULES_FILE = 'wegwijs-shipped-modules.json';

/** A module id (query stripped) of Wegwijs code from the workspace, relative to the repo. */
const workspaceModule = (id) => /^packages\/[^/]+\/(src|dist)\//.test(relative(repo, id));

/**
 * Vite plugin: every `@wegwijs/…` import resolves in `<dir>/node_modules` (the unpacked
 * tarballs), whoever imports it; the Lit templates of those files are minified as in the CDN
 * build; the Wegwijs modules of the bundle are listed in SHIPPED_MODULES_FILE.
 */
export function shippedPackagesPlugin(dir) {
  // The importer of every @wegwijs/* import: a file that exists (else Vite resolves from its
  // root, the workspace), so resolution starts in <dir>/node_modules.
  const from = join(dir, 'package.json');
  const inside = (id) => !relative(dir, id).startsWith('..') && !isAbsolute(relative(dir, id));
  return {
    name: 'wegwijs-shipped-packages',
    enforce: 'pre',
    buildStart() {
      if (!existsSync(from)) writeFileSync(from, '{ "private": true }\n');
    },
    async resolveId(source, importer, options) {
      if (!source.startsWith('@wegwijs/')) return null;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || !inside(resolved.id))
        this.error(
          `${source} (imported by ${importer}) is not in the packed packages in ${dir}${resolved ? ` (it is ${relative(repo, resolved.id)})` : ''}`,
        );
      return resolved;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!inside(file) || !file.endsWith('.js') || !/(?:html|svg|css)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
    generateBundle() {
      const ids = [...this.getModuleIds()].map((id) => id.split('?')[0]);
      const modules = {
        shipped: ids
          .filter((id) => inside(id) && id.includes('/@wegwijs/'))
          .map((id) => relative(dir, id)),
        workspace: ids.filter(workspaceModule).map((id) => relative(repo, id)),
      };
      this.emitFile({
        type: 'asset',
        fileName: SHIPPED_MODULES_FILE,
        source: `${JSON.stringify({ dir: relative(repo, dir), ...modules }, null, 2)}\n`,
      });
    },
  };
}

/**
 * Storybook's Vite config (its `viteFinal`): from the sources, or with `shippedDir` from the
 * unpacked tarballs with the shared build options.
 * @template {import('vite').InlineConfig} C
 * @param {C} config
 * @param {string} [shippedDir]
 * @returns {C}
 */
export function storybookVite(config, shippedDir) {
  if (!shippedDir)
    return { ...config, resolve: { ...config.resolve, conditions: sourceConditions } };
  return {
    ...config,
    resolve: { ...config.resolve, conditions: shippedConditions },
    build: { ...config.build, target: bundleOptions.target, minify: bundleOptions.minify },
    plugins: [...(config.plugins ?? []), shippedPackagesPlugin(shippedDir)],
  };
}
