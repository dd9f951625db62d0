/**
 * The problems a widget's check reports: a stable code, a path into the content
 * (`steps[2].title`), a severity and a message in Dutch for editors (English on request).
 * One message table for every widget, so the `preview` notice, the CLI and the snippet
 * builder word the same problem the same way.
 */
import type { CheckLang } from './messages.js';
import { wordCode } from './message-table.js';

export type { CheckLang } from './messages.js';

export interface CheckProblem {
  /** Stable, machine-readable (see docs/checker.nl.md), e.g. `schema-required`. */
  code: string;
  /** Where in the content, e.g. `steps[2].title`; empty for the file as a whole. */
  path: string;
  severity: 'error' | 'warning';
  /** In the chosen language (Dutch by default). */
  message: string;
  params: Record<string, unknown>;
}

export interface CheckOptions {
  lang?: CheckLang;
}

/** `steps[2].title` from path segments. */
export function joinPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const key of segments) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** The JSON type of a value, as the type names above know it. */
export function jsonType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * The message for a code in a language; unknown codes fall back to English, then the code.
 * Before the table is loaded (message-table.ts), the code itself.
 */
export const problemMessage = (
  code: string,
  params: Record<string, unknown>,
  lang: CheckLang = 'nl',
): string => wordCode(code, params, lang);

export function makeProblem(
  code: string,
  path: string,
  params: Record<string, unknown> = {},
  options: CheckOptions & { severity?: CheckProblem['severity'] } = {},
): CheckProblem {
  return {
    code,
    path,
    severity: options.severity ?? 'error',
    message: problemMessage(code, params, options.lang),
    params,
  };
}

/** The problems as one line each, `path: message`, for a console or a preview notice. */
export function problemLine(problem: CheckProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
