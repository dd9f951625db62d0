#!/usr/bin/env node
// The metadata npm shows for every public package, from one place: the root package.json's
// `repository`, `homepage`, `bugs` and `author`. They are not copied into the packages'
// package.json files: the prepack script (pack-manifest.mjs strip) writes them into the
// published manifest (`repository.directory` pointing at the package's folder), so a tarball
// always carries the root's current values. The root LICENSE (EUPL-1.2) is copied into each
// package folder, because npm ships a package's own LICENSE and README only. A package with a
// LICENSE of its own (pictograms: EUPL-1.2 plus the Health Icons MIT licence) keeps it, as long
// as it names the EUPL. The repository URL is not confirmed yet: see docs/releasing.md.
//
//   node packages/tools/bin/package-metadata.mjs          write
//   node packages/tools/bin/package-metadata.mjs --check  report what is out of date; exit 1
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicPackages, repoRoot } from '../lib/pack.mjs';

const SHARED = ['repository', 'homepage', 'bugs', 'author'];
/** Packages whose LICENSE is their own (it must still name the EUPL). */
const OWN_LICENSE = new Set(['@wegwijs/pictograms']);

/**
 * Widget READMEs are generated from the Custom Elements Manifests (issue 24 item 2, the
 * `manifests` branch): until that lands they are not required here. Empty this list then.
 */
/** Packages whose README is generated elsewhere (none now: the widgets' build writes theirs from the manifest, and they ship it). */
export const README_FROM_MANIFEST = new Set([]);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The root package.json. */
export const rootManifest = () => readJson(join(repoRoot, 'package.json'));

/** The package.json of `dir` with the shared fields of `root`, right after `license`. */
export function withMetadata(manifest, root, directory) {
  const shared = {
    repository: { ...root.repository, directory },
    homepage: root.homepage,
    bugs: root.bugs,
    author: root.author,
  };
  const result = {};
  for (const [key, value] of Object.entries(manifest)) {
    if (SHARED.includes(key)) continue;
    result[key] = value;
    if (key === 'license') Object.assign(result, shared);
  }
  return 'license' in manifest ? result : { ...result, ...shared };
}

/** Problems per public package (empty when all is in order); with `write`, fixes them. */
export function syncMetadata({ write = false } = {}) {
  const root = readJson(join(repoRoot, 'package.json'));
  const license = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
  const problems = [];
  for (const { dir, manifest } of publicPackages()) {
    const own = SHARED.filter((key) => key in manifest);
    if (own.length) {
      problems.push(
        `${manifest.name}: package.json has its own ${own.join(', ')} (the root's are published)`,
      );
      const wanted = Object.fromEntries(
        Object.entries(manifest).filter(([key]) => !SHARED.includes(key)),
      );
      if (write) writeFileSync(join(dir, 'package.json'), `${JSON.stringify(wanted, null, 2)}\n`);
    }
    for (const key of SHARED)
      if (!root[key]) problems.push(`the root package.json has no ${key} to publish`);
    if (manifest.license !== 'EUPL-1.2') problems.push(`${manifest.name}: license is not EUPL-1.2`);
    const file = join(dir, 'LICENSE');
    if (OWN_LICENSE.has(manifest.name)) {
      if (!existsSync(file) || !readFileSync(file, 'utf8').includes('EUPL-1.2'))
        problems.push(`${manifest.name}: its own LICENSE must name EUPL-1.2`);
    } else if (!existsSync(file) || readFileSync(file, 'utf8') !== license) {
      problems.push(`${manifest.name}: LICENSE is not the root's`);
      if (write) copyFileSync(join(repoRoot, 'LICENSE'), file);
    }
    if (!existsSync(join(dir, 'README.md')) && !README_FROM_MANIFEST.has(manifest.name))
      problems.push(`${manifest.name}: no README.md`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const problems = syncMetadata({ write: !check });
  for (const problem of problems) console.log(`${check ? '✗' : 'fixed'} ${problem}`);
  if (check && problems.length) process.exit(1);
}
