// esbuild plugin: minifies the text of Lit `css` tagged templates (comments, whitespace).
// esbuild minifies JS but leaves template text alone, and our styles are a good part of
// every widget's bytes. Only templates without `${…}` are touched, so no expression changes.
import { readFile } from 'node:fs/promises';

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export const minifyLitCss = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('css`')) return undefined;
      return {
        contents: source.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCssText(text)}\``),
        loader: 'ts',
      };
    });
  },
};
