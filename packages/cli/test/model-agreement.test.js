// One content model per widget: the JSON Schema generated from the valibot schema and the
// widget's own check accept and reject the same content. The JSON Schema is run by a real
// validator (Ajv, draft 2020-12), not by a home-made one.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { SCHEMA_FILES, loadCheck } from '../scripts/build-schemas.mjs';
import { exampleFiles, repoRoot } from './repo-files.js';

/** @typedef {import('@wegwijs/core/check').WidgetCheck} WidgetCheck */

/**
 * A widget's content fixtures (test/fixtures/model/<widget>.mjs).
 * @typedef {object} Fixtures
 * @property {unknown[]} valid accepted by both
 * @property {Array<[why: string, data: unknown]>} invalid rejected by both
 * @property {Array<[why: string, data: unknown, field: string]>} beyond rejected by the check only
 */

/** @param {string} path */
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

for (const [widget, meta] of Object.entries(SCHEMA_FILES)) {
  describe(`${widget}: JSON Schema and check agree`, () => {
    /** @type {WidgetCheck} */ let check;
    /** @type {import('ajv').ValidateFunction} */ let jsonSchema;
    /** @type {Fixtures} */ let fixtures;
    before(async () => {
      check = await loadCheck(widget);
      fixtures = await import(`./fixtures/model/${widget}.mjs`);
      const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
      jsonSchema = ajv.compile(readJson(join(repoRoot, 'packages', widget, 'schema', meta.file)));
    });
    const errors = (/** @type {unknown} */ data) =>
      check.validate(data).filter((p) => p.severity === 'error');

    it('the example and story files pass both', () => {
      const files = exampleFiles().filter((f) => f.widget === widget && f.kind === 'json');
      assert.ok(files.length > 0, 'no example files found');
      for (const file of files) {
        const data = readJson(file.path);
        assert.deepEqual(errors(data), [], file.path);
        assert.equal(jsonSchema(data), true, `${file.path}: ${JSON.stringify(jsonSchema.errors)}`);
      }
    });

    it('valid fixtures pass both', () => {
      for (const data of fixtures.valid) {
        assert.deepEqual(errors(data), [], JSON.stringify(data));
        assert.equal(
          jsonSchema(data),
          true,
          `${JSON.stringify(data)}: ${JSON.stringify(jsonSchema.errors)}`,
        );
      }
    });

    it('at least 20 invalid fixtures fail both', () => {
      assert.ok(fixtures.invalid.length >= 20, `only ${fixtures.invalid.length}`);
      for (const [why, data] of fixtures.invalid) {
        assert.notDeepEqual(errors(data), [], `check accepts: ${why}`);
        assert.equal(jsonSchema(data), false, `JSON Schema accepts: ${why}`);
      }
    });

    it('rules beyond JSON Schema fail the check and are named in the schema file', () => {
      const text = readFileSync(join(repoRoot, 'packages', widget, 'schema', meta.file), 'utf8');
      for (const [why, data, field] of fixtures.beyond) {
        assert.notDeepEqual(errors(data), [], `check accepts: ${why}`);
        assert.equal(jsonSchema(data), true, `JSON Schema rejects (move it to invalid): ${why}`);
        assert.match(text, /Niet in JSON Schema/, `${why}: the description of ${field} says so`);
      }
    });

    it('the committed schema files are generated from the valibot schema', async () => {
      const { generate } = await import('../scripts/build-schemas.mjs');
      const fresh = await generate(widget);
      assert.equal(
        readFileSync(join(repoRoot, 'packages', widget, 'schema', meta.file), 'utf8'),
        fresh,
      );
      assert.equal(
        readFileSync(join(repoRoot, 'packages', 'cli', 'schema', meta.file), 'utf8'),
        fresh,
      );
    });
  });
}
