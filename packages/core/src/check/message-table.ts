/**
 * The table of check messages (Dutch for editors, English on request), loaded only when there
 * is a problem to word. A resident's page whose content is fine never downloads it; the CLI,
 * Studio and `@wegwijs/<widget>/check` set it at once (`useCheckMessages`). One table per
 * page: this module holds it, so the CDN build must not copy it (packages/embed/cdn-build.mjs).
 */
import type { CheckLang } from './messages.js';

export interface MessageTable {
  messages: Record<CheckLang, Record<string, string>>;
  typeNames: Record<CheckLang, Record<string, string>>;
  /** Words a code from this table (`wordWith` in messages.ts). */
  word?: (code: string, params: Record<string, unknown>, lang: CheckLang) => string;
}

let table: MessageTable | undefined;
let loading: Promise<void> | undefined;

/** The table, when set or loaded; until then a problem is worded by its code. */
export const checkMessages = (): MessageTable | undefined => table;

export function useCheckMessages(messages: MessageTable): void {
  table = messages;
}

/** Load the table (once); resolves when problems can be worded. */
export function loadCheckMessages(): Promise<void> {
  loading ??= import('./messages.js').then((m) => useCheckMessages(m.CHECK_TABLE));
  return loading;
}

/**
 * A code worded from the table (Dutch unless English is asked for; unknown codes fall back to
 * English, then the code itself, also until the table is there). The one wording of every
 * problem: the `preview` notice, the CLI and the snippet builder all come here. The wording
 * itself (`wordWith` in messages.ts) comes with the table, so residents never download it.
 */
export function wordCode(
  code: string,
  params: Record<string, unknown> = {},
  lang: CheckLang = 'nl',
): string {
  return table?.word ? table.word(code, params, lang) : code;
}
