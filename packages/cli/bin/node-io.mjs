// File access for `wegwijs check` in Node: the files a content file refers to (media, captions).
// The content rules come with the widgets' checks (src/widgets.js), not from files on disk.
import { readFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** @returns {import('../src/check.js').CheckIO} */
export function createNodeIO() {
  return {
    exists: async (url) => {
      try {
        await access(fileURLToPath(url));
        return true;
      } catch {
        return false;
      }
    },
    readText: async (url) => {
      try {
        return await readFile(fileURLToPath(url), 'utf8');
      } catch {
        return null;
      }
    },
  };
}
