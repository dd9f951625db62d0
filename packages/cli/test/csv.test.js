import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkContactsCsv, parseHeaderCell } from '../src/csv.js';

const fixture = (/** @type {string} */ name) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('Dutch Excel export: BOM, semicolons, quoted fields, a broken row', () => {
  const text = fixture('contacts.csv');
  assert.equal(text.charCodeAt(0), 0xfeff, 'the fixture starts with a BOM');
  const result = checkContactsCsv(text);
  assert.equal(result.delimiter, ';');
  // The BOM is not part of the first column name; Dutch names map to the standard ones.
  assert.deepEqual(result.columns, ['name', 'phone', 'email', 'whatsapp', 'talen', 'omschrijving']);
  assert.equal(result.rows, 6);
  // Row numbers are spreadsheet rows: header = 1; row 3 has a quoted cell over two lines.
  assert.deepEqual(
    result.problems.map((p) => [p.row, p.code]),
    [
      [5, 'csv-too-few-fields'],
      [6, 'csv-missing-value'],
      [7, 'csv-no-channel'],
    ],
  );
});

test('comma-separated with CRLF and a quoted comma is fine', () => {
  const result = checkContactsCsv(fixture('contacts-comma.csv'));
  assert.equal(result.delimiter, ',');
  assert.deepEqual(result.problems, []);
  assert.equal(result.rows, 2);
});

test('missing required columns', () => {
  const result = checkContactsCsv(fixture('contacts-no-channel.csv'));
  assert.deepEqual(
    result.problems.map((p) => p.code),
    ['csv-no-channel-column'],
  );
  const noName = checkContactsCsv('telefoon;email\n0612345678;\n');
  assert.deepEqual(
    noName.problems.map((p) => p.code),
    ['csv-missing-column'],
  );
});

test('an unclosed quote is reported with its row', () => {
  const result = checkContactsCsv('naam;telefoon\nFatma;0612345678\n"Jan;0687654321\n');
  assert.ok(result.problems.some((p) => p.code === 'csv-quotes' && p.row === 3));
});

test('too many cells (an unquoted semicolon) is reported', () => {
  const result = checkContactsCsv('naam;telefoon\nFatma; sleutelpersoon;0612345678\n');
  assert.deepEqual(
    result.problems.map((p) => [p.row, p.code]),
    [[2, 'csv-too-many-fields']],
  );
});

test('with the contact-finder template: required marks and unknown columns', () => {
  const template = ['name*', 'phone', 'email', 'whatsapp', 'website', 'languages*', 'area'];
  const result = checkContactsCsv('naam;telefoon;taal\nFatma;0612345678;tr\n', template);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.params.column]),
    [
      ['csv-missing-column', 'languages'],
      ['csv-unknown-column', 'taal'],
    ],
  );
});

test('odd values are warnings, not errors', () => {
  const result = checkContactsCsv('naam,telefoon,email\nFatma,bel me,fatma-at-example\n');
  assert.deepEqual(
    result.problems.map((p) => [p.severity, p.code]),
    [
      ['warning', 'csv-bad-email'],
      ['warning', 'csv-bad-phone'],
    ],
  );
});

test('empty file and header only', () => {
  assert.deepEqual(
    checkContactsCsv('').problems.map((p) => p.code),
    ['csv-empty'],
  );
  assert.deepEqual(
    checkContactsCsv('naam;telefoon\n').problems.map((p) => p.code),
    ['csv-no-rows'],
  );
});

test('header cells: aliases and required marks', () => {
  assert.deepEqual(parseHeaderCell(' Naam* '), { column: 'name', required: true });
  assert.deepEqual(parseHeaderCell('E-mail (verplicht)'), { column: 'email', required: true });
  assert.deepEqual(parseHeaderCell('talen'), { column: 'talen', required: false });
});
