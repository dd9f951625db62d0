/**
 * The editor's markup: a list of contacts that is a readable page without JavaScript.
 *   <li data-kind="sleutelpersoon" data-languages="ar nl" data-topics="geld brieven"
 *       data-areas="1011-1019" data-hours="ma,di 09:00-12:00">
 *     <h3 data-field="name">…</h3> <p data-field="role">…</p>
 *     <a data-field="phone" href="tel:…">…</a> …
 */
import { fromFlat, type Flat } from './flat.js';

function fieldValue(el: Element, field: string): string {
  const href = el.getAttribute('href') ?? '';
  if (field === 'email' && href.startsWith('mailto:')) return href.slice(7);
  if (field === 'website' || field === 'organization_url' || field === 'photo') {
    return href || el.getAttribute('src') || el.textContent || '';
  }
  if (field === 'whatsapp' && href) return href.replace(/^.*wa\.me\//, '').replace(/\D.*$/, '');
  if (field === 'photo_alt') return el.getAttribute('alt') ?? '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readMarkup(host: HTMLElement): unknown {
  const items = host.querySelectorAll(':scope > ul > li, :scope > ol > li');
  if (items.length === 0) return undefined;
  return {
    contacts: [...items].map((li) => {
      const flat: Flat = {};
      for (const { name, value } of li.attributes) {
        if (name.startsWith('data-')) flat[name.slice(5).replace(/-/g, '_')] = value;
      }
      for (const el of li.querySelectorAll('[data-field]')) {
        const field = el.getAttribute('data-field')!;
        flat[field] = fieldValue(el, field);
        if (field === 'photo') flat['photo_alt'] = el.getAttribute('alt') ?? undefined;
      }
      flat['name'] ??= li.querySelector('h2, h3, h4, h5, h6')?.textContent?.trim();
      return fromFlat(flat);
    }),
  };
}
