// Core's theme chains, read from packages/core/src/theme/tokens.ts: per private property
// (`--_primary`, …) the host tokens it falls back through, in order (the `--wegwijs-*`
// override left out). Used by the token-chain test and the theme screenshots.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function tokenChains(repo) {
  const source = readFileSync(join(repo, 'packages/core/src/theme/tokens.ts'), 'utf8');
  const result = {};
  for (const match of source.matchAll(/(--_[\w-]+):([^;]+);/g)) {
    const tokens = [...match[2].matchAll(/var\(\s*(--[\w-]+)/g)]
      .map((m) => m[1])
      .filter((token) => !token.startsWith('--wegwijs-'));
    if (tokens.length) result[match[1]] = tokens;
  }
  return result;
}
