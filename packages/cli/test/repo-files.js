// Every example and story content file of the repository, with the widget it is for.
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../src/detect.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** @returns {Array<{ path: string, widget: string, kind: 'json' | 'csv' }>} */
export function exampleFiles() {
  /** @type {Array<{ path: string, widget: string, kind: 'json' | 'csv' }>} */
  const out = [];
  /** @param {string} folder @param {string} widget */
  const add = (folder, widget) => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const kind = name.endsWith('.json') ? 'json' : name.endsWith('.csv') ? 'csv' : null;
      if (kind) out.push({ path: join(folder, name), widget, kind });
    }
  };
  for (const widget of WIDGETS) {
    add(join(repoRoot, 'packages', widget, 'examples'), widget);
    add(join(repoRoot, 'stories', widget), widget);
  }
  return out;
}
