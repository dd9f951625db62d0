// The widgets the gates check and the code they load: the CDN files as they ship.
//   a     packages/embed/dist/cdn itself (build first): pages load the loader `wegwijs.js`
//   b     the same CDN build (packages/embed/cdn-build.mjs, its one options module) with another
//         VERSION, for the two-versions host: its widget files are imported directly
//   meta  manifest.json: the elements of the host pages and the CDN widget files
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdn } from '../../../packages/embed/cdn-build.mjs';
import {
  cdnDir,
  packageOf,
  widgetFiles,
  widgetList,
} from '../../../packages/embed/widget-list.mjs';

const BAD_EXAMPLE = /bad|invalid|broken|error|wrong|fault/i;

/** Attributes for elements that take no content file (core's own elements): the list's example. */
const CORE_ATTRS = Object.fromEntries(
  widgetList.filter((w) => w.content.length === 0).map((w) => [w.tag, w.example]),
);

export function findWidgets(repo) {
  const packagesDir = join(repo, 'packages');
  const widgets = [];
  for (const pkg of readdirSync(packagesDir).sort()) {
    const define = join(packagesDir, pkg, 'src', 'define.ts');
    if (!existsSync(define)) continue;
    // The package's tags, from the widget list.
    const tags = widgetList.filter((w) => packageOf(w.module) === pkg).map((w) => w.tag);
    if (tags.length === 0) continue;
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

/**
 * The code the gates load: the CDN files in dist/cdn (a) and a second CDN build with another
 * VERSION (b). A build that fails is reported as a failure of every widget.
 */
export async function buildBundles(repo, widgets) {
  const failures = [];
  const dirs = { meta: mkdtempSync(join(tmpdir(), 'wegwijs-quality-meta-')) };
  if (!existsSync(join(cdnDir, 'wegwijs.js')))
    failures.push({ pkg: 'embed', message: `no CDN build in ${cdnDir}: npm run build first` });
  else dirs.a = cdnDir;
  const secondVersion = {
    name: 'second-version',
    setup(b) {
      b.onLoad({ filter: /packages[\\/]core[\\/]src[\\/]version\.ts$/ }, () => ({
        contents: "export const VERSION = '0.0.0-second-copy';",
        loader: 'ts',
      }));
    },
  };
  dirs.b = mkdtempSync(join(tmpdir(), 'wegwijs-quality-b-'));
  try {
    await buildCdn({ outdir: dirs.b, plugins: [secondVersion], esbuild: { logLevel: 'silent' } });
  } catch (error) {
    failures.push({ pkg: 'embed', message: `the second CDN build fails: ${error.message}` });
  }
  writeFileSync(
    join(dirs.meta, 'manifest.json'),
    JSON.stringify({ ...hostManifest(widgets), files: widgetFiles }, null, 2),
  );
  return {
    dirs,
    widgets: failures.length ? [] : widgets,
    failures,
    cleanup() {
      for (const name of ['b', 'meta']) rmSync(dirs[name], { recursive: true, force: true });
    },
  };
}
