/**
 * Find the media, caption and other files a content file points to. Plain ES module.
 * A reference is any string value whose address ends in one of MEDIA_EXTENSIONS.
 */
import { formatPath } from './json-path.js';

/** File types the checker looks for. Easy to extend. */
export const MEDIA_EXTENSIONS = new Set([
  'mp4',
  'webm',
  'ogv',
  'mov',
  'm4v',
  'mp3',
  'm4a',
  'aac',
  'oga',
  'ogg',
  'opus',
  'wav',
  'flac',
  'vtt',
  'srt',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'avif',
  'svg',
  'pdf',
  'txt',
  'csv',
  'json',
]);

/**
 * @typedef {object} MediaRef
 * @property {string} path JSON path of the value
 * @property {string} ref the value as written
 * @property {'local' | 'root' | 'online'} kind relative to the file, relative to the site root, or online
 * @property {string} extension
 */

/**
 * @param {unknown} data
 * @returns {MediaRef[]}
 */
export function findMediaRefs(data) {
  /** @type {MediaRef[]} */
  const out = [];
  /** @param {unknown} node @param {Array<string | number>} segments */
  const walk = (node, segments) => {
    if (typeof node === 'string') {
      const ref = node.trim();
      if (/\s/.test(ref) || ref === '' || segments.at(-1) === '$schema') return;
      const extension = /\.([a-z0-9]{2,5})(?:[?#].*)?$/i.exec(ref)?.[1]?.toLowerCase() ?? '';
      if (!MEDIA_EXTENSIONS.has(extension)) return;
      if (/^data:|^blob:/i.test(ref)) return;
      const kind = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)
        ? 'online'
        : ref.startsWith('/')
          ? 'root'
          : 'local';
      out.push({ path: formatPath(segments), ref, kind, extension });
    } else if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...segments, i]));
    else if (node && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) walk(child, [...segments, k]);
    }
  };
  walk(data, []);
  return out;
}

/**
 * Where a reference points, or null when it cannot be checked offline.
 * @param {MediaRef} ref
 * @param {URL} fileUrl the content file
 * @param {URL | undefined} rootUrl the site root (for "/media/…" references), if known
 * @returns {URL | null}
 */
export function resolveRef(ref, fileUrl, rootUrl) {
  const clean = ref.ref.replace(/[?#].*$/, '');
  if (ref.kind === 'local') return new URL(clean, fileUrl);
  if (ref.kind === 'root' && rootUrl) return new URL(`.${clean}`, rootUrl);
  return null;
}
