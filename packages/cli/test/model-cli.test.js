// The CLI gives the same verdict and the same problem paths as each widget's own check, on
// every example and story file of the repository (and on the content pack, with and without
// the municipality profile).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCheck } from '../scripts/build-schemas.mjs';
import { exampleFiles, repoRoot } from './repo-files.js';

const cli = join(repoRoot, 'packages', 'cli', 'bin', 'wegwijs.mjs');
const pack = join(repoRoot, 'packages', 'content-oco');
const profilePath = join(pack, 'profiel-voorbeeld.json');

/** @typedef {ReturnType<typeof import('../src/format.js').toJsonReport>} JsonReport */
/** @typedef {import('../src/check.js').FileReport} FileReport */
/** @typedef {import('@wegwijs/core/check').WidgetCheckOptions} WidgetCheckOptions */
/** @typedef {import('@wegwijs/core/check').WidgetCheckResult} WidgetCheckResult */

/**
 * A widget's check entry as this test calls it (the contact finder's also reads CSV: `kind`).
 * @typedef {object} OwnCheck
 * @property {(input: unknown, options: WidgetCheckOptions & { kind?: 'json' | 'csv' }) => WidgetCheckResult} check
 */

/**
 * @param {string[]} args
 * @returns {JsonReport}
 */
function run(...args) {
  try {
    return JSON.parse(
      execFileSync(process.execPath, [cli, 'check', '--json', ...args], { encoding: 'utf8' }),
    );
  } catch (error) {
    return JSON.parse(/** @type {{ stdout: string }} */ (error).stdout);
  }
}

/**
 * The CLI's content problems (schema, profile, CSV), as `code path` lines.
 * @param {FileReport} report
 */
const cliProblems = (report) =>
  report.checks
    .filter((c) => ['schema', 'profile', 'csv'].includes(c.id))
    .flatMap((c) =>
      c.problems.map((p) => ({ line: `${p.code} ${p.path ?? ''}`, severity: p.severity })),
    );

describe('wegwijs check and the widgets’ checks agree', () => {
  /** @type {Record<string, OwnCheck>} */
  const checks = {};
  /** @type {ReturnType<typeof exampleFiles>} */
  const files = [
    ...exampleFiles(),
    { path: join(pack, 'content', 'step-guide-oco.json'), widget: 'step-guide', kind: 'json' },
    {
      path: join(pack, 'content', 'video-explainer-oco.json'),
      widget: 'video-explainer',
      kind: 'json',
    },
    {
      path: join(pack, 'content', 'question-helper-oco.json'),
      widget: 'question-helper',
      kind: 'json',
    },
    // A file with problems too: duplicate ids and empty texts (issue 18).
    {
      path: join(repoRoot, 'packages', 'cli', 'test', 'fixtures', 'question-duplicates.json'),
      widget: 'question-helper',
      kind: 'json',
    },
  ];
  /** The CLI on every file, once without and once with the profile (each run takes seconds). */
  const reports = new Map();
  const reportOf = (/** @type {boolean} */ withProfile) => {
    if (!reports.has(withProfile))
      reports.set(
        withProfile,
        run(...(withProfile ? ['--profiel', profilePath] : []), ...files.map((f) => f.path)),
      );
    return /** @type {JsonReport} */ (reports.get(withProfile));
  };
  /** The CLI's report for one of `files`. */
  const fileReport = (/** @type {string} */ path, /** @type {boolean} */ withProfile) => {
    const found = reportOf(withProfile).files[files.findIndex((f) => f.path === path)];
    if (!found) throw new Error(`no CLI report for ${path}`);
    return found;
  };
  before(async () => {
    for (const widget of new Set(files.map((f) => f.widget)))
      checks[widget] = await loadCheck(widget);
  });

  it('question helper: duplicate ids and empty texts, the same codes and paths as its own check', () => {
    const file = join(repoRoot, 'packages', 'cli', 'test', 'fixtures', 'question-duplicates.json');
    const cliReport = fileReport(file, false);
    const expected = [
      'question-domain-twice domains[1].id',
      'question-statement-twice domains[0].statements[1].id',
      'text-empty domains[0].label.ar',
      'text-empty domains[0].statements[2].text',
    ];
    const fromCli = cliProblems(cliReport);
    assert.deepEqual(fromCli.map((p) => p.line).sort(), expected);
    assert.ok(fromCli.every((p) => p.severity === 'error'));
    const ownCheck = checks['question-helper'];
    if (!ownCheck) throw new Error('no check loaded');
    const own = ownCheck.check(readFileSync(file, 'utf8'), {});
    assert.equal(own.ok, false);
    assert.deepEqual(own.problems.map((p) => `${p.code} ${p.path}`).sort(), expected);
    const worded = own.problems.map((p) => p.message).join('\n');
    assert.match(worded, /de naam "geld" staat al bij een ander levensgebied/);
    assert.match(worded, /de tekst is leeg: schrijf de tekst voor bewoners/);
  });

  it('the content pack passes only with a profile; without one, each missing value is named', () => {
    const contents = ['step-guide-oco.json', 'question-helper-oco.json'].map((name) =>
      join(pack, 'content', name),
    );
    /** Every `{{field}}` in the file, as "path field" (each field once per text). */
    const fieldsIn = (/** @type {string} */ path) => {
      /** @type {Set<string>} */
      const out = new Set();
      const walk = (/** @type {unknown} */ value, /** @type {string} */ at) => {
        if (typeof value === 'string')
          for (const [, field] of value.matchAll(/\{\{(\w+)\}\}/g)) out.add(`${at} ${field}`);
        else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
        else if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
      };
      walk(JSON.parse(readFileSync(path, 'utf8')), '');
      return [...out].sort();
    };
    const named = contents.map((path) =>
      fileReport(path, false)
        .checks.filter((c) => c.id === 'profile')
        .flatMap((c) => c.problems)
        .filter((p) => p.code === 'profile-missing' && p.severity === 'error')
        .map((p) => `${p.path} ${/** @type {{ field: string }} */ (p.params).field}`)
        .sort(),
    );
    assert.ok(fieldsIn(contents[0] ?? '').length > 10, 'the route uses profile fields');
    contents.forEach((path, i) => assert.deepEqual(named[i], fieldsIn(path), path));
    assert.equal(fileReport(contents[0] ?? '', false).ok, false);
    for (const path of contents) {
      const file = fileReport(path, true);
      assert.deepEqual(cliProblems(file), [], path);
      assert.equal(file.ok, true, path);
    }
  });

  for (const withProfile of [false, true]) {
    it(`every example and story file${withProfile ? ', with a profile' : ''}: same verdict, same paths`, () => {
      const profile = withProfile ? JSON.parse(readFileSync(profilePath, 'utf8')) : undefined;
      const report = reportOf(withProfile);
      assert.equal(report.files.length, files.length);
      let agreed = 0;
      files.forEach((file, i) => {
        const cliReport = report.files[i];
        if (!cliReport) throw new Error(`no CLI report for ${file.path}`);
        assert.equal(cliReport.widget, file.widget, file.path);
        const ownCheck = checks[file.widget];
        if (!ownCheck) throw new Error(`no check loaded for ${file.widget}`);
        const own = ownCheck.check(readFileSync(file.path, 'utf8'), {
          profile,
          kind: file.kind,
        });
        const fromCli = cliProblems(cliReport);
        assert.deepEqual(
          fromCli.map((p) => p.line).sort(),
          own.problems.map((p) => `${p.code} ${p.path}`).sort(),
          file.path,
        );
        assert.equal(!fromCli.some((p) => p.severity === 'error'), own.ok, file.path);
        agreed++;
      });
      assert.equal(agreed, files.length);
    });
  }
});
