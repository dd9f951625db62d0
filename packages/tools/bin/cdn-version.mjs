#!/usr/bin/env node
// The CDN URLs in the docs (`…/@wegwijs/embed@<version>/dist/cdn/…`) name the version the next
// release publishes, so a snippet copied from the docs works on the day of the release. This
// rewrites them to that version (lib/next-version.mjs); `--check` only reports the ones that
// differ and exits 1 (packages/tools/test/release.test.mjs runs it).
//
//   node packages/tools/bin/cdn-version.mjs [--check]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nextVersion } from '../lib/next-version.mjs';
import { repoRoot } from '../lib/pack.mjs';

const PATTERN = /@wegwijs\/embed@(\d+\.\d+\.\d+(?:-[\w.]+)?)/g;

/** The files that show editors and developers a CDN URL. */
export function docFiles(root = repoRoot) {
  const inDir = (dir, test) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter(test)
          .map((name) => join(root, dir, name))
      : [];
  return [
    join(root, 'README.md'),
    ...inDir('docs', (name) => name.endsWith('.md')),
    ...inDir('docs/site', (name) => /\.(ts|html)$/.test(name)),
    ...readdirSync(join(root, 'packages'))
      .map((pkg) => join(root, 'packages', pkg, 'README.md'))
      .filter(existsSync),
  ];
}

/** Every CDN URL whose version is not `version`: [{ file, found }]. */
export function staleUrls(version, root = repoRoot) {
  return docFiles(root).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(PATTERN)]
      .filter((match) => match[1] !== version)
      .map((match) => ({ file: relative(root, file), found: match[1] })),
  );
}

export function rewrite(version, root = repoRoot) {
  for (const file of docFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const next = text.replace(PATTERN, `@wegwijs/embed@${version}`);
    if (next !== text) writeFileSync(file, next);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = await nextVersion();
  const stale = staleUrls(version);
  if (process.argv.includes('--check')) {
    for (const { file, found } of stale)
      console.log(`✗ ${file}: @wegwijs/embed@${found}, the next release is ${version}`);
    process.exit(stale.length ? 1 : 0);
  }
  rewrite(version);
  console.log(`CDN URLs: @wegwijs/embed@${version} (${stale.length} rewritten)`);
}
