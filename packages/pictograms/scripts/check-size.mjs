// Reports the brotli size of every src/icons/*.ts module and fails if one exceeds the budget.
// It bundles nothing: the module text is close to what a bundler emits for the chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = 1024;
const dir = fileURLToPath(new URL('../src/icons/', import.meta.url));
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => {
    const text = readFileSync(dir + f);
    const br = brotliCompressSync(text, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
      },
    }).length;
    return { file: f, raw: text.length, br };
  })
  .sort((a, b) => b.br - a.br);

for (const r of rows) {
  console.log(
    `${r.br > BUDGET ? 'FAIL' : 'ok  '} ${String(r.br).padStart(5)} B br  ${String(r.raw).padStart(6)} B raw  ${r.file}`,
  );
}
const sizes = rows.map((r) => r.br).sort((a, b) => a - b);
const mid = sizes.length >> 1;
const median = sizes.length % 2 ? sizes[mid] : (sizes[mid - 1] + sizes[mid]) / 2;
console.log(
  `\n${rows.length} icons; max ${sizes.at(-1)} B, median ${median} B, min ${sizes[0]} B (brotli, budget ${BUDGET} B)`,
);
const over = rows.filter((r) => r.br > BUDGET);
if (over.length) {
  console.error(`${over.length} icon module(s) over budget: ${over.map((r) => r.file).join(', ')}`);
  process.exit(1);
}
