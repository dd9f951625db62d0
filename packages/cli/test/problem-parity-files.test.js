// The problem-parity test (browser) names its files; here (Node, which can list folders) the
// list must be every CLI fixture and every example and story file, so none is left out.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exampleFiles, repoRoot } from './repo-files.js';
import { EXAMPLE_FILES, FIXTURE_FILES, MODEL_WIDGETS } from './problem-parity.files.mjs';

it('the problem-parity test runs every fixture, model fixture and example file', () => {
  const fixtures = join(repoRoot, 'packages/cli/test/fixtures');
  const files = readdirSync(fixtures, { withFileTypes: true })
    .filter((f) => f.isFile() && /\.(json|csv|txt)$/.test(f.name))
    // A JSON Schema for the --schema option, not content.
    .filter((f) => !f.name.endsWith('.schema.json'))
    .map((f) => `packages/cli/test/fixtures/${f.name}`);
  assert.deepEqual([...FIXTURE_FILES].sort(), files.sort());
  const models = readdirSync(join(fixtures, 'model')).map((f) => f.replace(/\.mjs$/, ''));
  assert.deepEqual([...MODEL_WIDGETS].sort(), models.sort());
  const examples = exampleFiles().map((f) => [relative(repoRoot, f.path), f.widget]);
  assert.deepEqual(
    EXAMPLE_FILES.map((f) => f.join(' ')).sort(),
    examples.map((f) => f.join(' ')).sort(),
  );
});
