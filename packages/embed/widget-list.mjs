// The widget list (widget-list.json) for Node scripts: the CDN build, the benches, the quality
// gates and the tests. One entry per tag; `file` is the CDN file that defines it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
/** The built CDN files (WEGWIJS_CDN_DIR: another copy, e.g. an older build to compare). */
export const cdnDir = process.env.WEGWIJS_CDN_DIR ?? join(repo, 'packages/embed/dist/cdn');
/** The graph of those files (cdn-graph.json, written by build-cdn.mjs next to dist/cdn). */
export const cdnGraphFile = join(cdnDir, '../cdn-graph.json');

/** @type {Array<{tag: string, file: string, module: string, title: string, content: string[], example: Record<string, string>, preload?: Record<string, string[]>}>} */
export const widgetList = JSON.parse(
  readFileSync(new URL('./widget-list.json', import.meta.url), 'utf8'),
).widgets;

/** The package directory name of a module specifier: `@wegwijs/step-guide/define` → step-guide. */
export const packageOf = (module) => module.split('/')[1];

/** The CDN files, in list order, each once: core, step-guide, … */
export const widgetFiles = [...new Set(widgetList.map((w) => w.file))];

/** The module a CDN file is built from (relative to the repo root): the export's source file. */
export function widgetEntry(file) {
  const { module } = widgetList.find((w) => w.file === file);
  const pkg = packageOf(module);
  const manifest = JSON.parse(readFileSync(join(repo, 'packages', pkg, 'package.json'), 'utf8'));
  const subpath = `.${module.slice(`@wegwijs/${pkg}`.length)}`;
  const source = manifest.exports?.[subpath]?.source ?? `./src/${subpath.slice(2)}.ts`;
  if (!existsSync(join(repo, 'packages', pkg, source)))
    throw new Error(`widget-list: no source file for ${module} (${source})`);
  return join('packages', pkg, source);
}

/** The tag as an element with its example attributes (`src` served under /__pkg/). */
export function exampleElement(widget, prefix = '/__pkg/') {
  const attrs = Object.entries(widget.example)
    .map(([name, value]) => ` ${name}="${name === 'src' ? prefix + value : value}"`)
    .join('');
  return `<${widget.tag}${attrs}></${widget.tag}>`;
}
