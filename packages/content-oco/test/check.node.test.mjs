// `wegwijs check` (the real CLI, in Node) on every file of the pack, as an editor runs it.
// Run: node --test packages/content-oco/test/
import { readUiLocales } from '../../tools/lib/locales.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pack = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(pack, '..', 'cli', 'bin', 'wegwijs.mjs');
const content = join(pack, 'content');
const profile = join(pack, 'profiel-voorbeeld.json');

/** @param {string[]} args */
function check(...args) {
  try {
    return JSON.parse(
      execFileSync(process.execPath, [cli, 'check', '--json', ...args], { encoding: 'utf8' }),
    );
  } catch (error) {
    // exit status 1 = problems found; the JSON report is still on stdout
    return JSON.parse(/** @type {{ stdout: string }} */ (error).stdout);
  }
}

const FILES = [
  ['step-guide-oco.json'],
  [
    'video-script-oco.json',
    '--widget',
    'video-explainer',
    '--schema',
    join(pack, 'schema', 'video-script.schema.json'),
  ],
  [
    'contact-finder-intro.json',
    '--widget',
    'contact-finder',
    '--schema',
    join(pack, 'schema', 'contact-finder-intro.schema.json'),
  ],
  // Found by its $schema and checked with @wegwijs/question-helper/check.
  ['question-helper-oco.json'],
];

for (const [file, ...options] of FILES) {
  test(`${file}: with a profile, no errors and no warnings (schema, 12 languages, Dutch at B1)`, () => {
    const report = check('--profiel', profile, ...options, join(content, file));
    // Info lines (glossary terms and long words per text) are a list for the editor, not problems.
    const problems = report.files[0].checks.flatMap((c) =>
      c.problems
        .filter((p) => p.severity !== 'info')
        .map((p) => `${c.id}: ${p.code} ${p.path ?? ''}`),
    );
    assert.deepEqual(problems, []);
    assert.equal(report.ok, true);
    assert.deepEqual([...report.files[0].languages].sort(), [...readUiLocales().all].sort());
  });
}

test('step-guide-oco.json: without a profile, the checker names each missing value', () => {
  const report = check(join(content, 'step-guide-oco.json'));
  assert.equal(report.ok, false);
  const missing = report.files[0].checks
    .find((c) => c.id === 'profile')
    .problems.map((p) => `${p.code} ${p.params.field} ${p.path}`);
  // Every language's sentence (12), and the call button's number.
  for (const field of ['telefoon', 'whatsapp', 'adres', 'inlooptijden', 'reactietijd', 'website']) {
    assert.ok(missing.filter((m) => m.startsWith(`profile-missing ${field} `)).length >= 12, field);
  }
  assert.ok(missing.includes('profile-missing telefoon steps[3].action.phone'));
  const words = report.files[0].checks.find((c) => c.id === 'profile').problems[0].message;
  assert.match(words, /\{\{telefoon\}\} is niet ingevuld/);
});

test('video-script-oco.json: without a profile, {{telefoon}} and {{whatsapp}} are named in every language', () => {
  const report = check(
    '--widget',
    'video-explainer',
    '--schema',
    join(pack, 'schema', 'video-script.schema.json'),
    join(content, 'video-script-oco.json'),
  );
  const fields = report.files[0].checks
    .find((c) => c.id === 'profile')
    .problems.map((p) => p.params.field);
  assert.deepEqual([...new Set(fields)].sort(), ['telefoon', 'whatsapp']);
  assert.equal(fields.filter((f) => f === 'telefoon').length, 12);
  assert.equal(fields.filter((f) => f === 'whatsapp').length, 12);
});

test('question-helper-oco.json: wegwijs check knows it as question-helper content', () => {
  const report = check(join(content, 'question-helper-oco.json'));
  assert.equal(report.files[0].widget, 'question-helper');
  assert.equal(report.files[0].widgetDetectedBy, 'schema');
  // The check can fail: a domain without a label and an unknown topic are errors.
  const site = mkdtempSync(join(tmpdir(), 'wegwijs-qh-'));
  try {
    const broken = join(site, 'questions.json');
    writeFileSync(
      broken,
      JSON.stringify({ domains: [{ id: 'geld', topic: 'geldzaken', statments: [] }] }),
    );
    const bad = check(broken);
    assert.equal(bad.files[0].widget, 'question-helper');
    assert.equal(bad.ok, false);
    const found = bad.files[0].checks
      .find((c) => c.id === 'schema')
      .problems.map((p) => `${p.code} ${p.path}`);
    assert.ok(found.includes('schema-required domains[0].label'), found.join('; '));
    assert.ok(found.includes('schema-enum domains[0].topic'), found.join('; '));
    assert.ok(found.includes('schema-unknown domains[0].statments'), found.join('; '));
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('video-explainer-oco.json: in the pack only the media to copy are missing', () => {
  const report = check(join(content, 'video-explainer-oco.json'));
  const problems = report.files[0].checks
    .flatMap((c) => c.problems)
    .filter((p) => p.severity !== 'info');
  assert.ok(problems.length > 0);
  for (const p of problems) {
    assert.equal(p.code, 'media-missing');
    assert.match(p.params.ref, /^media\//);
  }
});

test('video-explainer-oco.json: no errors and no warnings once media/ is copied next to it', () => {
  const site = mkdtempSync(join(tmpdir(), 'wegwijs-oco-'));
  try {
    cpSync(content, site, { recursive: true });
    cpSync(join(pack, '..', 'video-explainer', 'media'), join(site, 'media'), { recursive: true });
    const report = check(join(site, 'video-explainer-oco.json'));
    const problems = report.files[0].checks.flatMap((c) =>
      c.problems
        .filter((p) => p.severity !== 'info')
        .map((p) => `${c.id}: ${p.code} ${p.path ?? ''}`),
    );
    assert.deepEqual(problems, []);
    assert.equal(report.errors + report.warnings, 0);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
