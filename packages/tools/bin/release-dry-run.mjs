#!/usr/bin/env node
// The release, rehearsed (docs/releasing.md), in a temporary copy of the repository so nothing
// here changes: `npm run version-packages` (changeset version + core's VERSION) → build what the
// version changes → `npm pack` every public package (its prepack: the published manifest) →
// checks on the tarballs:
//   version   — every package and every internal dependency at the version the pending
//               changesets produce; core's VERSION and embed's integrity.json the same; the
//               docs' CDN URLs name it;
//   contents  — README.md and LICENSE in every tarball, the metadata npm shows (repository
//               with directory, homepage, bugs), no `scripts`;
//   publint   — no message at any level (suggestions count too);
//   attw      — "Are the types wrong?" with the esm-only profile (the packages are ESM only:
//               CommonJS and node10 resolution are not offered), offline (no @types fetched);
//   publish   — the tarballs published as publish-tarballs.mjs does it, to a local registry
//               that keeps what it is sent (lib/capture-registry.mjs): each version's metadata
//               is the tarball's own package.json (no `source` condition, no `scripts`).
// Builds in the copy only what holds the version (core; embed's CDN files: they bundle core,
// integrity.json names the version); the rest of every package's `dist` is copied
// from the repository, which `npm test` has just built (their output does not depend on the
// version). Run after `npm run build`. Ends with "N passed, N failed".
//
//   node packages/tools/bin/release-dry-run.mjs [--keep]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { getExitCode } from '@arethetypeswrong/cli/internal/getExitCode';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { nextVersion } from '../lib/next-version.mjs';
import { README_FROM_MANIFEST } from './package-metadata.mjs';
import { publicPackages, repoRoot } from '../lib/pack.mjs';
import { startCaptureRegistry } from '../lib/capture-registry.mjs';
import { npmNormalized, publishTarballs } from '../lib/publish.mjs';

/**
 * Built in the copy, because their output holds the version: core (VERSION, also in its .d.ts)
 * and embed's CDN files (they bundle core; integrity.json names the version). Embed's other
 * output (Vite, tsc) does not, so only its CDN step runs.
 */
const REBUILD = {
  core: ['npm', ['run', 'build', '--silent']],
  embed: ['node', ['build-cdn.mjs']],
};
/** attw's esm-only profile (@arethetypeswrong/cli, profiles.js). */
const ATTW_OPTIONS = { ignoreResolutions: ['node10', 'node16-cjs'] };

const started = Date.now();
const keep = process.argv.includes('--keep');
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });

/** A copy of the working tree (tracked and new files) whose node_modules links to ours. */
function copyRepository() {
  // Inside the repository (.cache/ is ignored): hard links need the same file system.
  mkdirSync(join(repoRoot, '.cache'), { recursive: true });
  const copy = mkdtempSync(join(repoRoot, '.cache', 'release-'));
  const files = run('git', ['ls-files', '-co', '--exclude-standard', '-z'], repoRoot)
    .split('\0')
    .filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) {
    mkdirSync(join(copy, file, '..'), { recursive: true });
    cpSync(join(repoRoot, file), join(copy, file));
  }
  // node_modules as hard links (fast, no space): esbuild's metafile names modules by their real
  // path, which must stay inside the copy; the workspace links are relative, so they lead to the
  // copy's packages.
  run('cp', ['-al', join(repoRoot, 'node_modules'), join(copy, 'node_modules')], repoRoot);
  // Tool caches are rewritten in place: a hard link would carry the write back into ours.
  for (const cache of ['.vite', '.cache', '.vite-temp'])
    rmSync(join(copy, 'node_modules', cache), { recursive: true, force: true });
  for (const { dir } of publicPackagesIn(repoRoot)) {
    const folder = dir.split('/').pop();
    // The build output the version does not change (gitignored, so not copied above).
    if (folder === 'core') continue;
    for (const output of ['dist', 'custom-elements.json'])
      if (existsSync(join(dir, output)))
        cpSync(join(dir, output), join(copy, 'packages', folder, output), { recursive: true });
  }
  return copy;
}

function publicPackagesIn(root) {
  return root === repoRoot
    ? publicPackages()
    : publicPackages().map(({ dir }) => {
        const copyDir = join(root, 'packages', dir.split('/').pop());
        return { dir: copyDir, manifest: JSON.parse(readFileSync(join(copyDir, 'package.json'))) };
      });
}

const results = [];
const check = (name, problems) => {
  results.push(problems.length === 0);
  console.log(`${problems.length ? '✗' : '✓'} ${name}`);
  for (const problem of problems) console.log(`    ${problem}`);
};

const version = await nextVersion();
const copy = copyRepository();
console.log(`release dry run in ${copy}: the next version is ${version} (${seconds()})`);
try {
  run('npm', ['run', 'version-packages', '--silent'], copy);
  console.log(`versioned (${seconds()})`);
  for (const [folder, [command, args]] of Object.entries(REBUILD))
    run(command, args, join(copy, 'packages', folder));
  console.log(`built ${Object.keys(REBUILD).join(', ')} (${seconds()})`);

  const tarballs = join(copy, '.tarballs');
  mkdirSync(tarballs);
  const packages = publicPackagesIn(copy);
  const output = run(
    'npm',
    [
      'pack',
      '--json',
      '--silent',
      '--pack-destination',
      tarballs,
      ...packages.flatMap(({ manifest }) => ['-w', manifest.name]),
    ],
    copy,
    { WEGWIJS_PACK_BUILT: '1' },
  );
  const packed = JSON.parse(output.slice(output.lastIndexOf('\n[') + 1));
  console.log(`packed ${packed.length} tarballs (${seconds()})`);

  // The version everywhere.
  const problems = [];
  for (const { manifest } of packages) {
    if (manifest.version !== version)
      problems.push(`${manifest.name} is ${manifest.version}, not ${version}`);
    for (const [name, range] of Object.entries(manifest.dependencies ?? {}))
      if (name.startsWith('@wegwijs/') && range.replace(/^[\^~]/, '') !== version)
        problems.push(`${manifest.name} depends on ${name}@${range}`);
  }
  const generated = readFileSync(join(copy, 'packages/core/dist/generated/version.js'), 'utf8');
  if (!generated.includes(`"${version}"`) && !generated.includes(`'${version}'`))
    problems.push(`core's built VERSION is not ${version}: ${generated.trim()}`);
  const integrity = JSON.parse(
    readFileSync(join(copy, 'packages/embed/dist/cdn/integrity.json'), 'utf8'),
  );
  if (integrity.version !== version)
    problems.push(`embed's integrity.json says ${integrity.version}`);
  try {
    run('node', ['packages/tools/bin/cdn-version.mjs', '--check'], copy);
  } catch (error) {
    problems.push(`docs: ${error.stdout.trim()}`);
  }
  check(
    `version ${version} in every package, core's VERSION, integrity.json and the docs`,
    problems,
  );

  for (const entry of packed) {
    const files = entry.files.map((file) => file.path);
    const data = readFileSync(join(tarballs, entry.filename));
    const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion' });
    const contents = [
      ...['README.md', 'LICENSE']
        .filter((file) => !files.includes(file))
        .filter((file) => file !== 'README.md' || !README_FROM_MANIFEST.has(entry.name))
        .map((file) => `no ${file}`),
      ...(pkg.repository?.directory ? [] : ['no repository.directory']),
      ...(pkg.homepage && pkg.bugs ? [] : ['no homepage or bugs']),
      ...(pkg.scripts ? ['ships scripts'] : []),
    ];
    const attw = await checkPackage(createPackageFromTarballData(new Uint8Array(data)));
    const typeProblems =
      attw.types && getExitCode(attw, ATTW_OPTIONS)
        ? attw.problems.filter((p) => !ATTW_OPTIONS.ignoreResolutions.includes(p.resolutionKind))
        : [];
    check(
      `${entry.name} (${(entry.size / 1024).toFixed(1)} kB packed, ${entry.entryCount} files)`,
      [
        ...contents,
        ...messages.map((m) => `publint ${m.type}: ${formatMessage(m, pkg)}`),
        ...typeProblems.map((p) =>
          `attw ${p.kind}: ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`.trim(),
        ),
      ],
    );
  }

  // The publish step, to a registry on 127.0.0.1 that keeps what npm sends.
  const publishStarted = Date.now();
  const registry = await startCaptureRegistry();
  try {
    const manifests = new Map(packages.map(({ manifest }) => [manifest.name, manifest]));
    await publishTarballs(
      packed.map((entry) => ({
        name: entry.name,
        tarball: join(tarballs, entry.filename),
        manifest: manifests.get(entry.name),
      })),
      { npmArgs: registry.npmArgs, skipPublished: false, concurrency: 2 },
    );
    const problems = [];
    for (const entry of packed) {
      const sent = registry.published.get(entry.name);
      if (!sent) {
        problems.push(`${entry.name} was not published`);
        continue;
      }
      const tarball = join(tarballs, entry.filename);
      const own = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], copy));
      for (const [key, value] of Object.entries(own))
        if (JSON.stringify(sent.manifest[key]) !== JSON.stringify(npmNormalized(key, value)))
          problems.push(`${entry.name}: the registry got another \`${key}\` than the tarball's`);
      if (sent.manifest.scripts) problems.push(`${entry.name}: the registry got \`scripts\``);
      if (!sent.tarball?.equals(readFileSync(tarball)))
        problems.push(`${entry.name}: the registry got another tarball`);
    }
    check(
      `npm publish of the ${packed.length} tarballs registers each tarball's package.json (${((Date.now() - publishStarted) / 1000).toFixed(1)} s)`,
      problems,
    );
  } finally {
    await registry.close();
  }
} finally {
  if (keep) console.log(`kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
const passed = results.filter(Boolean).length;
console.log(`release dry run: ${seconds()}`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.every(Boolean) ? 0 : 1);
