// Finds the widget packages that exist (packages/*/src/define.ts) and bundles them with esbuild
// the way a CDN user gets them: one ES module entry, code-split, minified, Lit included.
// Two copies: "a" (the real version) and "b" (VERSION replaced) for the two-bundles host.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BAD_EXAMPLE = /bad|invalid|broken|error|wrong|fault/i;

/** Attributes for elements that take no content file (core's own elements). */
const CORE_ATTRS = {
  'wegwijs-language-switch': { variant: 'buttons', languages: 'nl ar tr' },
  'wegwijs-read-aloud': {
    text: 'U kunt gratis hulp krijgen van een cliëntondersteuner.',
    'text-lang': 'nl',
    audio: '/assets/bel-de-gemeente.mp3',
  },
};

export function findWidgets(repo) {
  const packagesDir = join(repo, 'packages');
  const widgets = [];
  for (const pkg of readdirSync(packagesDir).sort()) {
    const define = join(packagesDir, pkg, 'src', 'define.ts');
    if (!existsSync(define)) continue;
    const source = readFileSync(define, 'utf8');
    // Tag names: every 'wegwijs-…' string literal in the define file (define() calls,
    // constants, the HTMLElementTagNameMap entries).
    const tags = [
      ...new Set([...source.matchAll(/['"`](wegwijs-[a-z0-9-]+)['"`]/g)].map((m) => m[1])),
    ];
    const exDir = join(packagesDir, pkg, 'examples');
    const examples = existsSync(exDir)
      ? readdirSync(exDir)
          .filter((f) => /\.(json|csv|html)$/.test(f))
          .sort()
      : [];
    const good = examples.filter((f) => !BAD_EXAMPLE.test(f));
    widgets.push({
      pkg,
      define,
      tags,
      tag: tags.includes(`wegwijs-${pkg}`) ? `wegwijs-${pkg}` : tags[0],
      examples,
      jsonExamples: good.filter((f) => f.endsWith('.json')),
      csvExamples: good.filter((f) => f.endsWith('.csv')),
      htmlExamples: good.filter((f) => f.endsWith('.html')),
      /** A content widget loads content through `src` (it has example content files). */
      content: good.some((f) => /\.(json|csv)$/.test(f)),
      docs: existsSync(join(repo, 'docs', `${pkg}.md`))
        ? join(repo, 'docs', `${pkg}.md`)
        : undefined,
    });
  }
  return widgets;
}

/** Elements for the host pages: each tag with attributes (content widgets get an example). */
export function hostManifest(widgets) {
  const elements = [];
  for (const w of widgets) {
    if (w.content) {
      const example = w.jsonExamples[0] ?? w.csvExamples[0];
      elements.push({ tag: w.tag, attrs: { src: `/__pkg/${w.pkg}/examples/${example}` } });
    } else {
      for (const tag of w.tags) if (CORE_ATTRS[tag]) elements.push({ tag, attrs: CORE_ATTRS[tag] });
    }
  }
  return { elements };
}

const COMMON = (repo) => ({
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['source', 'browser', 'production'],
  tsconfig: join(repo, 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'silent',
});

/**
 * Bundle every widget's define entry; a package that does not build is reported (and left out
 * of the shared bundle, so the other widgets are still checked).
 */
export async function buildBundles(repo, allWidgets) {
  const dirs = {};
  const failures = [];
  const widgets = [];
  await Promise.all(
    allWidgets.map(async (w) => {
      try {
        await build({
          ...COMMON(repo),
          entryPoints: [w.define],
          outdir: '/nonexistent',
          write: false,
        });
        widgets.push(w);
      } catch (error) {
        failures.push({
          pkg: w.pkg,
          message:
            (error.errors ?? [])
              .slice(0, 3)
              .map((e) => `${e.location?.file}:${e.location?.line}: ${e.text}`)
              .join('\n') || error.message,
        });
      }
    }),
  );
  widgets.sort((a, b) => a.pkg.localeCompare(b.pkg));
  const entries = widgets.map((w) => w.define);
  const virtualAll = {
    name: 'wegwijs-all',
    setup(b) {
      b.onResolve({ filter: /^wegwijs:all$/ }, () => ({ path: 'all', namespace: 'wegwijs-all' }));
      b.onLoad({ filter: /.*/, namespace: 'wegwijs-all' }, () => ({
        contents: entries.map((e) => `import ${JSON.stringify(e)};`).join('\n'),
        resolveDir: repo,
        loader: 'js',
      }));
    },
  };
  const secondVersion = {
    name: 'second-version',
    setup(b) {
      b.onLoad({ filter: /packages[\\/]core[\\/]src[\\/]version\.ts$/ }, () => ({
        contents: "export const VERSION = '0.0.0-second-copy';",
        loader: 'ts',
      }));
    },
  };
  const manifest = JSON.stringify(hostManifest(widgets), null, 2);
  for (const name of ['a', 'b']) {
    const outdir = mkdtempSync(join(tmpdir(), `wegwijs-quality-${name}-`));
    await build({
      ...COMMON(repo),
      entryPoints: { all: 'wegwijs:all' },
      outdir,
      plugins: name === 'b' ? [virtualAll, secondVersion] : [virtualAll],
    });
    writeFileSync(join(outdir, 'manifest.json'), manifest);
    dirs[name] = outdir;
  }
  return {
    dirs,
    widgets,
    failures,
    cleanup() {
      for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
