/**
 * The editor's warning for a `heading-level` outside what a widget can use (code
 * `heading-level`), in Dutch once core's message table is there: it loads only for this warning,
 * so a page whose attribute is fine never downloads it.
 */
import { checkMessages, loadCheckMessages, wordCode } from '../check/message-table.js';
import { problem, type ContentProblem } from './content-problem.js';

interface HeadingHost {
  headingLevel: number;
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
}

export function reportHeadingLevel(host: HeadingHost, min: number, max: number, used: number) {
  const value = host.headingLevel;
  const ok = value >= min && value <= max;
  const report = () => {
    if (host.headingLevel !== value) return; // changed again meanwhile
    const params = { min, max, value, used };
    host.reportProblems(
      'heading-level',
      ok
        ? []
        : [
            problem('content', wordCode('heading-level', params), {
              severity: 'warning',
              lang: 'nl',
            }),
          ],
    );
  };
  report();
  if (!ok && !checkMessages()) void loadCheckMessages().then(report, () => undefined);
}
