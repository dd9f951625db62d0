// Sizes of the CDN files as a page gets them: each file brotli-compressed on its own (quality
// 11, as a CDN serves it), summed over the files a page downloads before a widget renders:
// the loader, then what the loader preloads for the tag and for the content form of the
// element (packages/embed/dist/cdn-graph.json, written by the CDN build). Measured on the
// built files in packages/embed/dist/cdn, not on a bundle of our own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cdnDir, cdnGraphFile, widgetList } from '../../embed/widget-list.mjs';

const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;

/** The content form of a widget's example, as the loader tells it (src/preload.ts). */
export const exampleForm = (widget) =>
  widget.example.src ? (/\.csv$/.test(widget.example.src) ? 'csv' : 'json') : 'markup';

/**
 * The served files of dist/cdn (or `dir`): `measure(files)` gives raw, gzip and served
 * (per-file brotli, summed) bytes of a set of files relative to the folder.
 */
export function cdnFiles(dir = cdnDir, graphFile = cdnGraphFile) {
  if (!existsSync(join(dir, 'wegwijs.js')) || !existsSync(graphFile))
    throw new Error(`no CDN build in ${dir}: npm run build -w @wegwijs/embed`);
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const cache = new Map();
  const sizeOf = (file) => {
    if (!cache.has(file)) {
      const bytes = readFileSync(join(dir, file));
      cache.set(file, {
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        served: brotli(bytes),
      });
    }
    return cache.get(file);
  };
  const measure = (files) => {
    const list = [...new Set(files)];
    const total = { files: list.length, raw: 0, gzip: 0, served: 0 };
    for (const file of list) {
      const size = sizeOf(file);
      total.raw += size.raw;
      total.gzip += size.gzip;
      total.served += size.served;
    }
    return total;
  };
  /** What a page downloads before `widget` renders its example (the loader included). */
  const firstRender = (widget, form = exampleForm(widget)) => [
    'wegwijs.js',
    ...(graph.keys[widget.tag] ?? []),
    ...(graph.keys[`${widget.tag} ${form}`] ?? []),
  ];
  /** Lazy modules (repo-relative sources) and every file they import statically. */
  const withModules = (modules) =>
    modules.flatMap((module) => {
      const file = graph.entries[module];
      if (!file) throw new Error(`${module} is not a lazy chunk of the CDN build`);
      return graph.static[file];
    });
  return { graph, measure, firstRender, withModules, widgets: widgetList };
}
