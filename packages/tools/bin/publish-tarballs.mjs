#!/usr/bin/env node
// The publish step of a release (docs/releasing.md), instead of `changeset publish`: packs every
// public package with `npm pack` (prepack: the published package.json; run `npm run build` and
// `npm test` first), publishes each tarball with `npm publish <tarball> --access public` after
// its internal dependencies, skipping versions the registry has already, then tags the release
// in git with `changeset tag` (one tag per package, as `changeset publish` does).
//
// Why tarballs: `npm publish` in a package folder (what `changeset publish` runs) registers the
// folder's package.json as read after `postpack`, the workspace manifest, as the version's
// metadata (lib/publish.mjs). From a tarball npm registers the tarball's own package.json.
//
//   node packages/tools/bin/publish-tarballs.mjs [npm options, e.g. --otp=123456 --registry=…]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAll, publicPackages, repoRoot } from '../lib/pack.mjs';
import { publishTarballs } from '../lib/publish.mjs';

const npmArgs = process.argv.slice(2);
const manifests = new Map(publicPackages().map(({ manifest }) => [manifest.name, manifest]));
const packed = packAll(mkdtempSync(join(tmpdir(), 'wegwijs-publish-'))).map((entry) => ({
  ...entry,
  manifest: manifests.get(entry.name),
}));
const results = await publishTarballs(packed, { npmArgs, log: console.log });
if (results.some((result) => result.status === 'published'))
  execFileSync('npx', ['changeset', 'tag'], { cwd: repoRoot, stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(join(repoRoot, 'packages/core/package.json'), 'utf8'));
console.log(
  `${results.filter((r) => r.status === 'published').length} packages published at ${version}`,
);
