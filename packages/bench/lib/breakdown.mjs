// Where the bytes of a page go: per widget page, the CDN files it fetches before the widget
// renders (as budgets.mjs counts them), each with its served size (brotli on its own) and the
// source modules that take most of it (esbuild's metafile: bytes each source left in the
// minified file, before compression), grouped by package.
import { relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { widgetList } from '../../embed/widget-list.mjs';
import { repo } from '../../tools/lib/build-options.mjs';
import { cdnFiles } from './served.mjs';

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A source path as a reader knows it: `lit-html`, `valibot`, `core/read-aloud/…`. */
const sourceName = (input) =>
  input
    .replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1')
    .replace(/^packages\/([^/]+)\/src\//, '$1/');

/** Groups sources in a few families, the levers of a reduction. */
function family(name) {
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(name)) return 'Lit';
  if (name === '@lit/localize' || /^core\/locale\//.test(name)) return 'localisation';
  if (name === 'valibot' || /\/(schema|check|validate)\.ts$|^core\/check\//.test(name))
    return 'content check (valibot, schema, rules)';
  if (/^core\/read-aloud\//.test(name)) return 'read aloud';
  if (/^core\/language-switch\//.test(name)) return 'language switch';
  if (/^core\/content\//.test(name)) return 'content loading and rich text';
  if (/^core\//.test(name)) return 'core (element base, theme, storage)';
  if (/^pictograms\//.test(name)) return 'pictograms';
  return 'the widget itself';
}

export function whereTheBytesGo(cdnBuild, outdir, servedDir) {
  const cdn = cdnFiles(outdir, `${servedDir}/cdn-graph.json`);
  const key = (file) => relative(repo, `${outdir}/${file}`);
  const pages = {};
  for (const name of [
    'step-guide',
    'video-explainer',
    'letter-explainer',
    'contact-finder',
    'question-helper',
  ]) {
    const widget = widgetList.find((w) => w.file === name);
    if (!widget) continue;
    pages[name] = [...new Set(cdn.firstRender(widget))].map((file) => {
      const bytes = cdnBuild.bytes.get(file);
      const inputs = cdnBuild.metafile.outputs[key(file)]?.inputs ?? {};
      const families = {};
      for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
        const f = family(sourceName(input));
        families[f] = (families[f] ?? 0) + bytesInOutput;
      }
      return {
        file,
        raw: bytes.length,
        served: brotli(bytes),
        families: Object.entries(families)
          .sort((a, b) => b[1] - a[1])
          .map(([f, n]) => [f, n]),
      };
    });
  }
  return pages;
}
