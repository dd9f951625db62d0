// esbuild plugin: minifies the text of Lit's tagged templates. esbuild minifies JavaScript but
// leaves template text alone, and our styles and markup are a good part of every widget's bytes.
//  - css`…` without `${…}`: comments and whitespace removed.
//  - html`…` and svg`…`: each run of whitespace that contains a line break (indentation from
//    the source formatting) becomes one space. A single space renders the same as a run of
//    them, and no template of ours puts line breaks inside <pre> or `white-space: pre`.
// Template expressions are scanned, not rewritten, so no JavaScript changes.
import { readFile } from 'node:fs/promises';

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/;}/g, '}')
    .trim();
}

const collapse = (text) => text.replace(/[ \t]*\r?\n\s*/g, ' ');

/**
 * Collapse the indentation inside html`…` and svg`…` templates of a TypeScript/JavaScript
 * source. A small scanner: it follows strings, comments, regular expressions and nested
 * `${…}`, and only touches the literal text of Lit templates.
 */
export function collapseTemplateWhitespace(source) {
  let out = '';
  let i = 0;
  const n = source.length;

  // Copies a template literal starting at the backtick at `i`; collapses its text when `lit`.
  function template(lit) {
    out += source[i++]; // the opening backtick
    let text = '';
    const flush = () => {
      out += lit ? collapse(text) : text;
      text = '';
    };
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += c;
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        code('}');
        out += '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
  }

  // Copies code up to the unmatched `close` (or the end), descending into nested constructs.
  function code(close) {
    let depth = 0;
    while (i < n) {
      const c = source[i];
      if (c === close && depth === 0) return;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (c === '`') {
        template(/(?:^|[^\w$.])(?:html|svg)$/.test(` ${source.slice(Math.max(0, i - 4), i)}`));
        continue;
      }
      if (c === '"' || c === "'") {
        const start = i++;
        while (i < n && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
        i++;
        out += source.slice(start, i);
        continue;
      }
      if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) {
        const line = source[i + 1] === '/';
        const end = source.indexOf(line ? '\n' : '*/', i + 2);
        const stop = end === -1 ? n : line ? end : end + 2;
        out += source.slice(i, stop);
        i = stop;
        continue;
      }
      if (
        c === '/' &&
        /(?:[(,=:[!&|?{};+\-*%<>~^]|^|\breturn)\s*$/.test(source.slice(0, i).slice(-12))
      ) {
        // A regular expression literal: copied whole (it may hold quotes or backticks).
        const start = i++;
        let inClass = false;
        while (i < n && (source[i] !== '/' || inClass) && source[i] !== '\n') {
          if (source[i] === '\\') i++;
          else if (source[i] === '[') inClass = true;
          else if (source[i] === ']') inClass = false;
          i++;
        }
        i++;
        out += source.slice(start, i);
        continue;
      }
      out += c;
      i++;
    }
  }

  code(undefined);
  return out;
}

export const minifyLitTemplates = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const hasCss = source.includes('css`');
      const hasHtml = source.includes('html`') || source.includes('svg`');
      if (!hasCss && !hasHtml) return undefined;
      let contents = hasCss
        ? source.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCssText(text)}\``)
        : source;
      if (hasHtml) contents = collapseTemplateWhitespace(contents);
      return { contents, loader: 'ts' };
    });
  },
};
