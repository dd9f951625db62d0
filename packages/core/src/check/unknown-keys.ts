/**
 * Fields an object schema does not know, one level deep: the widget ignores them, the editor
 * hears of them (`schema-unknown`, a typo such as "titel"), as `wegwijs check` names them.
 * In check/ so that the CDN build copies it into each widget that uses it, not the shared file.
 */
import { coded, type ContentProblem } from '../content/content-problem.js';
import { joinPath } from './problem.js';
export function unknownKeys(schema: unknown, value: unknown, at = ''): ContentProblem[] {
  type Shape = { entries?: Record<string, unknown>; pipe?: Shape[] };
  const entries = (schema as Shape).entries ?? (schema as Shape).pipe?.[0]?.entries;
  if (!entries || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((key) => !(key in entries))
    .map((key) => {
      const own = joinPath([key]);
      const path = !at ? own : own.startsWith('[') ? at + own : `${at}.${own}`;
      return coded('content', 'schema-unknown', {
        path,
        params: { key },
        severity: 'warning',
        note: 'note-ignored',
      });
    });
}
