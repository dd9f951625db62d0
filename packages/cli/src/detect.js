/**
 * Which widget a content file is for. Plain ES module. The shapes come from the widgets' checks.
 */
import { CHECKS } from './widgets.js';

/** The widgets whose content the checker knows, in the order shapes are tried. */
export const WIDGETS = [
  'step-guide',
  'video-explainer',
  'letter-explainer',
  'contact-finder',
  'question-helper',
];

/**
 * Shape table: the first row whose keys include a top-level property of the file wins. Each
 * widget's check says which properties are its own (`shape`).
 * @type {Array<{ widget: string, keys: string[] }>}
 */
export const SHAPES = WIDGETS.map((widget) => ({
  widget,
  keys: [.../** @type {any} */ (CHECKS)[widget].shape],
}));

/**
 * Schema file names (without ".schema.json") that belong to a widget, besides "<widget>".
 * @type {Record<string, string>}
 */
export const SCHEMA_NAMES = {
  contacts: 'contact-finder',
  letter: 'letter-explainer',
  video: 'video-explainer',
  route: 'step-guide',
};

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
