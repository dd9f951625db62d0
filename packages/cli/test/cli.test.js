// The `wegwijs` command: arguments, exit status, --json shape, --lang en, --strict.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/wegwijs.mjs', import.meta.url));
const fixture = (/** @type {string} */ name) =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const schema = ['--schema', fixture('test-widget.schema.json')];

/**
 * Run the command (asynchronously, so the tests below run side by side).
 * @param {string[]} args
 * @returns {Promise<{ code: number, out: string, err: string }>}
 */
function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8' }, (error, out, err) => {
      const code = error ? Number(/** @type {{ code?: number }} */ (error).code ?? 1) : 0;
      resolve({ code, out, err });
    });
  });
}

describe('wegwijs (command line)', { concurrency: true }, () => {
  test('a good file: exit 0 and a Dutch report', async () => {
    const { code, out } = await run(['check', fixture('good-route.json'), ...schema]);
    assert.equal(code, 0);
    assert.match(out, /✓ Schema: in orde/);
    assert.match(out, /✓ Alles in orde\./);
  });

  test('errors: exit 1; human output grouped per check with ✗', async () => {
    const { code, out } = await run(['check', fixture('schema-error.json'), ...schema]);
    assert.equal(code, 1);
    assert.match(out, /✗ Schema: 5 fout\(en\)/);
    assert.match(out, /steps\[2\]\.title: verwacht tekst of object \{ \}, gevonden getal/);
  });

  test('--lang en', async () => {
    const { out } = await run(['check', fixture('broken-json.txt'), '--lang', 'en']);
    assert.match(out, /Not valid JSON at line 7, column 3/);
  });

  test('warnings do not fail unless --strict', async () => {
    assert.equal((await run(['check', fixture('hard-text.json'), ...schema])).code, 0);
    const strict = await run(['check', fixture('hard-text.json'), ...schema, '--strict']);
    assert.equal(strict.code, 1);
    assert.match(strict.out, /--strict/);
  });

  test('--json: the documented stable shape, nothing else on stdout', async () => {
    const { code, out } = await run([
      'check',
      fixture('good-route.json'),
      fixture('missing-media.json'),
      ...schema,
      '--json',
    ]);
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.deepEqual(Object.keys(report), [
      'version',
      'ok',
      'strict',
      'errors',
      'warnings',
      'files',
    ]);
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 2);
    const file = report.files[1];
    assert.deepEqual(Object.keys(file), [
      'file',
      'kind',
      'widget',
      'widgetDetectedBy',
      'ok',
      'errors',
      'warnings',
      'checks',
      'languages',
      'missingTranslations',
      'readability',
    ]);
    const missing = file.checks.find((/** @type {{ id: string }} */ c) => c.id === 'media')
      .problems[0];
    assert.deepEqual(Object.keys(missing), ['severity', 'code', 'message', 'path', 'params']);
    assert.equal(missing.code, 'media-missing');
  });

  test('several files, a CSV among them', async () => {
    const { code, out } = await run([
      'check',
      fixture('contacts-comma.csv'),
      fixture('good-route.json'),
      ...schema,
    ]);
    assert.equal(code, 0);
    assert.match(out, /2 bestand\(en\) gecontroleerd/);
  });

  test('a file that does not exist: exit 1 with a message', async () => {
    const { code, out } = await run(['check', fixture('bestaat-niet.json')]);
    assert.equal(code, 1);
    assert.match(out, /kan niet worden gelezen/);
  });

  test('usage errors: exit 2', async () => {
    const results = await Promise.all(
      [
        [],
        ['check'],
        ['controleer', 'x.json'],
        ['check', 'x.json', '--widget', 'stappenplan'],
        ['check', 'x.json', '--onbekend'],
      ].map(run),
    );
    assert.deepEqual(
      results.map((r) => r.code),
      [2, 2, 2, 2, 2],
    );
  });

  test('--help and --version', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /Gebruik: wegwijs check/);
    assert.match((await run(['--help', '--lang', 'en'])).out, /Usage: wegwijs check/);
    assert.match((await run(['--version'])).out, /^\d+\.\d+\.\d+\n$/);
  });
});
