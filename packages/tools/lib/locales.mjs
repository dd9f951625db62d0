// The UI languages for Node scripts, read from their one home: core's
// packages/core/src/locale/locales.ts (SOURCE_LOCALE and TARGET_LOCALES). Node cannot import
// TypeScript, so the two constants are read from the source text (a test keeps them readable).
import { readFileSync } from 'node:fs';

const file = new URL('../../core/src/locale/locales.ts', import.meta.url);

export function readUiLocales() {
  const text = readFileSync(file, 'utf8');
  const source = /export const SOURCE_LOCALE = '([a-z-]+)'/.exec(text)?.[1];
  const list = /export const TARGET_LOCALES = \[([^\]]*)\]/.exec(text)?.[1];
  if (!source || !list)
    throw new Error(`locales: SOURCE_LOCALE or TARGET_LOCALES not found in ${file.pathname}`);
  const targets = [...list.matchAll(/'([a-zA-Z-]+)'/g)].map((m) => m[1]);
  return { source, targets, all: [source, ...targets] };
}
