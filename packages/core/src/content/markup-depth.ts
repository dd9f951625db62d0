/**
 * Very deep editor markup (10,000 nested elements, hostile or pasted by mistake) costs the
 * browser seconds every time it lays the page out again: when the widget attaches its shadow
 * root, slots the markup, and moves it into a named slot. Measured with the quality gates'
 * hostile-markup corpus (test/quality/checks/markup.mjs) on the CDN files: a 2.0–5.5 s task.
 * So, before the shadow root exists, every element deeper than MAX_DEPTH levels is cut to its
 * words (one text node): one selector match and one `textContent` per cut, linear in the size
 * of the markup, and no HTML is parsed. No editor's letter, step or contact comes near it.
 */
import { coded, type ContentProblem } from './content-problem.js';

type ReportingHost = HTMLElement & {
  reportProblems(source: string, problems: ContentProblem[]): void;
};

/** Reports a cut to the editor (`preview` notice, console) by its code, worded when read. */
export function reportCut(
  host: ReportingHost,
  code: 'markup-depth' | 'markup-width',
  params: Record<string, unknown>,
): void {
  host.reportProblems(code, [coded('content', code, { severity: 'warning', params })]);
}

export const MAX_DEPTH = 32;

/** Elements exactly MAX_DEPTH + 1 levels below the host: the tops of what is cut. */
const TOO_DEEP = `:scope${' > *'.repeat(MAX_DEPTH + 1)}`;

/**
 * Cuts the host's markup below MAX_DEPTH levels to its text; reports it (in Dutch, for the
 * editor's `preview` notice and the console) when it did.
 */
export function flattenDeepMarkup(host: ReportingHost): void {
  const cut = host.querySelectorAll(TOO_DEEP);
  if (!cut.length) return;
  for (const el of cut) el.replaceWith(el.textContent ?? '');
  reportCut(host, 'markup-depth', { limit: MAX_DEPTH, count: cut.length });
}
