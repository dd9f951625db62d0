/**
 * One Vite config for every package: run from a package folder (`vite build --config
 * ../../vite.config.ts`), it builds that package as ES modules for npm — one file per source
 * module (so consumers tree-shake), dependencies left external, `dist/` mirroring `src/`.
 *
 * Every source module is an entry, not only the package's exports: other packages import
 * core's modules by path (`@wegwijs/core/locale/msg`, `@wegwijs/core/light-dom/light-styles`),
 * and a library build drops the modules and the exports that only *other* packages use.
 *
 * A bare import must be a declared dependency: it stays external. An undeclared one fails the
 * build, because Rolldown would otherwise copy it in as `dist/node_modules/…` (the hoisted
 * workspace copy hides the missing declaration; the tarball check catches what slips through).
 */
import { defineConfig } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

const packageDir = process.cwd();
const repoRoot = new URL('.', import.meta.url).pathname.replace(/\/$/, '');
const manifest = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** Every TypeScript module under src/, tests and declarations excepted. */
function sourceModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceModules(path);
    return /\.ts$/.test(entry.name) && !/\.(d|test)\.ts$/.test(entry.name) ? [path] : [];
  });
}
const srcDir = resolve(packageDir, 'src');
const entryFiles = packageDir === repoRoot ? [] : sourceModules(srcDir);

const externals = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
/** Oxc's decorator helper is compiled in (one small module); no other package is. */
const bundledHelpers = /^@oxc-project\/runtime\//;
function isExternal(id: string): boolean {
  if (externals.some((dep) => id === dep || id.startsWith(`${dep}/`))) return true;
  if (id.startsWith('.') || id.startsWith('\0') || isAbsolute(id) || bundledHelpers.test(id))
    return false;
  throw new Error(`${manifest.name} imports '${id}': add it to its package.json dependencies`);
}

const siteConfig = defineConfig({
  root: repoRoot,
  logLevel: 'info',
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
  build: {
    outDir: 'site-dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        demo: resolve(repoRoot, 'docs/site/index.html'),
      },
    },
  },
});

const packageConfig = defineConfig({
  root: packageDir,
  logLevel: 'warn',
  resolve: { conditions: ['source'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(
        entryFiles.map((file) => [relative(srcDir, file).replace(/\.ts$/, ''), file]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});

export default packageDir === repoRoot ? siteConfig : packageConfig;
