#!/usr/bin/env node
// The package.json that npm publishes, written by the `prepack` script of every public package
// and undone by its `postpack` script (both run on `npm pack` and `npm publish`).
//
// In the repository the exports carry a `source` condition that points at the TypeScript
// sources: the component tests, Storybook and the CDN build compile those. A consumer must never
// resolve it: `src` does not ship, and its legacy decorators would not compile with the
// consumer's settings anyway. So the published manifest drops every `source` condition and the
// `sideEffects` entries for sources. It also drops `scripts`: they build from files that do not
// ship (build-cdn.mjs, ../tools), and no install-time script exists. Everything else stays.
//
//   node pack-manifest.mjs strip     (prepack, in the package folder)
//   node pack-manifest.mjs restore   (postpack; also run by the pack helper if npm failed)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rootManifest, withMetadata } from './package-metadata.mjs';
import { repoRoot } from '../lib/pack.mjs';

const BACKUP = 'package.json.workspace';

/** The manifest without `source` conditions or source-file side effects. */
export function publishedManifest(manifest) {
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'source')
          .map(([key, item]) => [key, strip(item)]),
      );
    return value;
  };
  const published = { ...manifest };
  delete published.scripts;
  if (manifest.exports) published.exports = strip(manifest.exports);
  if (Array.isArray(manifest.sideEffects))
    published.sideEffects = manifest.sideEffects.filter((path) => !/^\.\/src\/.*\.ts$/.test(path));
  return published;
}

export function restore(dir) {
  const backup = join(dir, BACKUP);
  if (existsSync(backup)) renameSync(backup, join(dir, 'package.json'));
}

export function strip(dir) {
  restore(dir); // a pack that failed half-way left the published manifest behind
  const file = join(dir, 'package.json');
  const text = readFileSync(file, 'utf8');
  writeFileSync(join(dir, BACKUP), text);
  const published = publishedManifest(
    withMetadata(JSON.parse(text), rootManifest(), relative(repoRoot, dir)),
  );
  writeFileSync(file, `${JSON.stringify(published, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command] = process.argv.slice(2);
  if (command === 'strip') strip(process.cwd());
  else if (command === 'restore') restore(process.cwd());
  else {
    console.error('usage: pack-manifest.mjs strip|restore');
    process.exit(2);
  }
}
