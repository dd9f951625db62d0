#!/usr/bin/env node
// Generated audio for the languages a resident's phone has no speech voice for.
//
// Reads content/audio/device-voices.json: a language whose voice Android or iOS lacks, and that
// espeak-ng speaks, gets one MP3 per step of the step guide and one for the contact-finder
// intro, and the JSON files get an `audio` entry pointing at it (relative to the JSON file, as
// the widgets resolve it). Languages without a device voice and without espeak-ng (Tigrinya,
// Somali) are listed at the end: for them the widget shows no read-aloud button.
//
// MP3, mono, 16 kbit/s: every phone and browser plays it (Ogg Opus is smaller for the same
// quality but older iPhones cannot play it, and a recording that fails to play falls back to a
// device voice these languages do not have).
//
// Needs: espeak-ng and lame (Debian: apt-get install -y espeak-ng lame).
// Usage:  node packages/content-oco/scripts/generate-audio.mjs            the pack itself
//         node packages/content-oco/scripts/generate-audio.mjs --profiel gemeenteprofiel.json \
//           my-guide.json my-intro.json
//           your own copies with your municipality profile: the audio then speaks your phone
//           number, address… (files are written to audio/<lang>/ next to each JSON file).
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const pack = join(dirname(fileURLToPath(import.meta.url)), '..');
const content = join(pack, 'content');
const voices = JSON.parse(readFileSync(join(content, 'audio', 'device-voices.json'), 'utf8'));

/** Languages that need files: a phone (Android or iOS) usually has no voice for them. */
export const needsFiles = (info) => info.android !== 'yes' || info.ios !== 'yes';

const RATE = 140; // words per minute: a little slower than espeak-ng's 175, for new listeners

function hasEspeakVoice(voice) {
  try {
    const list = execFileSync('espeak-ng', [`--voices=${voice.split('-')[0]}`], {
      encoding: 'utf8',
    });
    return list.trim().split('\n').length > 1;
  } catch {
    return false;
  }
}

/** The plain text the widget reads aloud: markup removed, links as their words. */
const plain = (text) =>
  text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\((?:https?:|tel:|mailto:)[^)]*\)/g, '$1')
    .replace(/^- /gm, '');

// --profiel <file>: the municipality profile that fills {{telefoon}} and the like.
const args = process.argv.slice(2);
const at = args.indexOf('--profiel');
const profile = at >= 0 ? JSON.parse(readFileSync(args.splice(at, 2)[1], 'utf8')) : {};

/** A profile value in a language: one text for all, or a text per language (else the Dutch). */
function fromProfile(field, lang) {
  const entry = profile[field];
  const text = typeof entry === 'object' && entry ? (entry[lang] ?? entry.nl) : entry;
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}

/**
 * Profile fields ({{telefoon}}) are spoken with the profile's value, else as a phrase the listener
 * understands ("the number on this page").
 */
function speakable(text, lang) {
  const spoken = voices.languages[lang]?.spoken ?? {};
  return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (placeholder, field) => {
    const value = fromProfile(field, lang);
    if (value) return value;
    if (!spoken[placeholder])
      throw new Error(`device-voices.json: ${lang} has no spoken phrase for ${placeholder}`);
    return spoken[placeholder];
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'wegwijs-audio-'));
let files = 0;
let bytes = 0;

/** Speak a text into `<dir>/audio/<lang>/<name>.mp3`; returns the address relative to dir. */
function speak(dir, lang, name, text) {
  const voice = voices.languages[lang].espeak;
  const wav = join(scratch, `${lang}-${name}.wav`);
  const address = `audio/${lang}/${name}.mp3`;
  const mp3 = join(dir, address);
  mkdirSync(dirname(mp3), { recursive: true });
  execFileSync('espeak-ng', ['-v', voice, '-s', String(RATE), '-w', wav, speakable(text, lang)]);
  execFileSync('lame', ['--quiet', '-m', 'm', '-b', '16', '--resample', '16', wav, mp3]);
  files++;
  bytes += statSync(mp3).size;
  return address;
}

const textIn = (value, lang) => (typeof value === 'object' && value ? value[lang] : undefined);

/** Step guide: one file per step with its title, text and checklist, as the widget reads it. */
function stepGuide(path, languages) {
  const dir = dirname(path);
  const route = JSON.parse(readFileSync(path, 'utf8'));
  route.steps.forEach((step, index) => {
    const name = step.id ?? `step-${index + 1}`;
    for (const lang of languages) {
      const parts = [step.title, step.text, ...(step.bring ?? [])]
        .map((part) => textIn(part, lang))
        .filter(Boolean)
        .map(plain);
      if (parts.length === 0) continue;
      step.audio = { ...step.audio, [lang]: speak(dir, lang, name, parts.join('.\n')) };
    }
  });
  writeFileSync(path, JSON.stringify(route, null, 2) + '\n');
}

/** Contact-finder intro: one file with title and text. */
function intro(path, languages) {
  const dir = dirname(path);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  for (const lang of languages) {
    const parts = [textIn(data.title, lang), textIn(data.text, lang)].filter(Boolean).map(plain);
    if (parts.length)
      data.audio = {
        ...data.audio,
        [lang]: speak(dir, lang, 'contact-finder-intro', parts.join('.\n')),
      };
  }
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
}

const generated = [];
const silent = [];
for (const [lang, info] of Object.entries(voices.languages)) {
  if (!needsFiles(info)) continue;
  if (info.espeak && hasEspeakVoice(info.espeak)) generated.push(lang);
  else silent.push(lang);
}

const targets = args;
const jobs = targets.length
  ? targets.map((file) => [file, JSON.parse(readFileSync(file, 'utf8')).steps ? stepGuide : intro])
  : [
      [join(content, 'step-guide-oco.json'), stepGuide],
      [join(content, 'contact-finder-intro.json'), intro],
    ];
// Regenerating the pack: remove the old files (not device-voices.json) so none is left stale.
if (!targets.length)
  for (const entry of readdirSync(join(content, 'audio'), { withFileTypes: true }))
    if (entry.isDirectory()) rmSync(join(content, 'audio', entry.name), { recursive: true });
for (const [file, job] of jobs) job(file, generated);
rmSync(scratch, { recursive: true, force: true });

console.log(
  `generated: ${generated.join(', ') || 'none'} — ${files} files, ${(bytes / 1024).toFixed(1)} kB`,
);
for (const [file] of jobs) console.log(`  updated ${relative(process.cwd(), file)}`);
if (silent.length)
  console.log(
    `no device voice and no espeak-ng voice: ${silent.join(', ')} — no audio; the read-aloud button is not shown in these languages (record a key person's voice and add it as "audio").`,
  );
