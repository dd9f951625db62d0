import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureLines } from '../lib/failure-lines.mjs';

test('failureLines names a web-test-runner failure with its file', () => {
  const output = [
    'packages/core/test/a.test.ts:',
    '',
    ' \u001b[31m❌ language switch > keeps its place\u001b[39m',
    '      AssertionError: expected 236 to equal 184',
    '✓ fine',
  ].join('\n');
  assert.deepEqual(failureLines(output), [
    'packages/core/test/a.test.ts: ❌ language switch > keeps its place',
  ]);
});

test('failureLines keeps our runners’ ✗ and node’s ✖ lines, once each, up to a limit', () => {
  const output = [
    '  ✗ axe · step-guide',
    '✖ checker reads JSON (3 ms)',
    '  ✗ axe · step-guide',
    '  ✓ ok',
  ].join('\n');
  assert.deepEqual(failureLines(output), ['✗ axe · step-guide', '✖ checker reads JSON (3 ms)']);
  assert.deepEqual(failureLines('✗ a\n✗ b\n✗ c', 2), ['✗ a', '✗ b', '… and 1 more']);
  assert.deepEqual(failureLines('all good'), []);
});
