import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkVtt, parseTimestamp } from '../src/vtt.js';

const fixture = (/** @type {string} */ name) =>
  readFileSync(new URL(`./fixtures/media/${name}`, import.meta.url), 'utf8');

test('timestamps: HH:MM:SS.mmm and MM:SS.mmm', () => {
  assert.equal(parseTimestamp('00:00:01.500'), 1.5);
  assert.equal(parseTimestamp('01:02.003'), 62.003);
  assert.equal(parseTimestamp('100:00:00.000'), 360000);
  for (const bad of ['0:00:01.000', '00:60.000', '00:01,000', '00:01.00', '1.000', '00:00:01']) {
    assert.equal(parseTimestamp(bad), null, bad);
  }
});

test('a good file: header text, NOTE, ids, settings, MM:SS and hours', () => {
  const result = checkVtt(fixture('uitleg.nl.vtt'));
  assert.deepEqual(result.problems, []);
  assert.equal(result.cues, 3);
});

test('a broken file: problems with line numbers', () => {
  const result = checkVtt(fixture('kapot.nl.vtt'));
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.code]),
    [
      [8, 'vtt-start-end'],
      [12, 'vtt-timing'],
      [16, 'vtt-timing'],
    ],
  );
});

test('missing header is reported on line 1 and stops the check', () => {
  const result = checkVtt(fixture('geen-header.vtt'));
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.code]),
    [[1, 'vtt-header']],
  );
  assert.equal(checkVtt('WEBVTTX\n').problems[0]?.code, 'vtt-header');
});

test('BOM and CRLF are fine; cues out of order and "-->" in text are not', () => {
  const text =
    '\uFEFFWEBVTT\r\n\r\n00:05.000 --> 00:06.000\r\nB\r\n\r\n00:01.000 --> 00:02.000\r\nA --> B\r\n';
  assert.deepEqual(
    checkVtt(text).problems.map((p) => [p.line, p.code]),
    [
      [6, 'vtt-order'],
      [7, 'vtt-arrow'],
    ],
  );
});

test('a file with only a header has no cues', () => {
  assert.deepEqual(
    checkVtt('WEBVTT\n\n').problems.map((p) => p.code),
    ['vtt-no-cues'],
  );
});
