// esbuild plugin: minifies the text of Lit's tagged templates. esbuild minifies JavaScript but
// leaves template text alone, and our styles and markup are a good part of every widget's bytes.
//  - css`…`: minified by esbuild's own CSS minifier (a real CSS parser: it keeps the space of a
//    descendant combinator, which the regular expressions used before dropped). A `${…}` becomes
//    a placeholder identifier for the minifier and is put back after; a template whose
//    placeholders do not come back one each, in order, is left as it was (see minifyCss).
//  - html`…` and svg`…`: each run of whitespace that contains a line break (indentation from
//    the source formatting) becomes one space. A single space renders the same as a run of
//    them, and no template of ours puts line breaks inside <pre> or `white-space: pre`.
// Template expressions are scanned, not rewritten, so no JavaScript changes.
import { transformSync } from 'esbuild';
import { readFile } from 'node:fs/promises';

const collapse = (text) => text.replace(/[ \t]*\r?\n\s*/g, ' ');

/** The value of a template literal's raw text (its escapes applied), as Lit's `css` sees it. */
const cook = (raw) => (raw.includes('\\') ? new Function(`return \`${raw}\`;`)() : raw);
/** Back to template literal text: backslashes, backticks and `${` escaped. */
const uncook = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

const placeholder = (index) => `wegwijs-expr-${index}-x`;

/**
 * Minify the CSS of one css`…` template: `parts` are its raw text pieces around the `${…}`
 * expressions. Returns the minified raw pieces (as many), or `parts` unchanged when the CSS
 * cannot be minified safely (an expression in a place where an identifier does not parse, or
 * esbuild reports an error).
 */
export function minifyCss(parts) {
  const css = parts
    .map(cook)
    .reduce((all, part, index) => `${all}${placeholder(index - 1)}${part}`);
  let code;
  try {
    const result = transformSync(css, { loader: 'css', minify: true, logLevel: 'silent' });
    if (result.warnings.length) return parts;
    code = result.code.trim();
  } catch {
    return parts;
  }
  const out = [];
  for (let index = 0; index < parts.length - 1; index++) {
    const [before, ...rest] = code.split(placeholder(index));
    if (rest.length !== 1) return parts;
    out.push(before);
    code = rest[0];
  }
  out.push(code);
  return out.map(uncook);
}

/** Kinds of Lit template a backtick at `i` opens, from the tag before it. */
function tagBefore(source, i) {
  const match = /(?:^|[^\w$.])(html|svg|css)$/.exec(` ${source.slice(Math.max(0, i - 4), i)}`);
  return match?.[1];
}

/** Minify the text pieces of one template by its tag (css, html, svg; other tags untouched). */
const minifyPieces = (tag, parts) =>
  tag === 'css' ? minifyCss(parts) : tag ? parts.map(collapse) : parts;

/**
 * Minify the text of html`…`, svg`…` and css`…` templates in a TypeScript/JavaScript source.
 */
export const minifyTemplates = (source) => scanTemplates(source, minifyPieces);

/** The CSS text of every css`…` template of a source, `${…}` kept as written (for tests). */
export function cssTemplates(source) {
  const found = [];
  scanTemplates(source, (tag, parts, exprs) => {
    if (tag === 'css')
      found.push(
        parts.map(cook).reduce((all, part, index) => `${all}\${${exprs[index - 1]}}${part}`),
      );
    return parts;
  });
  return found;
}

/**
 * Copy a TypeScript/JavaScript source, passing the raw text pieces of each template literal
 * through `transform(tag, parts, exprs)` (tag: 'css', 'html', 'svg' or undefined). A small
 * scanner: it follows strings, comments, regular expressions and nested `${…}`.
 */
export function scanTemplates(source, transform) {
  let out = '';
  let i = 0;
  const n = source.length;

  // Copies a template literal starting at the backtick at `i`, its text through `transform`.
  function template(tag) {
    out += source[i++]; // the opening backtick
    const parts = [''];
    const exprs = [];
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        parts[parts.length - 1] += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        break;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        // The expression's code, with its own templates minified, copied through `out`.
        const mark = out.length;
        code('}');
        exprs.push(out.slice(mark));
        out = out.slice(0, mark);
        i++;
        parts.push('');
      } else {
        parts[parts.length - 1] += c;
        i++;
      }
    }
    const text = transform(tag, parts, exprs);
    out += text.reduce((all, part, index) => `${all}\${${exprs[index - 1]}}${part}`);
    out += '`';
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
        template(tagBefore(source, i));
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
      if (!/(?:html|svg|css)`/.test(source)) return undefined;
      return { contents: minifyTemplates(source), loader: 'ts' };
    });
  },
};
