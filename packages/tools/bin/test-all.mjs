#!/usr/bin/env node
// `npm test`: the whole suite, in order, each part's output shown as it runs:
//   build → type check (tsc --noEmit per package) → lint (import cycles…) → tarball check (npm pack: every import
//   resolves) → release dry run (docs/releasing.md: version, build, pack, publint, attw in a
//   copy) → component tests (web-test-runner, Chromium) → checker tests (node --test) →
//   consumer apps (Vite + TS, React, Vue from the tarballs) → size budgets → quality gates
//   (they build Storybook, then: axe matrix, hostile hosts and content, faults, privacy,
//   no-JS, one story per NL Design System theme) → NLDS themes (every widget under every
//   published theme, from the CDN files: test/theming) → Studio end to end (test/e2e/studio.mjs:
//   an editor's guide, on the built Studio and the CDN build) → resident journeys (test/e2e: the
//   demo site on the CDN build, in Chromium).
//   Ends with one line "N passed, N failed" over all parts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failureLines } from '../lib/failure-lines.mjs';
import { SHARED_PACK_ENV, packShared } from '../lib/pack.mjs';

const parts = [
  { name: 'build', command: 'npm run build --silent', counts: false },
  {
    name: 'type check',
    command: 'node packages/tools/bin/typecheck-all.mjs',
    counts: 'passed-failed',
  },
  {
    // ESLint on the shipped sources: import cycles (docs/architecture.md), Lit, web components, a11y.
    name: 'lint',
    command: 'npx eslint "packages/*/src/**/*.ts"',
    counts: 'exit-code',
  },
  {
    name: 'tarball check',
    command: 'node packages/tools/bin/check-tarballs.mjs',
    counts: 'passed-failed',
  },
  {
    name: 'release dry run',
    command: 'node packages/tools/bin/release-dry-run.mjs',
    counts: 'passed-failed',
  },
  {
    name: 'component tests',
    command: 'npx web-test-runner --config test/web-test-runner.config.mjs',
    counts: 'passed-failed',
  },
  {
    name: 'checker tests',
    command:
      'node --test --test-reporter=spec packages/cli/test/ packages/content-oco/test/ packages/embed/test/cdn-build.test.mjs packages/embed/test/drop-empty-chunks.test.mjs packages/embed/test/cdn-css.test.mjs packages/embed/test/cdn-integrity.test.mjs packages/embed/test/third-party-notices.test.mjs packages/tools/test/',
    counts: 'node-test',
    when: 'packages/cli/test',
  },
  {
    name: 'consumer apps',
    command: 'node test/consumer/run.mjs',
    counts: 'passed-failed',
    when: 'test/consumer/run.mjs',
  },
  {
    name: 'size budgets',
    command: 'node packages/bench/budgets.mjs',
    counts: 'passed-failed',
    when: 'packages/bench/budgets.mjs',
  },
  {
    name: 'quality gates',
    command: 'node test/quality/run.mjs',
    counts: 'passed-failed',
    when: 'test/quality/run.mjs',
  },
  {
    name: 'NLDS themes',
    command: 'node test/theming/screenshots.mjs',
    counts: 'passed-failed',
    when: 'test/theming/screenshots.mjs',
  },
  {
    name: 'studio (e2e)',
    command: 'node test/e2e/studio.mjs',
    counts: 'passed-failed',
    when: 'test/e2e/studio.mjs',
  },
  {
    name: 'journeys (e2e)',
    command: 'node test/e2e/run.mjs',
    counts: 'passed-failed',
    when: 'test/e2e/run.mjs',
  },
];

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function count(kind, output) {
  const plain = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  if (kind === 'passed-failed') {
    const all = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)];
    const last = all.at(-1);
    return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
  }
  if (kind === 'node-test') {
    const passed = plain.match(/ℹ pass (\d+)/);
    const failed = plain.match(/ℹ fail (\d+)/);
    return passed ? { passed: Number(passed[1]), failed: Number(failed?.[1] ?? 0) } : undefined;
  }
  return undefined;
}

/**
 * The tarball check, the consumer apps and the quality gates each packed the same build (three
 * `npm pack` runs of every package): pack once after the build, and let them take these
 * tarballs (packages/tools/lib/pack.mjs). Should packing fail here, each packs on its own and
 * reports the failure itself.
 */
let sharedPack;
function packOnce() {
  const started = Date.now();
  try {
    sharedPack = mkdtempSync(join(tmpdir(), 'wegwijs-packed-'));
    const packed = packShared(sharedPack);
    process.env[SHARED_PACK_ENV] = sharedPack;
    console.log(
      `\n━━ packed ${packed.length} packages once for the later parts (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    console.log(`\n━━ packing once failed (each part packs on its own): ${error.message}`);
  }
}

const results = [];
let exitCode = 0;
for (const part of parts) {
  if (part.when && !existsSync(part.when)) continue;
  console.log(`\n━━ ${part.name} ━━ ${part.command}`);
  const started = Date.now();
  const { code, output } = await run(part.command);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted =
    part.counts === 'exit-code'
      ? { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }
      : part.counts
        ? count(part.counts, output)
        : undefined;
  const failures = code !== 0 || counted?.failed ? failureLines(output) : [];
  results.push({ name: part.name, code, seconds, counted, failures });
  if (code !== 0) {
    exitCode = 1;
    if (!part.counts) break; // nothing to test without a build
  }
  if (part.counts && !counted) exitCode = 1; // a runner that ran no test is a failure
  if (part.name === 'build') packOnce();
}
if (sharedPack) rmSync(sharedPack, { recursive: true, force: true });

let passed = 0;
let failed = 0;
console.log('\n━━ summary ━━');
for (const { name, code, seconds, counted, failures } of results) {
  const tally = counted
    ? `${counted.passed} passed, ${counted.failed} failed`
    : code === 0
      ? 'ok'
      : 'FAILED';
  console.log(`  ${name.padEnd(16)} ${tally.padEnd(26)} ${seconds} s`);
  for (const failure of failures) console.log(`      ${failure}`);
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
  } else if (code !== 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
