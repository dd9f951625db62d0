#!/usr/bin/env bash
# make-media.sh: builds the demo and test media for @wegwijs/video-explainer.
#
# WHAT IT MAKES (in packages/video-explainer/media/, from media/script.json):
#   oco-<lang>.mp4            H.264 (main) + AAC mono, 320x180, 10 fps, +faststart
#   oco-<lang>.webm           VP9 + Opus mono, 320x180, 10 fps
#   oco-<lang>.jpg            poster, 320x180 (the first title card)
#   oco-<lang>.vtt            captions, one cue per sentence, timings measured from the audio
#   oco-<lang>.chapters.vtt   one cue per chapter, with its title
#   oco-nl.en.vtt             English captions for the Dutch video (same timings)
#   oco-nl.descriptions.vtt   text audio description of the title cards (Dutch)
#   oco-nl.sign.mp4           160x120 PLACEHOLDER for a sign-language window (not sign language)
#   broken.vtt                a deliberately invalid caption file for fault tests
#   README.md                 what all of this is, licence, sizes and durations (regenerated)
#   for <lang> in: nl ar tr fr pl (every language in script.json)
#
# WHAT IT NEEDS: bash, ffmpeg + ffprobe (with libx264, libvpx-vp9, libopus, drawtext/freetype),
#   espeak-ng (voices nl, ar, tr, fr, pl; speed per language from script.json "rate", default
#   140 wpm), node >= 18, and a bold TrueType font for the digits
#   (default /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf; override with FONT=...).
#   On Debian/Ubuntu:  apt-get install -y ffmpeg espeak-ng fonts-dejavu-core nodejs
#
# HOW TO RUN (from anywhere; it only writes into media/ and a temporary directory):
#   bash packages/video-explainer/scripts/make-media.sh
#   node packages/video-explainer/scripts/check-vtt.mjs      # verify every .vtt
# Optional: LANGS="nl fr" to rebuild only some languages (README is then rebuilt from what exists).
#
# IDEMPOTENT: every output is overwritten; no other files are touched. Bit-exact output is not
# guaranteed across ffmpeg/espeak-ng versions, but timings, structure and text are deterministic.
#
# TIMING MODEL (all in samples at 22050 Hz, so captions match the audio exactly):
#   0.3 s lead-in, then each sentence followed by a 0.4 s pause; the pause after the last
#   sentence of a chapter is stretched (< 0.1 s extra) so that every chapter starts on a
#   video-frame boundary (10 fps). Chapter cues/cards therefore change exactly on a frame.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MEDIA="$(cd "$HERE/../media" && pwd)"
SCRIPT_JSON="$MEDIA/script.json"
FONT="${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}"
RATE=22050          # espeak-ng native output rate
FPS=10
LEAD=6615           # 0.3 s
PAUSE=8820          # 0.4 s
W=320; H=180

die() { echo "make-media: $*" >&2; exit 1; }
for tool in ffmpeg ffprobe espeak-ng node; do
  command -v "$tool" >/dev/null || die "missing '$tool' (see the header of this script)"
done
[[ -f "$FONT" ]] || die "font not found: $FONT (apt-get install -y fonts-dejavu-core, or set FONT=)"
[[ -f "$SCRIPT_JSON" ]] || die "missing $SCRIPT_JSON"
ENCODERS="$(ffmpeg -hide_banner -encoders 2>/dev/null)"
for enc in libx264 libvpx-vp9 libopus aac; do
  grep -q " $enc " <<<"$ENCODERS" || die "ffmpeg lacks encoder $enc"
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
FF=(ffmpeg -nostdin -hide_banner -loglevel error -y)
# strip timestamps/encoder tags so re-runs give the same bytes where the encoders allow it
BITEXACT=(-map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact)

# ---------------------------------------------------------------------------------------------
# Node helper: validates script.json, lists sentences, plans timings, writes the WebVTT files.
# ---------------------------------------------------------------------------------------------
cat > "$TMP/helper.mjs" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const [, , cmd, scriptPath, ...args] = process.argv;
const script = JSON.parse(readFileSync(scriptPath, 'utf8'));
const fail = (m) => { console.error(`script.json: ${m}`); process.exit(1); };

function validateTrack(t, where, ref) {
  if (typeof t.reviewed !== 'boolean') fail(`${where}: "reviewed" must be true or false`);
  if (!Array.isArray(t.chapters) || t.chapters.length < 3 || t.chapters.length > 4)
    fail(`${where}: needs 3 or 4 chapters`);
  if (t.chapters.length > script.cards.length) fail(`${where}: more chapters than cards`);
  t.chapters.forEach((c, i) => {
    if (!c.title || typeof c.title !== 'string') fail(`${where} chapter ${i + 1}: no title`);
    if (!Array.isArray(c.sentences) || c.sentences.length < 2 || c.sentences.length > 3)
      fail(`${where} chapter ${i + 1}: needs 2 or 3 sentences`);
    if (ref && ref.chapters[i].sentences.length !== c.sentences.length)
      fail(`${where} chapter ${i + 1}: sentence count differs from the video language`);
    for (const s of c.sentences) {
      for (const [, name] of s.matchAll(/\[([^\]]+)\]/g))
        if (!t.placeholders || !(name in t.placeholders)) fail(`${where}: no placeholder text for [${name}]`);
      if (/-->|\n/.test(s)) fail(`${where}: sentence may not contain "-->" or a newline`);
    }
  });
  if (ref && ref.chapters.length !== t.chapters.length) fail(`${where}: chapter count differs`);
}
const fill = (t, s) => s.replace(/\[([^\]]+)\]/g, (_, n) => t.placeholders[n]);
const lang = (code) => script.languages[code] ?? fail(`unknown language ${code}`);
const ms = (samples, rate) => Math.round((samples * 1000) / rate);
const stamp = (msTotal) => {
  const h = Math.floor(msTotal / 3600000), m = Math.floor(msTotal / 60000) % 60;
  const s = Math.floor(msTotal / 1000) % 60, f = msTotal % 1000;
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(h)}:${p(m)}:${p(s)}.${p(f, 3)}`;
};
const vtt = (cues, note) =>
  'WEBVTT\n\n' + (note ? `NOTE\n${note}\n\n` : '') +
  cues.map((c) => `${c.id}\n${stamp(c.start)} --> ${stamp(c.end)}\n${c.text}\n`).join('\n');

switch (cmd) {
  case 'validate': {
    for (const [code, t] of Object.entries(script.languages)) {
      if (!t.voice) fail(`${code}: no voice`);
      if (t.rate !== undefined && !(Number.isInteger(t.rate) && t.rate >= 80 && t.rate <= 450))
        fail(`${code}: rate must be an integer 80-450 (words per minute)`);
      validateTrack(t, code);
      for (const [x, xt] of Object.entries(t.extraCaptions ?? {})) validateTrack(xt, `${code}.${x}`, t);
    }
    script.cards.forEach((c, i) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(c.color)) fail(`card ${i + 1}: color must be #RRGGBB`);
      if (!['circle', 'square', 'stripes', 'diamond'].includes(c.shape)) fail(`card ${i + 1}: unknown shape`);
    });
    console.log(Object.keys(script.languages).join(' '));
    break;
  }
  case 'voice': { // voice <TAB> rate
    const t = lang(args[0]);
    console.log(`${t.voice}\t${t.rate ?? 140}`);
    break;
  }
  case 'cards': // index <TAB> color (0xRRGGBB) <TAB> shape
    script.cards.forEach((c, i) => console.log(`${i + 1}\t0x${c.color.slice(1)}\t${c.shape}`));
    break;
  case 'sentences': { // chapter <TAB> sentence <TAB> spoken text
    const t = lang(args[0]);
    t.chapters.forEach((c, ci) => c.sentences.forEach((s, si) => console.log(`${ci + 1}\t${si + 1}\t${fill(t, s)}`)));
    break;
  }
  case 'plan': {
    // args: lang, durations file (one sample count per line, sentence order), outDir, rate, fps, lead, pause
    const [code, durFile, outDir, rateS, fpsS, leadS, pauseS] = args;
    const t = lang(code);
    const rate = +rateS, frame = rate / +fpsS, lead = +leadS, pause = +pauseS;
    if (!Number.isInteger(frame)) fail('rate/fps must be an integer');
    const durs = readFileSync(durFile, 'utf8').trim().split('\n').map(Number);
    let pos = lead, k = 0;
    const sentences = [], chapters = [], pads = [];
    t.chapters.forEach((c, ci) => {
      const chStart = ci === 0 ? 0 : pos;
      c.sentences.forEach((s, si) => {
        const n = durs[k++];
        if (!(n > 0)) fail(`${code}: bad duration for sentence ${k}`);
        const start = pos, end = pos + n;
        pos = end + pause;
        if (si === c.sentences.length - 1) pos = Math.ceil(pos / frame) * frame;
        sentences.push({ ci, si, start, end });
        pads.push(pos - end);
      });
      chapters.push({ ci, start: chStart });
    });
    chapters.forEach((c, i) => (c.end = i + 1 < chapters.length ? chapters[i + 1].start : pos));
    // pads.txt: samples of silence after each sentence (first line: lead-in)
    writeFileSync(`${outDir}/pads.txt`, [lead, ...pads].join('\n') + '\n');
    // frames.txt: frames per chapter card
    writeFileSync(`${outDir}/frames.txt`, chapters.map((c) => (c.end - c.start) / frame).join('\n') + '\n');
    writeFileSync(`${outDir}/total.txt`, `${pos}\n`);
    const media = `${outDir}/media`;
    const reviewNote = (tr) => tr.reviewed ? '' : `\nText not yet reviewed by a human (${tr.origin ?? 'machine-assisted'}).`;
    const captionCues = (tr) => sentences.map((s, i) => ({
      id: `s${i + 1}`, start: ms(s.start, rate), end: ms(s.end, rate),
      text: fill(tr, tr.chapters[s.ci].sentences[s.si]),
    }));
    const chapterCues = (tr) => chapters.map((c) => ({
      id: `c${c.ci + 1}`, start: ms(c.start, rate), end: ms(c.end, rate), text: tr.chapters[c.ci].title,
    }));
    const base = `${media}/${script.id}-${code}`;
    const gen = 'Generated by scripts/make-media.sh from media/script.json; do not edit by hand.';
    writeFileSync(`${base}.vtt`, vtt(captionCues(t), `${t.title}\n${gen}${reviewNote(t)}`));
    writeFileSync(`${base}.chapters.vtt`, vtt(chapterCues(t), `${t.title}\n${gen}${reviewNote(t)}`));
    for (const [x, xt] of Object.entries(t.extraCaptions ?? {})) {
      writeFileSync(`${base}.${x}.vtt`, vtt(captionCues(xt), `${xt.title}\n${gen}${reviewNote(xt)}`));
    }
    if (code === script.sourceLanguage) {
      const descCues = chapters.map((c) => ({
        id: `d${c.ci + 1}`, start: ms(c.start, rate),
        end: Math.min(ms(c.start, rate) + 1500, ms(c.end, rate)),
        text: script.cards[c.ci].description[code],
      }));
      writeFileSync(`${base}.descriptions.vtt`, vtt(descCues, `Text audio description of the title cards.\n${gen}`));
    }
    break;
  }
  case 'readme-rows': { // lang <TAB> endonym <TAB> reviewed <TAB> title <TAB> voice <TAB> rate
    for (const [code, t] of Object.entries(script.languages))
      console.log(`${code}\t${t.name}\t${t.reviewed}\t${t.title}\t${t.voice}\t${t.rate ?? 140}`);
    break;
  }
  default: fail(`unknown helper command ${cmd}`);
}
JS
helper() { node "$TMP/helper.mjs" "$1" "$SCRIPT_JSON" "${@:2}"; }

ALL_LANGS="$(helper validate)"
LANGS="${LANGS:-$ALL_LANGS}"

samples() { ffprobe -v error -select_streams a:0 -show_entries stream=duration_ts -of csv=p=0 "$1"; }
duration() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }

# ---------------------------------------------------------------------------------------------
# Title cards (language-neutral: a colour, a digit, a shape). One PNG per card, reused.
# ---------------------------------------------------------------------------------------------
mkdir -p "$TMP/cards"
while IFS=$'\t' read -r idx color shape; do
  r=$((color >> 16 & 255)); g=$((color >> 8 & 255)); b=$((color & 255))
  # shape area: right half, centred at (236,90)
  case "$shape" in
    circle)  inside='lte(hypot(X-236,Y-90),52)' ;;
    diamond) inside='lte(abs(X-236)+abs(Y-90),60)' ;;
    square)  inside='bitand(lte(abs(X-236),48),lte(abs(Y-90),48))*not(bitand(lte(abs(X-236),36),lte(abs(Y-90),36)))' ;;
    stripes) inside='bitand(lte(abs(X-236),56),lt(mod(Y-42,36),14))*gte(Y,42)*lte(Y,138)' ;;
  esac
  "${FF[@]}" -f lavfi -i "color=c=$color:s=${W}x${H}:r=1:d=1" \
    -vf "format=rgb24,geq=r='if($inside,255,$r)':g='if($inside,255,$g)':b='if($inside,255,$b)',drawtext=fontfile=$FONT:text=$idx:fontsize=140:fontcolor=white:x=(150-text_w)/2+8:y=(h-text_h)/2" \
    -frames:v 1 -update 1 "$TMP/cards/$idx.png"
done < <(helper cards)

# ---------------------------------------------------------------------------------------------
# Per language: speech -> timings -> captions -> audio -> video
# ---------------------------------------------------------------------------------------------
for lang in $LANGS; do
  echo "== $lang"
  work="$TMP/$lang"; mkdir -p "$work/media"
  IFS=$'\t' read -r voice speed < <(helper voice "$lang")
  : > "$work/durations.txt"; : > "$work/list.txt"
  n=0
  while IFS=$'\t' read -r ci si text; do
    n=$((n + 1))
    espeak-ng -v "$voice" -s "$speed" -w "$work/raw$n.wav" -- "$text"
    samples "$work/raw$n.wav" >> "$work/durations.txt"
  done < <(helper sentences "$lang")

  helper plan "$lang" "$work/durations.txt" "$work" "$RATE" "$FPS" "$LEAD" "$PAUSE"
  mapfile -t pads < "$work/pads.txt"
  total="$(cat "$work/total.txt")"

  # lead-in + each sentence padded with its exact silence, all 22050 Hz mono s16
  "${FF[@]}" -f lavfi -i "anullsrc=r=$RATE:cl=mono" -af "atrim=end_sample=${pads[0]}" -c:a pcm_s16le "$work/seg0.wav"
  echo "file 'seg0.wav'" >> "$work/list.txt"
  for i in $(seq 1 "$n"); do
    "${FF[@]}" -i "$work/raw$i.wav" -af "aresample=$RATE,apad=pad_len=${pads[$i]}" -ac 1 -c:a pcm_s16le "$work/seg$i.wav"
    echo "file 'seg$i.wav'" >> "$work/list.txt"
  done
  "${FF[@]}" -f concat -safe 0 -i "$work/list.txt" -c:a pcm_s16le "$work/audio.wav"
  got="$(samples "$work/audio.wav")"
  [[ "$got" == "$total" ]] || die "$lang: audio has $got samples, planned $total"

  # video: one card per chapter for an exact number of frames, keyframe at every chapter start
  inputs=(); filter=""; concat=""; kf=""; start=0; c=0
  while read -r frames; do
    c=$((c + 1))
    inputs+=(-loop 1 -framerate "$FPS" -i "$TMP/cards/$c.png")
    filter+="[$((c - 1)):v]trim=end_frame=$frames,setpts=PTS-STARTPTS[v$c];"
    concat+="[v$c]"
    kf+="${kf:+,}$(awk -v f="$start" -v r="$FPS" 'BEGIN{printf "%.1f", f/r}')"
    start=$((start + frames))
  done < "$work/frames.txt"
  filter+="${concat}concat=n=$c:v=1:a=0,scale=out_color_matrix=bt709:out_range=tv,format=yuv420p[v]"
  colour=(-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv)

  "${FF[@]}" "${inputs[@]}" -i "$work/audio.wav" -filter_complex "$filter" -map "[v]" -map "$c:a" \
    -c:v libx264 -profile:v main -preset veryslow -tune stillimage -crf 30 -r "$FPS" \
    -g 600 -force_key_frames "$kf" "${colour[@]}" \
    -c:a aac -b:a 32k -ac 1 -ar "$RATE" \
    -movflags +faststart "${BITEXACT[@]}" -metadata:s:a:0 language="$lang" "$MEDIA/oco-$lang.mp4"

  "${FF[@]}" "${inputs[@]}" -i "$work/audio.wav" -filter_complex "$filter" -map "[v]" -map "$c:a" \
    -c:v libvpx-vp9 -b:v 0 -crf 45 -deadline good -cpu-used 1 -row-mt 1 -r "$FPS" \
    -g 600 -force_key_frames "$kf" "${colour[@]}" \
    -c:a libopus -b:a 24k -ac 1 -ar 24000 -application voip \
    -cues_to_front 1 "${BITEXACT[@]}" -metadata:s:a:0 language="$lang" -f webm "$MEDIA/oco-$lang.webm"

  "${FF[@]}" -i "$TMP/cards/1.png" -frames:v 1 -update 1 -q:v 5 "${BITEXACT[@]}" "$MEDIA/oco-$lang.jpg"

  cp "$work/media/"*.vtt "$MEDIA/"

  if [[ "$lang" == nl ]]; then
    # Sign-language window PLACEHOLDER: a figure on a plain card + a bar that grows with time,
    # so a tester can see it stays in sync with the main video. NOT sign language.
    secs="$(awk -v s="$total" -v r="$RATE" 'BEGIN{printf "%.1f", s/r}')"
    "${FF[@]}" -f lavfi -i "color=c=0x37474F:s=160x120:r=$FPS:d=$secs" \
      -f lavfi -i "color=c=0xFFC107:s=160x4:r=$FPS:d=$secs" \
      -filter_complex "[0:v]format=rgb24,geq=r='if(lte(hypot(X-80,Y-36),16)+bitand(bitand(gte(X,54),lte(X,106)),bitand(gte(Y,58),lte(Y,112)))+lte(hypot(X-38,Y-70),9)+lte(hypot(X-122,Y-62),9),236,55)':g='if(lte(hypot(X-80,Y-36),16)+bitand(bitand(gte(X,54),lte(X,106)),bitand(gte(Y,58),lte(Y,112)))+lte(hypot(X-38,Y-70),9)+lte(hypot(X-122,Y-62),9),239,71)':b='if(lte(hypot(X-80,Y-36),16)+bitand(bitand(gte(X,54),lte(X,106)),bitand(gte(Y,58),lte(Y,112)))+lte(hypot(X-38,Y-70),9)+lte(hypot(X-122,Y-62),9),241,79)'[bg];[bg][1:v]overlay=x='-w+w*t/$secs':y=H-4:eval=frame,scale=out_color_matrix=bt709:out_range=tv,format=yuv420p[v]" \
      -map "[v]" -an -c:v libx264 -profile:v main -preset veryslow -crf 32 -g 100 "${colour[@]}" \
      -movflags +faststart "${BITEXACT[@]}" "$MEDIA/oco-nl.sign.mp4"
  fi
done

# ---------------------------------------------------------------------------------------------
# Deliberately broken caption file (fault tests). Faults:
#   1. no "WEBVTT" header line;
#   2. cue 2 has a malformed timing line (comma decimal separator, SRT style, and no hours
#      on the end time with only one digit of milliseconds).
# Cue 1 and cue 3 are otherwise valid, so a lenient parser could recover them.
# ---------------------------------------------------------------------------------------------
cat > "$MEDIA/broken.vtt" <<'VTT'
s1
00:00:00.300 --> 00:00:02.100
Heeft u een vraag aan de gemeente?

s2
00:00:02,500 --> 00:04.1
Een cliëntondersteuner kan u helpen.

s3
00:00:04.900 --> 00:00:06.200
Deze hulp is gratis.
VTT

# ---------------------------------------------------------------------------------------------
# README with a generated table of durations and sizes
# ---------------------------------------------------------------------------------------------
kb() { awk -v b="$(stat -c %s "$1")" 'BEGIN{printf "%.1f", b/1024}'; }
table=""
for f in "$MEDIA"/oco-*.mp4 "$MEDIA"/oco-*.webm; do
  streams="$(ffprobe -v error -show_entries stream=codec_name,width,height -of csv=p=0 "$f" | tr '\n' ' ' | sed 's/ $//; s/ / + /g')"
  table+="| $(basename "$f") | $(printf '%.2f' "$(duration "$f")") s | $(kb "$f") kB | $streams |"$'\n'
done
for f in "$MEDIA"/oco-*.jpg "$MEDIA"/*.vtt; do
  [[ -e "$f" ]] || continue
  table+="| $(basename "$f") | | $(kb "$f") kB | |"$'\n'
done
langrows="$(helper readme-rows | awk -F'\t' '{printf "| %s | %s | %s | %s -s %s | %s |\n", $1, $2, $4, $5, $6, $3}')"
total_kb="$(du -sk --apparent-size "$MEDIA" | cut -f1)"

cat > "$MEDIA/README.md" <<MD
# Demo and test media for \`@wegwijs/video-explainer\`

Short explainer videos "Wat is onafhankelijke cliëntondersteuning?" (OCO, independent client
support) in five languages, with captions, chapters, posters, a text audio description and a
sign-language *placeholder*. They exist so that the component, its stories and its tests have
real, small, privacy-safe media with exact timings. **They are not meant for residents**: the
voice is a speech synthesiser and the translations have not been reviewed.

> Generated by \`scripts/make-media.sh\` from \`script.json\`. Do not edit the media or the
> \`.vtt\` files by hand (except \`script.json\`); regenerate instead. This README is regenerated too.

## Languages

| code | name | title | espeak-ng voice, rate | reviewed |
|---|---|---|---|---|
$langrows

\`reviewed: false\` everywhere: the Dutch was written for this demo and the other languages
(and the English captions of the Dutch video) are machine-assisted translations. Have a native
speaker and an OCO professional check them before using any of this text for residents.
A \`[telefoonnummer]\` placeholder in \`script.json\` is spoken and captioned as a phrase such as
"het telefoonnummer op deze pagina", so captions always match the audio.

## Files

| file | what it is |
|---|---|
| \`script.json\` | the source text: per language 4 chapters of 2–3 short sentences, chapter titles, espeak-ng voice and rate, placeholders, and the title-card design (colour, shape, description) |
| \`oco-<lang>.mp4\` | 320×180, 10 fps, H.264 Main + AAC-LC mono 32 kb/s, \`+faststart\`, keyframe at every chapter start |
| \`oco-<lang>.webm\` | same picture and sound as VP9 + Opus mono 24 kb/s, the index (Cues) at the front, as \`+faststart\` for the mp4: starting or seeking needs no request to the end of the file |
| \`oco-<lang>.jpg\` | poster, 320×180 (title card 1) |
| \`oco-<lang>.vtt\` | captions (\`kind="captions"\`), one cue per sentence (\`s1\`, \`s2\`, …), timed from the measured speech |
| \`oco-<lang>.chapters.vtt\` | chapters (\`kind="chapters"\`), one cue per chapter (\`c1\`…) with its title |
| \`oco-nl.en.vtt\` | English subtitles for the Dutch video (\`kind="subtitles" srclang="en"\`), same cue timings |
| \`oco-nl.descriptions.vtt\` | text audio description (\`kind="descriptions"\`), Dutch, one 1.5 s cue at each chapter start describing the title card |
| \`oco-nl.sign.mp4\` | **PLACEHOLDER** for a sign-language (NGT) window: 160×120, same duration as \`oco-nl.mp4\`, no audio. It shows a plain figure on a grey card and a yellow bar that grows with time (to check synchronisation). **It is not sign language** and must never be presented as such; it is for demos and tests of the sign-language window only. Real NGT needs a recording by a qualified NGT interpreter or Deaf signer. |
| \`broken.vtt\` | **deliberately invalid** captions for fault tests: it has **no \`WEBVTT\` header**, and cue \`s2\` has a **malformed timing line** (\`00:00:02,500 --> 00:04.1\`: comma separator, missing hours and only one millisecond digit). Cues \`s1\` and \`s3\` are well-formed. A strict parser must reject the file; a browser ignores the whole track because the header is missing. Use it to test the component's error state. |

### The picture

Each chapter shows one title card for its full length: a plain coloured background, the chapter
number as a large white digit (DejaVu Sans Bold), and a white shape. The cards carry no words,
so they are the same in every language (Arabic text in ffmpeg drawtext is not shaped reliably).

| card | background | shape |
|---|---|---|
| 1 | green \`#1B5E20\` | circle |
| 2 | blue \`#0D47A1\` | square outline |
| 3 | purple \`#6A1B9A\` | three stripes |
| 4 | orange \`#A63C00\` | diamond |

### Timing

0.3 s of silence, then each sentence followed by 0.4 s of silence; the pause before a new chapter
is stretched by less than 0.1 s so every chapter starts exactly on a video frame. Caption cues run
from the start to the end of the spoken sentence (measured in samples at 22 050 Hz, rounded to
the millisecond); chapter cues run from one chapter start to the next (the first from 0, the last
to the end of the file). Both video files have a keyframe exactly at every chapter start, so
seeking to a chapter is instant. In the WebM files all timestamps are shifted by about 7 ms (the
Opus encoder delay, which the WebM muxer moves to zero); that is far below anything visible.
Arabic speech: espeak-ng reads unvowelled Arabic by guessing the short vowels, so some words
sound wrong; the captions are correct text.

## Durations and sizes

| file | duration | size | streams |
|---|---|---|---|
$table
Total size of \`media/\`: about ${total_kb} kB.

## Regenerate

\`\`\`sh
# needs ffmpeg (libx264, libvpx-vp9, libopus, drawtext), espeak-ng, node >= 18, fonts-dejavu-core
bash packages/video-explainer/scripts/make-media.sh
node packages/video-explainer/scripts/check-vtt.mjs
\`\`\`

\`LANGS="nl fr"\` rebuilds only those languages. Output is deterministic in structure, text and
timings; bytes may differ between ffmpeg or espeak-ng versions.

## Licence

- Everything in this folder is generated by our own script from our own text (\`script.json\`)
  and is licensed like the rest of the project under the **EUPL-1.2**.
- The speech is synthesised with **espeak-ng**, which is free software under the **GPL-3.0-or-later**.
  The GPL covers the espeak-ng program and its voice/language data, not the sound it produces
  for our text: the GPL does not extend to a program's output unless that output contains a
  copy of the program itself, which synthesised speech does not. To our understanding the audio
  can therefore be used, changed and shared under the EUPL-1.2 like the rest of this folder.
  This is our reading, not legal advice; espeak-ng does not ship a separate licence statement
  about its output.
- The digits on the title cards are drawn with the **DejaVu Sans** font (Bitstream Vera/DejaVu
  licence, a permissive font licence); rendering text with a font places no restriction on the image.
- No third-party audio, video or images are used.
MD

echo "done: $(ls "$MEDIA" | wc -l) files, ${total_kb} kB in $MEDIA"
