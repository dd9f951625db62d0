import { html, type TemplateResult } from 'lit';
import { listFormat } from './formatters.js';

/**
 * A list in the interface language's own way (Arabic "،", not a Latin comma): items may be
 * templates (a language name in its own `lang`), so the separators come from
 * `Intl.ListFormat.formatToParts` and the items stay as they are.
 */
export function formatList(items: readonly unknown[], ui: string): TemplateResult {
  let format: Intl.ListFormat;
  try {
    format = listFormat(ui, { style: 'short', type: 'unit' });
  } catch {
    format = listFormat('nl', { style: 'short', type: 'unit' });
  }
  let next = 0;
  const parts = format
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[next++] : part.value));
  return html`${parts}`;
}
