// Runs against whatever widget schemas exist in the repository (packages/*/schema/*.schema.json),
// written in parallel by other packages. Skips cleanly when there are none yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkContent, validateWithSchema, checkContactsCsv, WIDGETS } from '../src/index.js';
import { createNodeIO, findSchemaFile } from '../bin/node-io.mjs';

const packages = fileURLToPath(new URL('../../', import.meta.url));
const schemaFiles = readdirSync(packages).flatMap((name) => {
  const folder = join(packages, name, 'schema');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => ({ widget: name, path: join(folder, f) }));
});

test(
  'every published widget schema loads and gives path-based messages',
  { skip: schemaFiles.length === 0 && 'no packages/*/schema/*.schema.json yet' },
  () => {
    for (const { path } of schemaFiles) {
      const schema = JSON.parse(readFileSync(path, 'utf8'));
      const problems = validateWithSchema({ unexpected: [1] }, schema);
      assert.ok(Array.isArray(problems), path);
      for (const p of problems) {
        assert.equal(typeof p.path, 'string', path);
        assert.match(p.code, /^schema-/, path);
      }
    }
  },
);

test(
  'the checker finds each widget schema through its normal lookup',
  { skip: schemaFiles.length === 0 && 'no widget schemas yet' },
  () => {
    for (const widget of new Set(schemaFiles.map((s) => s.widget))) {
      if (!WIDGETS.includes(widget)) continue;
      assert.ok(findSchemaFile(widget), `no schema found for ${widget}`);
    }
  },
);

const examples = schemaFiles
  .filter((s) => WIDGETS.includes(s.widget))
  .flatMap(({ widget }) => {
    const folder = join(packages, widget, 'examples');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.json') && !/broken|invalid|bad|kapot|fout/i.test(f))
      .map((f) => ({ widget, path: join(folder, f) }));
  });

test(
  'the widgets’ own example content passes the schema check',
  { skip: examples.length === 0 && 'no packages/<widget>/examples/*.json yet' },
  async () => {
    const io = createNodeIO();
    for (const { widget, path } of examples) {
      const report = await checkContent(
        { text: readFileSync(path, 'utf8'), url: pathToFileURL(path), widget },
        io,
      );
      const schema = report.checks.find((c) => c.id === 'schema');
      assert.equal(
        schema?.status,
        'ok',
        `${path}: ${JSON.stringify(schema?.problems.map((p) => `${p.path}: ${p.message}`))}`,
      );
    }
  },
);

const template = join(packages, 'contact-finder', 'schema', 'contacts-template.csv');
test(
  'the contact-finder template passes the CSV check against its own header',
  { skip: !existsSync(template) && 'no contacts-template.csv yet' },
  () => {
    const text = readFileSync(template, 'utf8');
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const result = checkContactsCsv(text, header.split(header.includes(';') ? ';' : ','));
    assert.deepEqual(
      result.problems.filter((p) => p.severity === 'error'),
      [],
    );
  },
);
