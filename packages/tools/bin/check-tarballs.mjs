#!/usr/bin/env node
// The tarball check: what npm users install must work on its own. Packs every public package
// (`npm pack`, the published package.json and `files`), unpacks the tarballs side by side and,
// per package, checks:
//   manifest — no `source` export condition, no workspace/file dependencies, every export
//              target, `main`, `module`, `types` and `bin` present in the tarball;
//   files    — no TypeScript sources, nothing under a `node_modules` path, no source map
//              pointing at sources that do not ship;
//   imports  — every import specifier of every shipped .js/.mjs/.d.ts file resolves inside the
//              tarballs or in a declared dependency (exports maps honoured, ESM needs exact
//              file names, a .d.ts import of an untyped package needs its @types package,
//              no Node built-in in a module the exports reach);
//   syntax   — every shipped .js parses as standard JavaScript without decorators (what a
//              bundler or a plain `<script type="module">` page can run).
// The registry packages are taken from the repo's node_modules: the same versions npm installs.
// Ends with "N passed, N failed" (one check per package and kind) for `npm test`.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { packAll, repoRoot, unpackAll } from '../lib/pack.mjs';

const ts = createRequire(join(repoRoot, 'package.json'))('typescript');
const keep = process.argv.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'wegwijs-tarballs-'));
const packed = packAll(join(work, 'tarballs'));
const folders = unpackAll(packed, work);
const versions = new Map(packed.map(({ name, version }) => [name, version]));

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const isFile = (file) => existsSync(file) && statSync(file).isFile();

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, base) : [relative(base, path)];
  });
}

/** Every string target in an exports value, with the conditions that lead to it. */
function exportTargets(value, conditions = []) {
  if (typeof value === 'string') return [{ target: value, conditions }];
  if (Array.isArray(value)) return value.flatMap((item) => exportTargets(item, conditions));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      exportTargets(item, key.startsWith('.') ? conditions : [...conditions, key]),
    );
  return [];
}

/** Resolve `subpath` ('.', './x') through an exports map for the given conditions. */
function resolveExports(exports, subpath, conditions) {
  const map =
    typeof exports === 'string' ||
    Array.isArray(exports) ||
    !Object.keys(exports).some((key) => key.startsWith('.'))
      ? { '.': exports }
      : exports;
  let value = map[subpath];
  let star;
  if (value === undefined) {
    const pattern = Object.keys(map)
      .filter((key) => key.includes('*'))
      .sort((a, b) => b.length - a.length)
      .find((key) => {
        const [before, after] = key.split('*');
        return (
          subpath.startsWith(before) && subpath.endsWith(after) && subpath.length >= key.length - 1
        );
      });
    if (!pattern) return undefined;
    const [before, after] = pattern.split('*');
    star = subpath.slice(before.length, subpath.length - after.length);
    value = map[pattern];
  }
  const pick = (item) => {
    if (typeof item === 'string') return item;
    if (Array.isArray(item)) return item.map(pick).find(Boolean);
    if (item && typeof item === 'object')
      for (const [key, next] of Object.entries(item))
        if (key === 'default' || conditions.includes(key)) {
          const found = pick(next);
          if (found) return found;
        }
    return undefined;
  };
  const target = pick(value);
  return target && star !== undefined ? target.replaceAll('*', star) : target;
}

const jsConditions = ['import', 'module', 'browser', 'production'];
const typeConditions = ['types', 'import', 'module', 'browser'];

function packageFolder(name) {
  if (folders.has(name)) return folders.get(name);
  const installed = join(repoRoot, 'node_modules', name);
  return existsSync(join(installed, 'package.json')) ? installed : undefined;
}

/** A .d.ts for a module path: './x.js' → './x.d.ts'; './x' → './x.d.ts' or './x/index.d.ts'. */
function declarationFor(path) {
  const stem = path.replace(/\.(m?js|d\.m?ts|m?ts)$/, '');
  return [`${stem}.d.ts`, `${stem}.d.mts`, join(stem, 'index.d.ts')].find(isFile);
}

/** Resolve a bare specifier from a package; returns an error text or undefined when it resolves. */
function resolveBare(specifier, from, typesOnly) {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const subpath = `.${specifier.slice(name.length)}`;
  const own = from.manifest;
  const declared = {
    ...own.dependencies,
    ...own.peerDependencies,
    ...own.optionalDependencies,
  };
  if (name !== own.name && !(name in declared)) return `${name} is not in dependencies`;
  if (versions.has(name) && name !== own.name) {
    const range = declared[name].replace(/^[\^~]/, '');
    if (
      range.split('.').slice(0, 2).join('.') !== versions.get(name).split('.').slice(0, 2).join('.')
    )
      return `${name}@${declared[name]} does not match the packed ${versions.get(name)}`;
  }
  const folder = name === own.name ? from.folder : packageFolder(name);
  // An optional peer (the framework a generated type file is for, e.g. vue for vue.d.ts) that
  // the repository does not use: the consumer apps compile those files against it.
  if (!folder && own.peerDependenciesMeta?.[name]?.optional) return undefined;
  if (!folder) return `${name} is not installed in the repository (cannot check it)`;
  const manifest = readJson(join(folder, 'package.json'));
  let target;
  if (manifest.exports) {
    target = resolveExports(manifest.exports, subpath, typesOnly ? typeConditions : jsConditions);
    if (!target) return `${specifier}: not exported by ${name}`;
  } else if (subpath === '.') {
    target = typesOnly
      ? (manifest.types ?? manifest.typings ?? manifest.module ?? manifest.main ?? 'index.js')
      : (manifest.module ?? manifest.main ?? 'index.js');
  } else target = subpath;
  const file = join(folder, target);
  if (!typesOnly)
    return isFile(file)
      ? undefined
      : `${specifier} → ${relative(folder, file)} is missing in ${name}`;
  if (declarationFor(file)) return undefined;
  // An untyped package: the consumer's compiler needs its @types package.
  const typesName = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
  if (typesName in declared) return undefined;
  return `${specifier} has no types (${relative(folder, file)}) and ${typesName} is not in dependencies`;
}

function importsOf(file, text) {
  const info = ts.preProcessFile(text, true, true);
  return [
    ...info.importedFiles.map((ref) => ref.fileName),
    ...info.typeReferenceDirectives.map((ref) => ref.fileName),
    ...info.referencedFiles.map((ref) => `./${ref.fileName.replace(/^\.\//, '')}`),
  ];
}

/** The file a JS import leads to when it stays inside the tarballs (else undefined). */
function tarballTarget(specifier, pkg, file) {
  if (specifier.startsWith('.')) return join(dirname(file), specifier);
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const folder = folders.get(name);
  if (!folder) return undefined;
  const { exports } = readJson(join(folder, 'package.json'));
  const target =
    exports && resolveExports(exports, `.${specifier.slice(name.length)}`, jsConditions);
  return target ? join(folder, target) : undefined;
}

const parsed = new Map();
function parse(file) {
  if (!parsed.has(file)) {
    const text = readFileSync(file, 'utf8');
    parsed.set(
      file,
      ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS),
    );
  }
  return parsed.get(file);
}

/** The names a shipped module exports, following `export * from` inside the tarballs. */
const exportCache = new Map();
function exportedNames(file, pkg, seen = new Set()) {
  if (exportCache.has(file)) return exportCache.get(file);
  if (seen.has(file) || !isFile(file)) return new Set();
  seen.add(file);
  const names = new Set();
  for (const statement of parse(file).statements) {
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause && ts.isNamedExports(statement.exportClause))
        statement.exportClause.elements.forEach((element) => names.add(element.name.text));
      else if (statement.exportClause) names.add(statement.exportClause.name.text);
      else {
        const target = tarballTarget(statement.moduleSpecifier.text, pkg, file);
        if (!target) return new Set(['*']); // re-exports a registry package: not checked
        for (const name of exportedNames(target, pkg, seen))
          if (name !== 'default') names.add(name);
      }
    } else if (ts.isExportAssignment(statement)) names.add('default');
    else if (exported && ts.isVariableStatement(statement))
      statement.declarationList.declarations.forEach(
        (d) => ts.isIdentifier(d.name) && names.add(d.name.text),
      );
    else if (exported && statement.name) {
      const isDefault = statement.modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      names.add(isDefault ? 'default' : statement.name.text);
    }
  }
  exportCache.set(file, names);
  return names;
}

/** Named imports (and re-exports) of a shipped module that its target does not export. */
function missingNames(file, pkg) {
  const problems = [];
  for (const statement of parse(file).statements) {
    let wanted = [];
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) wanted.push('default');
      if (clause.namedBindings && ts.isNamedImports(clause.namedBindings))
        wanted = wanted.concat(
          clause.namedBindings.elements.map((e) => (e.propertyName ?? e.name).text),
        );
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      statement.exportClause
    )
      if (ts.isNamedExports(statement.exportClause))
        wanted = statement.exportClause.elements.map((e) => (e.propertyName ?? e.name).text);
    if (!wanted.length) continue;
    const specifier = statement.moduleSpecifier.text;
    const target = tarballTarget(specifier, pkg, file);
    if (!target || !isFile(target)) continue; // reported as an unresolved file already
    const names = exportedNames(target, pkg);
    if (names.has('*')) continue;
    for (const name of wanted)
      if (!names.has(name)) problems.push(`'${specifier}': does not export '${name}'`);
  }
  return problems;
}

/**
 * The JavaScript modules a consumer's bundler can reach: the `exports` targets and their
 * relative imports. They must not use Node built-ins (the CLI's checking logic runs in a
 * browser too); its `bin` and shipped tooling scripts may.
 */
function exportedModules(pkg, shipped) {
  const reached = new Set();
  const visit = (path) => {
    if (reached.has(path) || !shipped.includes(path)) return;
    reached.add(path);
    const file = join(pkg.folder, path);
    for (const specifier of importsOf(file, readFileSync(file, 'utf8')))
      if (specifier.startsWith('.')) visit(relative(pkg.folder, join(dirname(file), specifier)));
  };
  for (const { target, conditions } of exportTargets(pkg.manifest.exports ?? {})) {
    if (conditions.includes('types') || !/\.m?js$/.test(target)) continue;
    const [before, after = ''] = target.replace(/^\.\//, '').split('*');
    if (target.includes('*'))
      shipped.filter((f) => f.startsWith(before) && f.endsWith(after)).forEach(visit);
    else visit(before);
  }
  return reached;
}

function checkImports(pkg, shipped) {
  const problems = [];
  let specifiers = 0;
  let modules = 0;
  const api = exportedModules(pkg, shipped);
  for (const path of shipped) {
    const isDeclaration = /\.d\.m?ts$/.test(path);
    if (!isDeclaration && !/\.m?js$/.test(path)) continue;
    modules += 1;
    const file = join(pkg.folder, path);
    for (const specifier of new Set(importsOf(file, readFileSync(file, 'utf8')))) {
      specifiers += 1;
      let problem;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = join(dirname(file), specifier);
        if (relative(pkg.folder, target).startsWith('..')) problem = 'points outside the package';
        else if (isDeclaration ? !declarationFor(target) : !isFile(target))
          problem = 'no such file';
      } else if (specifier.startsWith('node:') || builtinModules.includes(specifier)) {
        if (api.has(path)) problem = 'a Node built-in in a module the package exports';
      } else problem = resolveBare(specifier, pkg, isDeclaration);
      if (problem) problems.push(`${path}: '${specifier}': ${problem}`);
    }
    if (!isDeclaration)
      for (const problem of missingNames(file, pkg)) problems.push(`${path}: ${problem}`);
  }
  return { problems, specifiers, modules };
}

function checkManifest(pkg, shipped) {
  const problems = [];
  const { manifest } = pkg;
  const targets = exportTargets(manifest.exports ?? {});
  for (const { target, conditions } of targets) {
    if (conditions.includes('source'))
      problems.push(`exports has a "source" condition (${target})`);
    else if (target.includes('*')) {
      const [before, after] = target.replace(/^\.\//, '').split('*');
      if (!shipped.some((file) => file.startsWith(before) && file.endsWith(after)))
        problems.push(`export ${target} matches no file`);
    } else if (!isFile(join(pkg.folder, target))) problems.push(`export ${target} is missing`);
  }
  for (const field of ['main', 'module', 'types'])
    if (manifest[field] && !isFile(join(pkg.folder, manifest[field])))
      problems.push(`"${field}": ${manifest[field]} is missing`);
  for (const bin of Object.values(
    typeof manifest.bin === 'string' ? { bin: manifest.bin } : (manifest.bin ?? {}),
  ))
    if (!isFile(join(pkg.folder, bin))) problems.push(`bin ${bin} is missing`);
  for (const [name, range] of Object.entries({
    ...manifest.dependencies,
    ...manifest.peerDependencies,
  }))
    if (/^(workspace|file|link):/.test(range)) problems.push(`dependency ${name}@${range}`);
  return problems;
}

function checkFiles(pkg, shipped) {
  const problems = shipped
    .filter(
      (file) =>
        /(^|\/)node_modules\//.test(file) ||
        (/\.(m|c)?tsx?$/.test(file) && !/\.d\.(m|c)?ts$/.test(file)),
    )
    .map((file) => `ships ${file}`);
  // A source map is useful only when it carries its sources or they ship beside it.
  for (const file of shipped.filter((path) => path.endsWith('.map'))) {
    const map = readJson(join(pkg.folder, file));
    const missing = (map.sources ?? []).filter(
      (source, index) =>
        map.sourcesContent?.[index] == null && !isFile(join(pkg.folder, dirname(file), source)),
    );
    if (missing.length) problems.push(`${file} points at ${missing[0]}, which does not ship`);
  }
  return problems;
}

function checkSyntax(pkg, shipped) {
  const problems = [];
  for (const path of shipped.filter((file) => /\.m?js$/.test(file))) {
    const source = parse(join(pkg.folder, path));
    if (source.parseDiagnostics?.length)
      problems.push(
        `${path}: ${ts.flattenDiagnosticMessageText(source.parseDiagnostics[0].messageText, ' ')}`,
      );
    const visit = (node) => {
      if (ts.isDecorator(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        problems.push(`${path}:${line + 1}: a decorator`);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return problems;
}

let passed = 0;
let failed = 0;
let unresolved = 0;
let totalSpecifiers = 0;
for (const [name, folder] of folders) {
  const pkg = { name, folder, manifest: readJson(join(folder, 'package.json')) };
  const shipped = listFiles(folder);
  const imports = checkImports(pkg, shipped);
  unresolved += imports.problems.length;
  totalSpecifiers += imports.specifiers;
  const checks = [
    ['manifest', checkManifest(pkg, shipped)],
    ['files', checkFiles(pkg, shipped)],
    [`imports (${imports.specifiers} in ${imports.modules} modules)`, imports.problems],
    ['syntax', checkSyntax(pkg, shipped)],
  ];
  for (const [label, problems] of checks) {
    if (problems.length === 0) passed += 1;
    else failed += 1;
    console.log(`${problems.length ? '✗' : '✓'} ${name} ${label}`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
}
console.log(`unresolved imports: ${unresolved} of ${totalSpecifiers} in ${folders.size} tarballs`);
if (keep) console.log(`tarballs kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
