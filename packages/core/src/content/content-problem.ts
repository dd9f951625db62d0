/** One thing wrong with a widget's content, worded for the web editor. */
export interface ContentProblem {
  code: 'network' | 'http' | 'timeout' | 'too-large' | 'parse' | 'schema' | 'content' | 'empty';
  /** Precise, e.g. `steps[2].title: expected text, got number`. */
  message: string;
  /** Where in the content, e.g. `steps[2].title` or `row 14`. */
  path?: string;
  /** `error` leaves the widget without content; `warning` is skipped or repaired. */
  severity: 'error' | 'warning';
  /** The message's language: Dutch unless said (editors read Dutch; English only on request). */
  lang?: string;
}

export function problem(
  code: ContentProblem['code'],
  message: string,
  extra: Partial<Pick<ContentProblem, 'path' | 'severity' | 'lang'>> = {},
): ContentProblem {
  return { code, message, severity: 'error', ...extra };
}
