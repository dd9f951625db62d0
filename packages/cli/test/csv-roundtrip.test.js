// A contact list goes from the CSV template through `wegwijs check` into the widget without
// losing a phone number, an e-mail address or a website, with English or Dutch column names.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { repoRoot } from './repo-files.js';

const finder = join(repoRoot, 'packages', 'contact-finder');
const cli = join(repoRoot, 'packages', 'cli', 'bin', 'wegwijs.mjs');

/** @typedef {import('../src/check.js').FileReport} FileReport */
/** @typedef {import('../src/check.js').CheckResult} CheckResult */
/** @typedef {ReturnType<typeof import('../src/format.js').toJsonReport>} JsonReport */

/**
 * The contact finder's CSV reader, directory check and column table.
 * @typedef {object} CsvReader
 * @property {(text: string) => Promise<{ data?: unknown }>} parseContactsCsv
 * @property {typeof import('@wegwijs/contact-finder').validateDirectory} validateDirectory
 * @property {ReadonlyArray<{ key: string }>} CSV_COLUMNS
 */

/**
 * The widget's own CSV reader and directory check, bundled from their sources.
 * @returns {Promise<CsvReader>}
 */
async function widgetReader() {
  const out = join(
    repoRoot,
    'packages',
    'cli',
    'node_modules',
    '.cache',
    'wegwijs-schemas',
    'csv-reader.mjs',
  );
  mkdirSync(join(out, '..'), { recursive: true });
  await build({
    stdin: {
      contents: `export { parseContactsCsv } from './src/csv.ts'; export { validateDirectory } from './src/schema.ts'; export { CSV_COLUMNS } from './src/csv-columns.ts';`,
      resolveDir: finder,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['source'],
    outfile: out,
    logLevel: 'error',
    tsconfigRaw: {
      compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
    },
  });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

/**
 * `wegwijs check --json` on one file.
 * @param {string} file
 * @returns {JsonReport}
 */
function check(file) {
  try {
    return JSON.parse(
      execFileSync(process.execPath, [cli, 'check', '--json', file], { encoding: 'utf8' }),
    );
  } catch (error) {
    return JSON.parse(/** @type {{ stdout: string }} */ (error).stdout);
  }
}

/**
 * The report of the one file `wegwijs check` was given.
 * @param {JsonReport} output
 * @returns {FileReport}
 */
function onlyFile(output) {
  const [report] = output.files;
  if (!report) throw new Error('wegwijs check reported no file');
  return report;
}

/**
 * One check of a file's report.
 * @param {FileReport} report
 * @param {CheckResult['id']} id
 * @returns {CheckResult}
 */
function checkOf(report, id) {
  const result = report.checks.find((c) => c.id === id);
  if (!result) throw new Error(`no "${id}" check in the report of ${report.file}`);
  return result;
}

/**
 * The first alias of a column (tel → phone), to write the same file with Dutch headings.
 * @type {Record<string, string>}
 */
const DUTCH = {
  name: 'naam',
  kind: 'soort',
  languages: 'talen',
  topics: 'onderwerpen',
  phone: 'tel',
  email: 'mail',
  website: 'url',
  whatsapp: 'whatsapp',
};

describe('CSV round trip: template → wegwijs check → widget', () => {
  /** @type {CsvReader} */
  let reader;
  /** @type {string} */
  let dir;
  /** @type {CsvReader['CSV_COLUMNS']} */
  let table;
  before(async () => {
    reader = await widgetReader();
    table = reader.CSV_COLUMNS;
    dir = mkdtempSync(join(tmpdir(), 'wegwijs-csv-'));
  });

  it('the template is the column table (keys in order, one example row)', () => {
    const [head] = readFileSync(join(finder, 'schema', 'contacts-template.csv'), 'utf8').split(
      /\r?\n/,
    );
    if (head === undefined) throw new Error('the template has no header line');
    assert.deepEqual(
      head.split(';'),
      table.map((c) => c.key),
    );
  });

  /** @type {Record<string, (text: string) => string>} */
  const variants = {
    'the template': (text) => text,
    'the template with Dutch column names (tel, mail, url, soort, talen, onderwerpen)': (text) => {
      const [head, ...rest] = text.split('\r\n');
      if (head === undefined) throw new Error('the template has no header line');
      return [
        head
          .split(';')
          .map((k) => DUTCH[k] ?? k)
          .join(';'),
        ...rest,
      ].join('\r\n');
    },
    'the Voorbeeldstad example (30 contacts, made by the generator)': () =>
      readFileSync(join(finder, 'examples', 'voorbeeldstad-contacts.csv'), 'utf8'),
  };
  for (const [name, make] of Object.entries(variants)) {
    it(`${name}: every phone number, e-mail and website reaches the widget`, async () => {
      const text = make(readFileSync(join(finder, 'schema', 'contacts-template.csv'), 'utf8'));
      const file = join(dir, 'contacten.csv');
      writeFileSync(file, text);
      const report = onlyFile(check(file));
      assert.equal(report.ok, true, JSON.stringify(report.checks));
      const rows = /** @type {Array<Record<string, string | undefined>>} */ (
        Papa.parse(text.replace(/^\uFEFF/, ''), {
          header: true,
          skipEmptyLines: 'greedy',
        }).data
      );
      const csv = checkOf(report, 'csv');
      assert.equal(csv.info?.contacts, rows.length);

      const parsed = await reader.parseContactsCsv(text);
      const { data, problems } = reader.validateDirectory(parsed.data);
      assert.deepEqual(
        problems.filter((p) => p.severity === 'error'),
        [],
      );
      if (!data) throw new Error('the widget read no directory');
      assert.equal(data.contacts.length, rows.length);
      const cell = (
        /** @type {Record<string, string | undefined>} */ row,
        /** @type {string} */ key,
      ) => (row[key] ?? row[DUTCH[key] ?? key] ?? '').trim() || undefined;
      rows.forEach((row, i) => {
        const contact = data.contacts[i];
        if (!contact) throw new Error(`row ${i + 2}: no contact`);
        assert.equal(contact.phones?.[0]?.number, cell(row, 'phone'), `row ${i + 2} phone`);
        assert.equal(contact.whatsapp, cell(row, 'whatsapp'), `row ${i + 2} whatsapp`);
        assert.equal(contact.email, cell(row, 'email'), `row ${i + 2} email`);
        assert.equal(contact.url, cell(row, 'website'), `row ${i + 2} website`);
      });
    });
  }

  it('a list without the "kind" column: the checker says so, and does not count contacts the widget drops', () => {
    const file = join(dir, 'zonder-soort.csv');
    writeFileSync(
      file,
      'naam;talen;onderwerpen;tel\nA;nl;geld;020 123 4567\nB;ar;zorg;06 12345678\n',
    );
    const csv = checkOf(onlyFile(check(file)), 'csv');
    assert.equal(csv.status, 'error');
    assert.ok(
      csv.problems.some((p) => p.code === 'csv-missing-column' && p.params.column === 'kind'),
    );
    assert.equal(csv.info?.contacts, 0);
  });

  it('a phone number such as 06-1234 fails', () => {
    const file = join(dir, 'kort.csv');
    writeFileSync(file, 'naam;soort;talen;tel\nA;sleutelpersoon;nl;06-1234\n');
    const csv = checkOf(onlyFile(check(file)), 'csv');
    assert.deepEqual(
      csv.problems.map((p) => `${p.code} ${p.path}`),
      ['schema-phone rij 2.phone'],
    );
  });

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
