/**
 * `wegwijs check` core: checks one content file (JSON or contact CSV) and returns a report.
 * Plain ES module without Node APIs: file access comes in through `io`, so the same code runs
 * in Node (bin/wegwijs.mjs) and in a browser page (see fetch-io.js).
 */
import { detectWidget, DUTCH_WIDGETS, WIDGETS } from './detect.js';
import { jsonErrorPosition } from './json-path.js';
import { validateWithSchema } from './schema.js';
import { findTexts, missingTranslations } from './texts.js';
import { CHECKS, CSV_WIDGET, checkContactsCsv } from './widgets.js';
import { profileProblems } from '@wegwijs/core/check';
import { message } from './messages.js';
import { auditHtml } from './markup.js';
import { droppedProblem } from '@wegwijs/core/content/markup-audit';
import { result, skipped } from './check-result.js';
import { checkMedia } from './check-media.js';
import { checkReadability } from './check-readability.js';

/**
 * @typedef {object} CheckIO
 * @property {(url: URL) => Promise<boolean>} [exists] whether a referenced file exists
 * @property {(url: URL) => Promise<string | null>} [readText] a referenced file's text (captions), or null
 */

/**
 * @typedef {object} CheckOptions
 * @property {string | null} text the file contents (null: the file could not be read)
 * @property {URL} url where the file is (relative references are resolved against it)
 * @property {string} [name] the name to show (defaults to the URL's last part)
 * @property {string} [widget] skip detection: step-guide, video-explainer, letter-explainer, contact-finder,
 *   question-helper
 * @property {'json' | 'csv' | 'html'} [kind] skip detection (by extension, else by the first character)
 * @property {URL} [rootUrl] the website root, for references that start with "/"
 * @property {'nl' | 'en'} [lang] language of the messages (default nl)
 * @property {boolean} [strict] warnings count as errors
 * @property {Record<string, unknown>} [profile] the municipality profile ({{telefoon}} and the like)
 * @property {object} [schema] also validate with this JSON Schema (--schema)
 */

/**
 * @typedef {object} Problem
 * @property {'error' | 'warning' | 'info'} severity
 * @property {string} code stable machine-readable code (see docs/checker.nl.md)
 * @property {string} message human text in the chosen language
 * @property {string} [path] JSON path, e.g. `steps[2].title`
 * @property {string} [file] another file the problem is in (captions)
 * @property {number} [line]
 * @property {number} [column]
 * @property {number} [row] spreadsheet row (CSV; header = 1)
 * @property {Record<string, unknown>} params
 */

/**
 * @typedef {'parse' | 'schema' | 'profile' | 'csv' | 'markup' | 'translations' | 'media' | 'captions' | 'readability'} CheckId
 * @typedef {object} CheckResult
 * @property {CheckId} id
 * @property {'ok' | 'error' | 'warning' | 'skipped'} status
 * @property {Problem[]} problems
 * @property {Record<string, unknown>} [info]
 */

/**
 * @typedef {object} FileReport
 * @property {string} file
 * @property {'json' | 'csv' | 'html'} kind
 * @property {string | null} widget
 * @property {'option' | 'schema' | 'shape' | null} widgetDetectedBy
 * @property {boolean} ok
 * @property {number} errors
 * @property {number} warnings
 * @property {CheckResult[]} checks
 * @property {string[]} languages
 * @property {Record<string, string[]>} missingTranslations
 * @property {{ total: import('./readability.js').ReadabilityScore | null, texts: Array<{ path: string } & import('./readability.js').ReadabilityScore> }} readability
 */

/**
 * The texts for residents where the widget's schema says texts are, in the shape texts.js uses.
 * @param {unknown} data
 * @param {string} widget
 * @returns {import('./texts.js').FoundText[]}
 */
function widgetTexts(data, widget) {
  const root = /** @type {Record<string, unknown>} */ (
    data && typeof data === 'object' ? data : {}
  );
  const defaultLang = typeof root.lang === 'string' ? root.lang : 'nl';
  return widgetCheckOf(widget)
    .texts(data)
    .map((/** @type {{ path: string, value: string | Record<string, string> }} */ t) => {
      const plain = typeof t.value === 'string';
      /** @type {Record<string, string>} */
      const values = {};
      for (const [k, v] of Object.entries(plain ? { [defaultLang]: t.value } : t.value))
        if (String(v).trim()) values[k] = String(v);
      return { path: t.path, segments: [], values, fixed: false, plain };
    });
}

/**
 * The widget's own check; throws for a widget the CLI does not know (detection and the
 * `--widget` option only give known ones).
 * @param {string} widget
 */
function widgetCheckOf(widget) {
  const widgetCheck = CHECKS[widget];
  if (!widgetCheck) throw new Error(`No check for widget "${widget}" (${WIDGETS.join(', ')})`);
  return widgetCheck;
}

/**
 * Check one content file.
 * @param {CheckOptions} options
 * @param {CheckIO} [io]
 * @returns {Promise<FileReport>}
 */
export async function checkContent(options, io = {}) {
  const lang = options.lang ?? 'nl';
  const name = options.name ?? decodeURIComponent(options.url.pathname.split('/').pop() ?? '');
  /**
   * @param {Problem['severity']} severity
   * @param {string} code
   * @param {Record<string, unknown>} params
   * @param {Partial<Problem>} [where]
   * @returns {Problem}
   */
  const problem = (severity, code, params, where = {}) => {
    const text = message(code, params, lang);
    return { severity, code, message: text, ...where, params };
  };
  // By extension; otherwise by the first character ("{" or "[" is JSON, "<" is HTML, else a
  // CSV).
  const extension = /\.([a-z0-9]+)$/i.exec(options.url.pathname)?.[1]?.toLowerCase() ?? '';
  /** @type {'json' | 'csv' | 'html'} */
  const kind =
    options.kind ??
    (extension === 'json'
      ? 'json'
      : extension === 'csv' || extension === 'tsv'
        ? 'csv'
        : extension === 'html' || extension === 'htm' || /^\uFEFF?\s*</.test(options.text ?? '')
          ? 'html'
          : /^\uFEFF?\s*[[{]/.test(options.text ?? '{')
            ? 'json'
            : 'csv');
  /** @type {FileReport} */
  const report = {
    file: name,
    kind,
    widget: null,
    widgetDetectedBy: null,
    ok: true,
    errors: 0,
    warnings: 0,
    checks: [],
    languages: [],
    missingTranslations: {},
    readability: { total: null, texts: [] },
  };
  const finish = () => {
    const all = report.checks.flatMap((c) => c.problems);
    report.errors = all.filter((p) => p.severity === 'error').length;
    report.warnings = all.filter((p) => p.severity === 'warning').length;
    report.ok = report.errors === 0 && !(options.strict && report.warnings > 0);
    return report;
  };

  if (options.text === null) {
    report.checks.push(result('parse', [problem('error', 'file-unreadable', {})]));
    return finish();
  }
  const text = options.text;

  if (kind === 'html') {
    // The editor's markup: what each widget on the page will not show, by the widgets' own
    // allowlist and in the words of their preview report.
    const widgets = auditHtml(text);
    report.widget = widgets[0]?.tag.replace(/^wegwijs-/, '') ?? null;
    report.widgetDetectedBy = widgets.length ? 'shape' : null;
    /** @type {Problem[]} */
    const problems = [];
    if (!widgets.length) problems.push(problem('warning', 'markup-no-widget', {}));
    for (const w of widgets) {
      if (!w.dropped.size) continue;
      const list = [...w.dropped].map(([what, n]) => ({ what, count: n, line: w.first.get(what) }));
      const where = `<${w.tag}>${w.line ? ` (${lang === 'nl' ? 'regel' : 'line'} ${w.line})` : ''}`;
      const dutch = droppedProblem(w.dropped, where)?.message ?? '';
      const params = { widget: w.tag, line: w.line, dropped: list };
      problems.push({
        ...problem('warning', 'markup-dropped', {
          ...params,
          where,
          list: list.map((d) => (d.count > 1 ? `${d.what} (${d.count}×)` : d.what)).join(', '),
        }),
        ...(lang === 'nl' ? { message: dutch } : {}),
        ...(w.line ? { line: w.line } : {}),
      });
    }
    report.checks.push(result('markup', problems, { widgets: widgets.length }));
    return finish();
  }

  if (kind === 'csv') {
    report.widget = CSV_WIDGET;
    report.widgetDetectedBy = options.widget ? 'option' : 'shape';
    const csv = checkContactsCsv(text, { lang });
    report.checks.push(
      result(
        'csv',
        csv.problems.map((p) => {
          const row = Number(/^rij (\d+)/.exec(p.path)?.[1]) || undefined;
          return { ...p, ...(row ? { row } : {}) };
        }),
        { rows: csv.rows, contacts: csv.contacts, columns: csv.columns, delimiter: ';' },
      ),
    );
    return finish();
  }

  // 1. Parse.
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
    report.checks.push(result('parse', []));
  } catch {
    const at = jsonErrorPosition(text);
    report.checks.push(
      result('parse', [problem('error', 'json-syntax', at, { line: at.line, column: at.column })]),
    );
    for (const id of /** @type {CheckId[]} */ ([
      'schema',
      'profile',
      'translations',
      'media',
      'captions',
      'readability',
    ])) {
      report.checks.push(skipped(id, 'json-syntax'));
    }
    return finish();
  }

  // 2. Schema.
  const detected = options.widget
    ? { widget: options.widget, by: /** @type {const} */ ('option') }
    : detectWidget(data);
  report.widget = detected.widget;
  report.widgetDetectedBy = detected.by;
  if (!detected.widget) {
    report.checks.push(
      result('schema', [
        problem('error', 'widget-unknown', {
          widgets: WIDGETS.join(', '),
          dutchWidgets: DUTCH_WIDGETS,
        }),
      ]),
    );
  } else {
    // The widget's own check: the same schema, rules and messages as the widget's preview.
    // With --schema, that schema replaces it (content of another shape, such as a video script).
    const isProfile = (/** @type {{ code: string }} */ p) =>
      p.code.startsWith('profile-') || p.code === 'placeholder-left';
    if (options.schema) {
      const problems = validateWithSchema(data, options.schema).map((p) =>
        problem('error', p.code, p.params, { path: p.path }),
      );
      report.checks.push(result('schema', problems, { schema: 'option' }));
      const profile = profileProblems(data, /** @type {any} */ (options.profile), { lang });
      report.checks.push(result('profile', profile, { profile: !!options.profile }));
    } else {
      /** @type {import('@wegwijs/core/check').WidgetCheckResult} */
      const checked = widgetCheckOf(detected.widget).check(data, {
        lang,
        profile: options.profile,
        kind: 'json',
      });
      report.checks.push(
        result(
          'schema',
          checked.problems.filter((p) => !isProfile(p)),
          { widget: detected.widget },
        ),
      );
      report.checks.push(
        result('profile', checked.problems.filter(isProfile), { profile: !!options.profile }),
      );
    }
  }

  // 3. Translations.
  const texts =
    detected.widget && !options.schema ? widgetTexts(data, detected.widget) : findTexts(data).texts;
  const { languages, missing } = missingTranslations(texts);
  report.languages = languages;
  report.missingTranslations = missing;
  report.checks.push(
    result(
      'translations',
      Object.entries(missing).map(([language, paths]) =>
        problem('warning', 'translation-missing', { lang: language, count: paths.length, paths }),
      ),
      { languages, texts: texts.length },
    ),
  );

  // 4. Media and captions.
  report.checks.push(...(await checkMedia(data, options, io, problem)));

  // 5. Readability of the Dutch texts.
  const read = checkReadability(texts, problem);
  report.readability = read.readability;
  report.checks.push(read.check);

  return finish();
}
