/**
 * One Vite config for every package: run from a package folder (`vite build --config
 * ../../vite.config.ts`), it builds that package as ES modules for npm — one file per source
 * module (so consumers tree-shake), dependencies left external, `dist/` mirroring `src/`.
 * Entries: `src/index.ts`, `src/define.ts` and any listed in package.json "wegwijs.entries".
 */
import { defineConfig } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const packageDir = process.cwd();
const repoRoot = new URL('.', import.meta.url).pathname.replace(/\/$/, '');
const manifest = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  wegwijs?: { entries?: string[] };
};

const entryFiles = ['src/index.ts', 'src/define.ts', ...(manifest.wegwijs?.entries ?? [])].filter(
  (file) => existsSync(resolve(packageDir, file)),
);
const externals = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
const isExternal = (id: string) => externals.some((dep) => id === dep || id.startsWith(`${dep}/`));

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
        snippets: resolve(repoRoot, 'docs/site/snippets.html'),
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
        entryFiles.map((file) => [
          file.replace(/^src\//, '').replace(/\.ts$/, ''),
          resolve(packageDir, file),
        ]),
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
