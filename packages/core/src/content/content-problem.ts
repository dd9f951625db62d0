import { wordCode } from '../check/message-table.js';

/**
 * One thing wrong with a widget's content, for the web editor: a stable code with its path and
 * parameters, worded only when it is read (the `preview` notice, the console), from core's one
 * message table, in the same words as `wegwijs check` and the snippet builder.
 */
export interface ContentProblem {
  /** The kind of problem: whether the file could be fetched, parsed, or its content is wrong. */
  code: 'network' | 'http' | 'timeout' | 'too-large' | 'parse' | 'schema' | 'content' | 'empty';
  /**
   * The check's stable code, as `wegwijs check` names it (docs/checker.nl.md), e.g.
   * `schema-required`; absent only for a few markup problems with their own Dutch text.
   */
  checkCode?: string;
  /** The parameters the message is worded with (`{ expected: 'string', actual: 'number' }`). */
  params?: Record<string, unknown>;
  /** What the widget did about it, as a check code worded after the message (`step-skipped`). */
  note?: string;
  /**
   * `path: message`, e.g. `steps[2].title: verwacht tekst of { "nl": "…" }, gevonden getal`,
   * worded when read: the check's code until the message table is there (it loads only when
   * a widget has a problem to report).
   */
  readonly message: string;
  /** Where in the content, e.g. `steps[2].title` or `contacts`. */
  path?: string;
  /** `error` leaves the widget without content; `warning` is skipped or repaired. */
  severity: 'error' | 'warning';
  /** The message's language: Dutch unless said (editors read Dutch; English only on request). */
  lang?: string;
}

type Extra = Partial<
  Pick<ContentProblem, 'path' | 'severity' | 'lang' | 'params' | 'checkCode' | 'note'>
>;

/** A problem with a fixed text (from a check that words its own, such as the markup audit). */
export function problem(
  code: ContentProblem['code'],
  message: string,
  extra: Extra = {},
): ContentProblem {
  return { code, message, severity: 'error', ...extra };
}

/**
 * A problem by its check code, path and parameters, worded when read (Dutch, or the
 * `lang` asked for: the message table has `nl` and `en`).
 */
export function coded(
  code: ContentProblem['code'],
  checkCode: string,
  extra: Extra = {},
): ContentProblem {
  const found = { code, checkCode, severity: 'error' as const, lang: 'nl', ...extra };
  return Object.defineProperty(found, 'message', {
    enumerable: true,
    get: () => {
      const lang = found.lang as 'nl' | 'en';
      const said = wordCode(checkCode, found.params, lang);
      const note = found.note ? ` ${wordCode(found.note, {}, lang)}` : '';
      return (found.path ? `${found.path}: ${said}` : said) + note;
    },
  }) as ContentProblem;
}

/** Only the worded message, without its path (as `wegwijs check` prints it after the path). */
export function problemText(p: ContentProblem): string {
  return p.checkCode && p.path && p.message.startsWith(`${p.path}: `)
    ? p.message.slice(p.path.length + 2)
    : p.message;
}

/** A problem of a widget's check (`@wegwijs/<widget>/check`) as the widget reports it. */
export function fromCheck(
  p: {
    code: string;
    path: string;
    params: Record<string, unknown>;
    severity: ContentProblem['severity'];
  },
  kind: ContentProblem['code'],
  severity: ContentProblem['severity'] = p.severity,
  extra: { path?: string; note?: string } = {},
): ContentProblem {
  const path = extra.path ?? (p.path || undefined);
  return coded(kind, p.code, { path, params: p.params, severity, note: extra.note });
}
