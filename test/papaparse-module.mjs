// Dev-server plugin: `import Papa from 'papaparse'` in the browser tests. papaparse ships a UMD
// script, which the dev server serves as-is (bundlers convert it; there is no CommonJS plugin
// here), so a module that imports it statically (the contact list's CSV check) could not load.
// The bare import is served as the same file wrapped as an ES module.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const PATH = '/__wegwijs/papaparse.js';
const require = createRequire(import.meta.url);

export const papaparseModule = {
  name: 'papaparse-module',
  resolveImport({ source }) {
    if (source === 'papaparse') return PATH;
  },
  async serve(context) {
    if (context.path !== PATH) return undefined;
    const umd = await readFile(require.resolve('papaparse/papaparse.min.js'), 'utf8');
    const body = `const module = { exports: {} };\nconst exports = module.exports;\n${umd}\nexport default module.exports;\n`;
    return { body, type: 'js' };
  },
};
