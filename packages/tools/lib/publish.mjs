// Publishing the packed tarballs (docs/releasing.md). `npm publish <tarball>` registers the
// tarball's own package.json as the version's metadata. `npm publish` in a package folder (what
// `changeset publish` runs) does not: npm 11 reads the folder's package.json again after the
// `postpack` script has put the workspace manifest back, and registers that one (with the
// `source` export condition and `scripts`, without the repository fields that prepack adds),
// although the tarball it uploads is right.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inParallel } from './in-parallel.mjs';

const run = promisify(execFile);

/** `packed` ([{ name, tarball, manifest }]) with every package after its internal dependencies. */
export function dependencyOrder(packed) {
  const byName = new Map(packed.map((entry) => [entry.name, entry]));
  const ordered = [];
  const visit = (entry, path = []) => {
    if (ordered.includes(entry)) return;
    if (path.includes(entry.name)) throw new Error(`dependency cycle: ${path.join(' → ')}`);
    for (const dep of Object.keys(entry.manifest.dependencies ?? {}))
      if (byName.has(dep)) visit(byName.get(dep), [...path, entry.name]);
    ordered.push(entry);
  };
  for (const entry of packed) visit(entry);
  return ordered;
}

/** Whether `name@version` is on the registry already (`npm view`; a 404 means no). */
export async function isPublished(name, version, npmArgs = []) {
  try {
    const { stdout } = await run('npm', ['view', `${name}@${version}`, 'version', ...npmArgs]);
    return stdout.trim() === version;
  } catch {
    return false;
  }
}

/** `packed` in levels: each package in a level after every internal dependency it has. */
export function dependencyLevels(packed) {
  const level = new Map();
  for (const entry of dependencyOrder(packed)) {
    const deps = Object.keys(entry.manifest.dependencies ?? {}).filter((dep) => level.has(dep));
    level.set(entry.name, Math.max(-1, ...deps.map((dep) => level.get(dep))) + 1);
  }
  const levels = [];
  for (const entry of packed) (levels[level.get(entry.name)] ??= []).push(entry);
  return levels;
}

/**
 * `npm publish <tarball> --access public` per package, each after its internal dependencies
 * (`concurrency` packages of one level at a time), skipping versions the registry has.
 * `packed`: [{ name, tarball, manifest }]. Returns [{ name, version, status }].
 */
export async function publishTarballs(
  packed,
  { npmArgs = [], skipPublished = true, concurrency = 1, log = () => {} } = {},
) {
  const results = [];
  const publishOne = async (entry) => {
    const { name, version } = entry.manifest;
    if (skipPublished && (await isPublished(name, version, npmArgs))) {
      log(`${name}@${version} is on the registry already: skipped`);
      results.push({ name, version, status: 'skipped' });
      return;
    }
    await run('npm', ['publish', entry.tarball, '--access', 'public', ...npmArgs]);
    log(`published ${name}@${version}`);
    results.push({ name, version, status: 'published' });
  };
  for (const level of dependencyLevels(packed))
    await inParallel(level, concurrency, (entry) => publishOne(entry));
  return results;
}

/**
 * A package.json value as npm writes it into the registry's metadata: npm normalizes a few
 * fields that mean the same either way (`author` "Name <mail> (url)" becomes an object, `bin`
 * paths lose their leading "./"). Everything else must arrive as the tarball has it.
 */
export function npmNormalized(key, value) {
  if (key === 'author' && typeof value === 'string') {
    const [, name, email, url] =
      /^([^<(]*?)\s*(?:<([^>]*)>)?\s*(?:\(([^)]*)\))?$/.exec(value) ?? [];
    return { name: name ?? value, ...(email && { email }), ...(url && { url }) };
  }
  if (key === 'bin' && value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([name, path]) => [name, path.replace(/^\.\//, '')]),
    );
  return value;
}
