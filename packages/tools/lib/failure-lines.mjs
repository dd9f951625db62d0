/**
 * The lines naming what failed in a part's output (our runners mark them ✗, web-test-runner
 * ❌ under its file's name, node --test ✖), repeated in the summary: CI keeps only the end of
 * the log, and a flaky failure must be findable from it.
 */
const FAILURE_MARK = /^\s*(✗|❌|✖)/;
export function failureLines(output, limit = 15) {
  const lines = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const found = [];
  let file = ''; // web-test-runner names a file once, above all of its failures
  for (const line of lines) {
    if (/\.test\.\w+:\s*$/.test(line)) file = `${line.trim()} `;
    else if (FAILURE_MARK.test(line)) found.push(`${file}${line.trim()}`);
  }
  const unique = [...new Set(found)];
  return unique.length > limit
    ? [...unique.slice(0, limit), `… and ${unique.length - limit} more`]
    : unique;
}
