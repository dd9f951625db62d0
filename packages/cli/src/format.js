/**
 * Human report (Dutch by default) and the stable JSON report. Plain ES module.
 */
import { LABELS, fill } from './messages.js';

export const JSON_REPORT_VERSION = 1;

const MARK = { ok: '✓', error: '✗', warning: '!', skipped: '–' };

/**
 * @param {import('./check.js').FileReport[]} reports
 * @param {{ lang?: 'nl' | 'en', strict?: boolean }} [options]
 * @returns {string}
 */
export function formatHuman(reports, { lang = 'nl', strict = false } = {}) {
  const L = LABELS[lang];
  /** @type {string[]} */
  const out = [];
  const count = (/** @type {string} */ key, /** @type {number} */ n) =>
    fill(L[/** @type {'errors'} */ (key)], { count: n });
  for (const report of reports) {
    const head = [report.file];
    if (report.widget) head.push(fill(L.widget, { widget: report.widget }));
    if (report.languages.length)
      head.push(fill(L.languages, { languages: report.languages.join(', ') }));
    out.push(`${L.title}: ${head.join(' — ')}`);
    for (const check of report.checks) {
      const errors = check.problems.filter((p) => p.severity === 'error').length;
      const warnings = check.problems.filter((p) => p.severity === 'warning').length;
      /** @type {string[]} */
      const bits = [];
      if (errors) bits.push(count('errors', errors));
      if (warnings) bits.push(count('warnings', warnings));
      const info = check.info ?? {};
      if (check.status === 'skipped' && !check.problems.length) bits.push(L.skipped);
      else if (check.id === 'media' && !errors)
        bits.push(fill(L.mediaCount, { count: info.checked ?? 0 }));
      else if (check.id === 'captions' && !errors)
        bits.push(fill(L.captionCount, { count: info.files ?? 0, cues: info.cues ?? 0 }));
      else if (check.id === 'csv') bits.push(fill(L.rows, info));
      else if (!bits.length) bits.push(L.ok);
      out.push(`${MARK[check.status]} ${L[check.id]}: ${bits.join(', ')}`);
      for (const p of check.problems) {
        if (p.code === 'translation-missing') {
          const paths = /** @type {string[]} */ (p.params.paths);
          out.push(`    ${fill(L.missingFor, { lang: p.params.lang, count: paths.length })}`);
          for (const path of paths) out.push(`      ${path}`);
          continue;
        }
        const where = [p.path, p.file].filter(Boolean).join(' → ');
        out.push(`    ${where ? `${where}: ` : ''}${p.message}`);
      }
      if (check.id === 'readability' && report.readability.total) {
        const total = report.readability.total;
        const verdict = !total.scored
          ? L.verdictShort
          : total.aboveB1
            ? L.verdictAbove
            : L.verdictB1;
        out.push(`    ${fill(L.total, { ...total, verdict })}`);
      }
    }
    out.push('');
  }
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  if (reports.length > 1) out.push(fill(L.files, { count: reports.length }));
  if (!errors && !warnings) out.push(`${MARK.ok} ${L.summaryOk}`);
  else {
    const failed = errors > 0 || (strict && warnings > 0);
    out.push(
      `${failed ? MARK.error : MARK.warning} ${fill(L.summary, {
        errors: count('errors', errors),
        warnings: count('warnings', warnings),
      })}${strict && warnings ? ` ${L.strict}` : ''}`,
    );
    out.push(L.help);
  }
  return out.join('\n');
}

/**
 * The report for tools (`--json`). Shape documented in docs/checker.nl.md; bump
 * JSON_REPORT_VERSION when it changes incompatibly.
 * @param {import('./check.js').FileReport[]} reports
 * @param {{ strict?: boolean }} [options]
 */
export function toJsonReport(reports, { strict = false } = {}) {
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  return {
    version: JSON_REPORT_VERSION,
    ok: reports.every((r) => r.ok),
    strict,
    errors,
    warnings,
    files: reports,
  };
}
