// Caption files are read by the video explainer's own WebVTT reader (the player's): these tests
// check the CLI's use of it and the two gaps it had (character references, a missing blank line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkVtt } from '../src/vtt.js';

const fixture = (/** @type {string} */ name) =>
  readFileSync(new URL(`./fixtures/media/${name}`, import.meta.url), 'utf8');
const codes = (/** @type {string} */ text) => checkVtt(text).problems.map((p) => [p.line, p.code]);

test('a good file: header text, NOTE, ids, settings, MM:SS and hours', () => {
  const result = checkVtt(fixture('uitleg.nl.vtt'));
  assert.deepEqual(result.problems, []);
  assert.equal(result.cues, 3);
});

test('a broken file: problems with line numbers', () => {
  assert.deepEqual(codes(fixture('kapot.nl.vtt')), [
    [8, 'vtt-ends'],
    [12, 'vtt-malformed'],
    [16, 'vtt-timing'],
  ]);
});

test('missing header is reported on line 1', () => {
  assert.deepEqual(codes(fixture('geen-header.vtt'))[0], [1, 'vtt-header']);
  assert.equal(checkVtt('WEBVTTX\n').problems[0]?.code, 'vtt-header');
});

test('BOM and CRLF are fine; cues out of order are not', () => {
  const text =
    '\uFEFFWEBVTT\r\n\r\n00:05.000 --> 00:06.000\r\nB\r\n\r\n00:01.000 --> 00:02.000\r\nA\r\n';
  assert.deepEqual(codes(text), [[6, 'vtt-order']]);
});

test('character references are decoded: &#39; &#x27; &amp; show as characters', () => {
  const text =
    'WEBVTT\n\n00:01.000 --> 00:02.000\nIt&#39;s &#x27;gratis&#x27; &amp; geheim &lt;3\n';
  assert.deepEqual(checkVtt(text).texts, ["It's 'gratis' & geheim <3"]);
});

test('a missing blank line between cues: reported, and the next cue is kept', () => {
  const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\nEen\n00:03.000 --> 00:04.000\nTwee\n';
  const result = checkVtt(text);
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.code]),
    [[5, 'vtt-separator']],
  );
  // Without the fix the timing line was shown as caption text and the second cue was lost.
  assert.deepEqual(result.texts, ['Een', 'Twee']);
});

test('a file with only a header has no cues', () => {
  assert.deepEqual(
    checkVtt('WEBVTT\n\n').problems.map((p) => p.code),
    ['vtt-no-cues'],
  );
});
