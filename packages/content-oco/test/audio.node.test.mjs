// Every step and the contact-finder intro can be heard in every content language: a device voice
// where phones usually have one (content/audio/device-voices.json), a generated file otherwise
// (scripts/generate-audio.mjs), and, where neither exists, no button but a sentence saying so (the
// browser test content-oco.test.ts checks the widget). Run: node --test packages/content-oco/test/
import { readUiLocales } from '../../tools/lib/locales.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const content = join(dirname(fileURLToPath(import.meta.url)), '..', 'content');
const script = join(content, '..', 'scripts', 'generate-audio.mjs');
const read = (file) => JSON.parse(readFileSync(join(content, file), 'utf8'));
const voices = read('audio/device-voices.json').languages;
/** The UI languages (core's locales.ts): the OCO content is written in every one. */
const LANGUAGES = readUiLocales().all;
const phoneVoice = (lang) => voices[lang].android === 'yes' && voices[lang].ios === 'yes';

/** The texts a resident can have read aloud: each step, and the contact-finder intro. */
const units = () => [
  ...read('step-guide-oco.json').steps.map((s) => ({ name: `step ${s.id}`, audio: s.audio })),
  { name: 'contact-finder intro', audio: read('contact-finder-intro.json').audio },
];

test('device voice availability is data for every UI language, with a note', () => {
  assert.deepEqual(Object.keys(voices).sort(), [...LANGUAGES].sort());
  for (const [lang, info] of Object.entries(voices)) {
    for (const platform of ['android', 'ios', 'windows'])
      assert.ok(['yes', 'no', 'unsure'].includes(info[platform]), `${lang}.${platform}`);
    assert.ok(info.note, `${lang}.note`);
    assert.ok('espeak' in info, `${lang}.espeak`);
  }
});

test('every text can be heard in every language: a phone voice, or a file that exists', () => {
  const silent = new Set();
  for (const unit of units())
    for (const lang of LANGUAGES) {
      if (phoneVoice(lang)) continue;
      const ref = unit.audio?.[lang];
      if (!ref) {
        // Only where espeak-ng has no voice either; the widget then shows no button.
        assert.equal(voices[lang].espeak, null, `${unit.name}: no audio in ${lang}`);
        silent.add(lang);
        continue;
      }
      assert.match(ref, new RegExp(`^audio/${lang}/[\\w-]+\\.mp3$`), `${unit.name} ${lang}`);
      const file = join(content, ref);
      assert.ok(existsSync(file), `${file} exists`);
      assert.ok(statSync(file).size > 2000, `${file} is not empty`);
    }
  // Honest about the gap: Tigrinya and Somali have neither (see device-voices.json).
  assert.deepEqual([...silent].sort(), ['so', 'ti']);
});

test('no stale or stray audio files; the total is small', () => {
  const referenced = new Set(units().flatMap((u) => Object.values(u.audio ?? {})));
  const onDisk = readdirSync(join(content, 'audio'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(content, 'audio', dir.name)).map((f) => `audio/${dir.name}/${f}`),
    );
  assert.deepEqual(onDisk.sort(), [...referenced].sort());
  const total = onDisk.reduce((sum, f) => sum + statSync(join(content, f)).size, 0);
  console.log(`audio: ${onDisk.length} files, ${(total / 1024).toFixed(1)} kB`);
  assert.ok(total < 1024 * 1024, `${total} bytes: keep the pack's audio under 1 MB`);
});

test('the files are MP3 (every phone plays it), mono, at most 24 kbit/s', () => {
  const first = units().find((u) => u.audio)?.audio;
  assert.ok(first, 'at least one generated file');
  const head = readFileSync(join(content, Object.values(first)[0]));
  // An MPEG audio frame header (after an optional ID3 tag): 0xFFE sync bits.
  const start =
    head.subarray(0, 3).toString() === 'ID3'
      ? 10 + ((head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9])
      : 0;
  assert.equal(head[start], 0xff);
  assert.equal(head[start + 1] & 0xe0, 0xe0);
  const mode = head[start + 3] >> 6;
  assert.equal(mode, 3, 'mono');
});

test('the committed files speak the current texts (a rerun of generate-audio.mjs changes nothing)', (t) => {
  try {
    execFileSync('espeak-ng', ['--version']);
    execFileSync('lame', ['--version']);
  } catch {
    t.skip('espeak-ng or lame not installed (apt-get install -y espeak-ng lame)');
    return;
  }
  const copy = mkdtempSync(join(tmpdir(), 'wegwijs-audio-test-'));
  try {
    const files = ['step-guide-oco.json', 'contact-finder-intro.json'];
    for (const file of files) cpSync(join(content, file), join(copy, file));
    execFileSync(process.execPath, [script, ...files.map((f) => join(copy, f))], { stdio: 'pipe' });
    for (const file of files)
      assert.deepEqual(read(file), JSON.parse(readFileSync(join(copy, file), 'utf8')), file);
    for (const unit of units())
      for (const ref of Object.values(unit.audio ?? {}))
        assert.ok(
          readFileSync(join(copy, ref)).equals(readFileSync(join(content, ref))),
          `${ref} is stale: run node packages/content-oco/scripts/generate-audio.mjs`,
        );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('with --profiel, the audio speaks the municipality profile (the phone number, not "on this page")', (t) => {
  try {
    execFileSync('espeak-ng', ['--version']);
    execFileSync('lame', ['--version']);
  } catch {
    t.skip('espeak-ng or lame not installed (apt-get install -y espeak-ng lame)');
    return;
  }
  const copy = mkdtempSync(join(tmpdir(), 'wegwijs-audio-profile-'));
  try {
    cpSync(join(content, 'step-guide-oco.json'), join(copy, 'step-guide-oco.json'));
    const profile = join(content, '..', 'profiel-voorbeeld.json');
    execFileSync(
      process.execPath,
      [script, '--profiel', profile, join(copy, 'step-guide-oco.json')],
      {
        stdio: 'pipe',
      },
    );
    const same = (ref) => readFileSync(join(copy, ref)).equals(readFileSync(join(content, ref)));
    // A step without a profile field sounds the same; the step with {{telefoon}} does not.
    assert.ok(same('audio/fa/asking-is-normal.mp3'));
    assert.ok(!same('audio/fa/call-or-message.mp3'), 'call-or-message speaks the number');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("core's read-aloud knows the languages no device reads, from this data (never a silent button)", () => {
  const nowhere = Object.entries(voices)
    .filter(([, v]) => ['android', 'ios', 'windows'].every((p) => v[p] === 'no') && !v.espeak)
    .map(([lang]) => lang)
    .sort();
  const source = readFileSync(
    join(content, '..', '..', 'core', 'src', 'read-aloud', 'voiceless-languages.ts'),
    'utf8',
  );
  const listed = [...source.matchAll(/'([a-z]{2,3})'/g)].map((m) => m[1]).sort();
  assert.deepEqual(listed, nowhere);
  assert.deepEqual(nowhere, ['so', 'ti']);
});
