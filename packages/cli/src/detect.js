/**
 * Which widget a content file is for. Plain ES module. The widgets, their order and their
 * schema names come from the one widget list (widget-list.js); the shapes from the widgets'
 * checks.
 */
import { widgetList } from './widget-list.js';

/** The widgets whose content the checker knows, in the order shapes are tried. */
export const WIDGETS = widgetList.map(({ name }) => name);

/**
 * The same widgets for an editor, each by the word they know it by and its `--widget` name
 * ("stappenplan: step-guide, video: video-explainer, …"): from the list, so a new widget is
 * never left out of the Dutch hint.
 */
export const DUTCH_WIDGETS = widgetList
  .map(({ dutchName, name }) => `${dutchName}: ${name}`)
  .join(', ');

/**
 * Shape table: the first row whose keys include a top-level property of the file wins. Each
 * widget's check says which properties are its own (`shape`).
 * @type {Array<{ widget: string, keys: string[] }>}
 */
export const SHAPES = widgetList.map(({ name, check }) => ({
  widget: name,
  keys: [...check.shape],
}));

/**
 * Schema file names (without ".schema.json") that belong to a widget, besides "<widget>": its
 * schema file's own name and the list's aliases (contacts → contact-finder, route → step-guide).
 * @type {Record<string, string>}
 */
export const SCHEMA_NAMES = Object.fromEntries(
  widgetList.flatMap(({ name, schema }) =>
    [schema.file.replace(/\.schema\.json$/, ''), ...schema.aliases]
      .filter((alias) => alias !== name)
      .map((alias) => [alias, name]),
  ),
);

/**
 * @param {unknown} data parsed JSON
 * @returns {{ widget: string | null, by: 'schema' | 'shape' | null }}
 */
export function detectWidget(data) {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { widget: null, by: null };
  const record = /** @type {Record<string, unknown>} */ (data);
  const ref = record.$schema;
  if (typeof ref === 'string') {
    // "…/step-guide.schema.json", "@wegwijs/step-guide/schema/…", "…/schema/step-guide"
    const name = WIDGETS.find((w) =>
      new RegExp(`(^|[/@])${w}(\\.schema)?(\\.json)?([/#?]|$)`).test(ref),
    );
    if (name) return { widget: name, by: 'schema' };
    const file = /([\w-]+)\.schema\.json(?:[#?].*)?$/.exec(ref)?.[1] ?? '';
    const alias = SCHEMA_NAMES[file];
    if (alias) return { widget: alias, by: 'schema' };
  }
  for (const row of SHAPES) {
    if (row.keys.some((key) => key in record)) return { widget: row.widget, by: 'shape' };
  }
  return { widget: null, by: null };
}
