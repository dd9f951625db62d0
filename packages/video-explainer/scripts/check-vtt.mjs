#!/usr/bin/env node
// check-vtt.mjs: strict WebVTT check for the media of @wegwijs/video-explainer.
//
// Usage: node packages/video-explainer/scripts/check-vtt.mjs [file.vtt ...]
//   Without arguments it checks every *.vtt in ../media. Files whose name starts with
//   "broken" are EXPECTED to fail (fault-test fixtures). Exit code 0 when every file is as
//   expected, 1 otherwise. No dependencies; Node >= 18.
//
// Stricter than the WebVTT spec on purpose (our generated files must be clean):
//   - first line exactly "WEBVTT" (optional BOM, optional space/tab + text after it);
//   - blocks separated by blank lines; NOTE blocks allowed (no "-->" inside);
//   - a cue = optional identifier line (no "-->"), a timing line, >= 1 payload line;
//   - timing line: HH:MM:SS.mmm --> HH:MM:SS.mmm [settings], minutes and seconds < 60;
//   - start < end; cue starts in non-decreasing order; unique identifiers.
// Prints per file: cue count, first start, last end, and for chapters files the titles.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TS = '(\\d{2}):([0-5]\\d):([0-5]\\d)\\.(\\d{3})';
const TIMING = new RegExp(`^${TS} --> ${TS}((?:[ \\t]+\\S+)*)$`);
const HEADER = /^\uFEFF?WEBVTT(?:[ \t][^\n]*)?$/;
const SETTING =
  /^(?:vertical:(?:rl|lr)|line:-?\d+(?:\.\d+)?%?(?:,(?:start|center|end))?|position:\d+(?:\.\d+)?%(?:,(?:line-left|center|line-right))?|size:\d+(?:\.\d+)?%|align:(?:start|center|end|left|right)|region:\S+)$/;

const toMs = (h, m, s, f) => ((+h * 60 + +m) * 60 + +s) * 1000 + +f;
const fmt = (ms) => (ms / 1000).toFixed(3) + 's';

export function parseVtt(text) {
  const errors = [];
  const cues = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasHeader = HEADER.test(lines[0] ?? '');
  if (!hasHeader)
    errors.push(`line 1: missing "WEBVTT" header (got ${JSON.stringify(lines[0] ?? '')})`);
  // header block runs until the first blank line; without a header, read on as cues
  let i = hasHeader ? 1 : 0;
  while (hasHeader && i < lines.length && lines[i] !== '') {
    if (lines[i].includes('-->')) {
      errors.push(`line ${i + 1}: cue timing inside the header block`);
      break;
    }
    i++;
  }
  const ids = new Set();
  let lastStart = -1;
  while (i < lines.length) {
    while (i < lines.length && lines[i] === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block = [];
    while (i < lines.length && lines[i] !== '') block.push(lines[i++]);
    if (/^NOTE(?:[ \t]|$)/.test(block[0])) {
      if (block.some((l) => l.includes('-->')))
        errors.push(`line ${blockStart + 1}: "-->" inside a NOTE`);
      continue;
    }
    let k = 0;
    let id = null;
    if (!block[0].includes('-->')) {
      id = block[0];
      k = 1;
    }
    const where = `line ${blockStart + k + 1}`;
    const timing = block[k];
    if (timing === undefined) {
      errors.push(`line ${blockStart + 1}: identifier ${JSON.stringify(id)} without a timing line`);
      continue;
    }
    const m = TIMING.exec(timing);
    if (!m) {
      errors.push(`${where}: malformed timing line ${JSON.stringify(timing)}`);
      continue;
    }
    const start = toMs(m[1], m[2], m[3], m[4]);
    const end = toMs(m[5], m[6], m[7], m[8]);
    for (const s of m[9]
      .trim()
      .split(/[ \t]+/)
      .filter(Boolean))
      if (!SETTING.test(s)) errors.push(`${where}: unknown cue setting ${JSON.stringify(s)}`);
    if (!(start < end)) errors.push(`${where}: start ${fmt(start)} is not before end ${fmt(end)}`);
    if (start < lastStart) errors.push(`${where}: cue starts before the previous cue`);
    lastStart = Math.max(lastStart, start);
    if (id !== null) {
      if (ids.has(id)) errors.push(`${where}: duplicate cue identifier ${JSON.stringify(id)}`);
      ids.add(id);
    }
    const payload = block.slice(k + 1);
    if (payload.length === 0 || payload.every((l) => l.trim() === ''))
      errors.push(`${where}: cue has no text`);
    cues.push({ id, start, end, text: payload.join('\n') });
  }
  return { cues, errors };
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  let files = process.argv.slice(2);
  if (files.length === 0) {
    const media = join(here, '..', 'media');
    files = readdirSync(media)
      .filter((f) => f.endsWith('.vtt'))
      .sort()
      .map((f) => join(media, f));
  }
  let bad = 0;
  for (const file of files) {
    const name = basename(file);
    const expectFail = name.startsWith('broken');
    const { cues, errors } = parseVtt(readFileSync(file, 'utf8'));
    const ok = errors.length === 0 && cues.length > 0;
    const span = cues.length ? `${fmt(cues[0].start)}–${fmt(cues.at(-1).end)}` : '-';
    const asExpected = ok !== expectFail;
    if (!asExpected) bad++;
    const status = ok ? 'OK  ' : expectFail ? 'FAIL (expected)' : 'FAIL';
    console.log(
      `${status.padEnd(15)} ${name.padEnd(26)} ${String(cues.length).padStart(2)} cues  ${span}`,
    );
    if (name.endsWith('.chapters.vtt'))
      console.log(`                ${cues.map((c) => c.text).join(' | ')}`);
    for (const e of errors) console.log(`                ${e}`);
    if (expectFail && ok)
      console.log('                expected this fixture to be invalid, but it parsed');
  }
  console.log(bad ? `\n${bad} file(s) not as expected` : `\n${files.length} file(s) as expected`);
  process.exitCode = bad ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
