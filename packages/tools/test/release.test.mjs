// The release path (docs/releasing.md): what `changeset version` changes must leave nothing
// stale, and every public package carries the metadata npm shows (node --test).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { writeVersion } from '../../core/scripts/write-version.mjs';
import { staleUrls } from '../bin/cdn-version.mjs';
import { syncMetadata } from '../bin/package-metadata.mjs';
import { nextVersion } from '../lib/next-version.mjs';
import { repoRoot } from '../lib/pack.mjs';

const core = join(repoRoot, 'packages/core');

it('core’s VERSION is generated from its package.json, also after `changeset version`', () => {
  const copy = mkdtempSync(join(tmpdir(), 'wegwijs-version-'));
  try {
    cpSync(join(core, 'package.json'), join(copy, 'package.json'));
    mkdirSync(join(copy, 'src/generated'), { recursive: true });
    cpSync(join(core, 'src/generated/version.ts'), join(copy, 'src/generated/version.ts'));
    // What `changeset version` does to the manifest: a new version, nothing else.
    const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ ...manifest, version: '9.8.7' }));
    writeVersion(copy); // the first step of core's build
    const generated = readFileSync(join(copy, 'src/generated/version.ts'), 'utf8');
    assert.match(generated, /export const VERSION = '9\.8\.7';/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

it('the committed VERSION equals core’s package.json', () => {
  const { version } = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8'));
  const generated = readFileSync(join(core, 'src/generated/version.ts'), 'utf8');
  assert.ok(generated.includes(`'${version}'`), 'run node packages/core/scripts/write-version.mjs');
  assert.match(
    JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).scripts.build,
    /^node scripts\/write-version\.mjs && /,
    'core’s build writes the version first',
  );
});

it('the docs name the CDN URL of the version the next release publishes', async () => {
  const version = await nextVersion();
  assert.match(version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(
    staleUrls(version),
    [],
    `run node packages/tools/bin/cdn-version.mjs (next: ${version})`,
  );
});

it('every public package has the shared metadata, a LICENSE and a README', () => {
  assert.deepEqual(syncMetadata(), [], 'run node packages/tools/bin/package-metadata.mjs');
});
