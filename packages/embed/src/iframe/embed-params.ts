/** Reads the iframe page's URL parameters, accepting only what is known and safe. */
import { widgetLoaders } from '../widgets.js';

export interface EmbedParams {
  widget?: string;
  lang?: string;
  title?: string;
  parentOrigin?: string;
  attributes: [string, string][];
  tokens: [string, string][];
}

/** Attributes an editor may set through the URL (passed to the widget as they are). */
const PASSED_ATTRIBUTES = [
  'src',
  'lang',
  'view',
  'mode',
  'preview',
  'language',
  'topic',
  'postcode',
  'heading-level',
];
const TOKEN = /^--(wegwijs|utrecht|basis|nl|ams)-[a-z0-9-]+$/;
// A token value may not escape its declaration or load anything.
const SAFE_VALUE = /^[^;{}<>\\]*$/;

export function readEmbedParams(search: URLSearchParams): EmbedParams {
  const name = search.get('widget') ?? '';
  const tag = name.startsWith('wegwijs-') ? name : `wegwijs-${name}`;
  const attributes: [string, string][] = [];
  const tokens: [string, string][] = [];
  for (const [key, value] of search) {
    if (PASSED_ATTRIBUTES.includes(key)) attributes.push([key, value]);
    else if (TOKEN.test(key) && SAFE_VALUE.test(value) && !/url\s*\(/i.test(value))
      tokens.push([key, value]);
  }
  let parentOrigin: string | undefined;
  try {
    const given = search.get('parent');
    parentOrigin = given ? new URL(given).origin : undefined;
  } catch {
    parentOrigin = undefined;
  }
  return {
    widget: tag in widgetLoaders ? tag : undefined,
    lang: search.get('lang') ?? undefined,
    title: search.get('title') ?? undefined,
    parentOrigin,
    attributes,
    tokens,
  };
}
