// The content schemas carry descriptions for editors (`v.description('…')`, in each schema
// usually `const d = v.description`): the generated JSON Schemas, the CLI and Studio show
// them, built from the sources. A widget on a resident's page never reads them, so the CDN
// build empties their text: the same schema, without ~1–2 kB of Dutch prose per widget.
// Only a plain string argument (string literals joined by `+`) is emptied; anything else is
// left as written.
import { readFile } from 'node:fs/promises';
import { minifyTemplates } from './minify-lit-templates.mjs';

/** Length of the string literal at `i` (quote included), or 0 when there is none. */
function literalAt(source, i) {
  const quote = source[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') return 0;
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (quote === '`' && source[j] === '$' && source[j + 1] === '{') return 0;
    else if (source[j] === quote) return j + 1 - i;
    else if (source[j] === '\n' && quote !== '`') return 0;
  }
  return 0;
}

/** The source with the text of every description call emptied. */
export function dropDescriptions(source) {
  const alias = /\bconst\s+(\w+)\s*=\s*v\.description\s*;/.exec(source)?.[1];
  const callee = alias ? `(?:v\\.description|${alias})` : 'v\\.description';
  const call = new RegExp(`(?<![\\w$.])${callee}\\(`, 'g');
  let out = '';
  let from = 0;
  for (const match of source.matchAll(call)) {
    const open = match.index + match[0].length;
    if (open < from) continue;
    // The argument: string literals joined by `+`, with white space around.
    let i = open;
    let literals = 0;
    for (;;) {
      while (/\s/.test(source[i])) i++;
      const length = literalAt(source, i);
      if (!length) break;
      literals++;
      i += length;
      while (/\s/.test(source[i])) i++;
      if (source[i] !== '+') break;
      i++;
    }
    if (source[i] === ',') i++;
    while (/\s/.test(source[i])) i++;
    if (!literals || source[i] !== ')') continue;
    out += `${source.slice(from, open)}''`;
    from = i;
  }
  return out + source.slice(from);
}

export const dropSchemaDescriptions = {
  name: 'drop-schema-descriptions',
  setup(build) {
    build.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!/\bv\.description\b/.test(source)) return undefined;
      const dropped = dropDescriptions(source);
      // The template minifier would have loaded this file: do its work too.
      const contents = /(?:html|svg|css)`/.test(dropped) ? minifyTemplates(dropped) : dropped;
      return { contents, loader: 'ts' };
    });
  },
};
