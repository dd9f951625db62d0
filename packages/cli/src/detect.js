/**
 * Which widget a content file is for. Plain ES module.
 */

/** The widgets whose content the checker knows, in the order shapes are tried. */
export const WIDGETS = ['step-guide', 'video-explainer', 'letter-explainer', 'contact-finder'];

/**
 * Shape table: the first row whose keys include a top-level property of the file wins.
 * Add a row here when a widget gets a new characteristic property.
 * @type {Array<{ widget: string, keys: string[] }>}
 */
export const SHAPES = [
  { widget: 'step-guide', keys: ['steps'] },
  { widget: 'video-explainer', keys: ['versions'] },
  { widget: 'letter-explainer', keys: ['letter', 'questions'] },
  { widget: 'contact-finder', keys: ['contacts'] },
];

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
