// Packs the public workspace packages with `npm pack` (so `files`, `prepack` and the published
// package.json are exactly what npm would publish) and unpacks each tarball into
// `<dir>/node_modules/<name>/`. Shared by the tarball import check and the consumer apps.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');

/** Every workspace package that is not private: what `npm publish` would release. */
export function publicPackages() {
  return readdirSync(join(repoRoot, 'packages'))
    .map((dir) => join(repoRoot, 'packages', dir))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
}

/**
 * `npm test` (test-all.mjs) packs once, after its build, and names the folder in this variable:
 * the tarball check, the consumer apps and the quality gates then take those tarballs instead
 * of packing the same build again (`packed.json` lists them, as packAll returns them).
 */
export const SHARED_PACK_ENV = 'WEGWIJS_PACKED_DIR';
const LIST = 'packed.json';

/**
 * `npm pack` every public package into `destination`; returns [{ name, version, tarball }].
 * One npm call for all packages: each npm start costs about a second on a busy machine.
 * With WEGWIJS_PACKED_DIR set (see above): the tarballs packed there.
 */
export function packAll(destination) {
  const shared = process.env[SHARED_PACK_ENV];
  if (shared && existsSync(join(shared, LIST)))
    return JSON.parse(readFileSync(join(shared, LIST), 'utf8'));
  return packInto(destination);
}

/** Pack into `destination` and list the tarballs there for later packAll calls (test-all.mjs). */
export function packShared(destination) {
  const packed = packInto(destination);
  writeFileSync(join(destination, LIST), JSON.stringify(packed, null, 2));
  return packed;
}

function packInto(destination) {
  mkdirSync(destination, { recursive: true });
  const workspaces = publicPackages().flatMap(({ manifest }) => ['-w', manifest.name]);
  const output = execFileSync(
    'npm',
    ['pack', '--json', '--silent', '--pack-destination', destination, ...workspaces],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      // The callers build everything first: the prepack build (build-before-pack.mjs) is skipped.
      env: { ...process.env, WEGWIJS_PACK_BUILT: '1' },
    },
  );
  // npm prints the lifecycle scripts' output before the JSON; the JSON is the last array.
  const json = output.slice(output.lastIndexOf('\n[') + 1);
  return JSON.parse(json).map((entry) => ({
    name: entry.name,
    version: entry.version,
    tarball: join(destination, entry.filename),
  }));
}

/** Unpack each tarball into `<dir>/node_modules/<name>/`; returns name → package folder. */
export function unpackAll(packed, dir) {
  const folders = new Map();
  for (const { name, tarball } of packed) {
    const folder = join(dir, 'node_modules', name);
    mkdirSync(folder, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', folder, '--strip-components=1']);
    folders.set(name, folder);
  }
  return folders;
}
