/**
 * A small, strict WebVTT parser. We render captions, chapters, descriptions and the transcript
 * ourselves (so caption size and contrast work everywhere, iOS included), and a broken file must
 * be reported to the editor with line numbers instead of silently showing nothing.
 *
 * Strict where browsers are silent: the `WEBVTT` header, the timing line
 * (`[hh:]mm:ss.ttt --> [hh:]mm:ss.ttt [settings]`, minutes and seconds below 60), start before
 * end, cues in order of start time, unique identifiers, no empty cues. Cue text is reduced to
 * plain text (tags removed, entities decoded): it is always rendered as text, never as markup.
 */
export interface Cue {
  id?: string;
  start: number;
  end: number;
  text: string;
}

/** What is wrong with a file, as a code: the words for the editor are in `vtt-messages.ts`. */
export type VttIssueCode =
  'header' | 'timing' | 'malformed' | 'ends' | 'order' | 'duplicate' | 'empty' | 'separator';

export interface VttIssue {
  /** 1-based line number in the file. */
  line: number;
  code: VttIssueCode;
  /** What the message quotes (the line found, the cue identifier, the times). */
  values: string[];
}

export interface VttRead {
  cues: Cue[];
  errors: VttIssue[];
  /** False when the file cannot be used at all (no header): browsers ignore such a file too. */
  usable: boolean;
}

const TIME = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

/** Seconds from a WebVTT timestamp, or undefined when it is malformed. */
export function parseTime(value: string): number | undefined {
  const m = TIME.exec(value);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** Cue payload as plain text: tags (`<v Name>`, `<b>`, timestamps) removed, references decoded
 * (`&amp;`, and numeric ones such as `&#39;` and `&#x27;`; an invalid number becomes U+FFFD). */
export function cueText(payload: string): string {
  return payload
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?)?(\w+);/gi, (whole, num: string | undefined, name: string) => {
      if (!num) return ENTITIES[name] ?? whole;
      const code = +(num[1] ? `0x${name}` : name);
      return String.fromCodePoint(code > 0 && code < 0x110000 ? code : 0xfffd);
    })
    .trim();
}

/**
 * Read a file into cues and issues (codes). The player uses this; the messages for editors load
 * only when a file has issues (`parseVtt` in `vtt-messages.ts` gives both at once).
 */
export function readVtt(source: string): VttRead {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: VttIssue[] = [];
  const cues: Cue[] = [];
  const ids = new Set<string>();
  const error = (line: number, code: VttIssueCode, ...values: string[]) =>
    errors.push({ line, code, values });
  let i = 0;
  const usable = /^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '');
  if (usable) {
    i = 1;
    while (i < lines.length && lines[i]!.trim() !== '') i++; // header text and metadata
  } else {
    error(1, 'header', (lines[0] ?? '').slice(0, 40));
  }
  let lastStart = 0;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const first = i;
    const block: string[] = [];
    // A second timing line ends the cue: the blank line before it is missing (reported below).
    while (lines[i]?.trim() && !(lines[i]!.includes('-->') && block.join().includes('-->')))
      block.push(lines[i++]!);
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]!)) continue;
    let at = 0;
    let id: string | undefined;
    if (!block[0]!.includes('-->')) {
      id = block[0]!.trim();
      at = 1;
    }
    const timingLine = first + at + 1;
    const timing = block[at];
    if (timing === undefined || !timing.includes('-->')) {
      error(timingLine, 'timing', id ?? '');
      continue;
    }
    const m = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/.exec(timing.trim());
    const start = m ? parseTime(m[1]!) : undefined;
    const end = m ? parseTime(m[2]!) : undefined;
    if (start === undefined || end === undefined) {
      error(timingLine, 'malformed', timing.trim());
      continue;
    }
    if (end <= start) {
      error(timingLine, 'ends', m![1]!, m![2]!);
      continue;
    }
    if (start < lastStart) error(timingLine, 'order', m![1]!);
    lastStart = Math.max(lastStart, start);
    if (id !== undefined) {
      if (ids.has(id)) error(first + 1, 'duplicate', id);
      ids.add(id);
    }
    if (lines[i]?.trim()) error(i + 1, 'separator');
    const text = cueText(block.slice(at + 1).join('\n'));
    if (!text) {
      error(timingLine, 'empty');
      continue;
    }
    cues.push({ id, start, end, text });
  }
  return { cues: usable ? cues : [], errors, usable };
}

/** The cue playing at `time`, if any (the last one that started, for overlapping cues). */
export function cueAt(cues: readonly Cue[], time: number): Cue | undefined {
  let found: Cue | undefined;
  for (const cue of cues) {
    if (cue.start > time) break;
    if (time < cue.end) found = cue;
  }
  return found;
}

/** `m:ss` (or `h:mm:ss`), always written left to right. */
export function formatTime(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const mmss = `${Math.floor(s / 60) % 60}:${String(s % 60).padStart(2, '0')}`;
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mmss.padStart(5, '0')}` : mmss;
}
