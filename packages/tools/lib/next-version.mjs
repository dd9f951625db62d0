// The version the next release gives a package: what `changeset version` would write for the
// pending changesets in .changeset/ (all @wegwijs/* packages move together: `fixed` in
// .changeset/config.json), or the current version when no changeset is pending (right after a
// release). Read with the library behind `changeset status`; it needs no git history.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import { repoRoot } from './pack.mjs';

export async function nextVersion(name = '@wegwijs/embed', root = repoRoot) {
  const plan = await getReleasePlan(root);
  const release = plan.releases.find((r) => r.name === name && r.type !== 'none');
  if (release) return release.newVersion;
  const dir = join(root, 'packages', name.split('/').pop());
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}
