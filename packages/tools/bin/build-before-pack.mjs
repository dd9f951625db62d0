#!/usr/bin/env node
// The first half of every public package's `prepack` script: build the package, so that
// `npm pack` and `npm publish` (also through `changeset publish`) can never ship a missing or
// stale `dist`. The second half, pack-manifest.mjs strip, writes the published package.json.
//
// Skipped when WEGWIJS_PACK_BUILT=1: the pack helper (lib/pack.mjs) sets it for the tarball
// check and the consumer apps, which `npm test` runs right after building everything, and the
// release dry run (release-dry-run.mjs) after its own build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { name, scripts = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
if (process.env.WEGWIJS_PACK_BUILT === '1' || !scripts.build) process.exit(0);
const started = Date.now();
execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
console.error(`prepack: built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
