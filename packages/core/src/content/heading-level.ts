/**
 * The editor's warning for a `heading-level` outside what a widget can use (code
 * `heading-level`), worded (in Dutch) when the editor reads it.
 */
import { coded, type ContentProblem } from './content-problem.js';

interface HeadingHost {
  headingLevel: number;
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
}

export function reportHeadingLevel(host: HeadingHost, min: number, max: number, used: number) {
  const value = host.headingLevel;
  const params = { min, max, value, used };
  host.reportProblems(
    'heading-level',
    value >= min && value <= max
      ? []
      : [coded('content', 'heading-level', { severity: 'warning', params })],
  );
}
