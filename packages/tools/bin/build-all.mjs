#!/usr/bin/env node
// Builds every workspace package that has a build script, dependencies first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = new URL('../../../', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
const byName = new Map(packages.map((p) => [p.manifest.name, p]));
const done = new Set();
const order = [];
function visit(pkg, seen = new Set()) {
  if (done.has(pkg.manifest.name) || seen.has(pkg.manifest.name)) return;
  seen.add(pkg.manifest.name);
  const deps = {
    ...pkg.manifest.dependencies,
    ...pkg.manifest.peerDependencies,
    ...pkg.manifest.devDependencies,
  };
  for (const dep of Object.keys(deps)) if (byName.has(dep)) visit(byName.get(dep), seen);
  done.add(pkg.manifest.name);
  order.push(pkg);
}
packages.forEach((pkg) => visit(pkg));
for (const { dir, manifest } of order) {
  if (!manifest.scripts?.build) continue;
  const started = Date.now();
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  console.log(`built ${manifest.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
