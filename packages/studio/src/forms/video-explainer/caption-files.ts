/**
 * Caption files the editor pasted or loaded from the computer, checked with the video
 * explainer's own WebVTT reader (`parseVtt`: the player's reader, with the editor's words)
 * the moment they are added. The content model holds only the file's address (the file goes
 * on the municipality's website), so the text is kept beside the draft, on this device only,
 * by the address it will have: the check stays next to the field after a reload.
 */
import { parseVtt, type VttResult } from '@wegwijs/video-explainer';
import { readDraft, writeDraft } from '../../drafts.js';

const STORE = 'video-explainer:vtt';
/** A file this large is not a caption file (and would fill the browser's storage). */
export const MAX_VTT_CHARS = 512 * 1024;

export interface CaptionCheck extends VttResult {
  /** Per problem: the number of the cue it is in (1-based; 0 before the first cue). */
  cueOf: number[];
}

export function checkCaptionText(text: string): CaptionCheck {
  const result = parseVtt(text);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // Per line, the number of cue blocks begun up to it (blocks are separated by blank lines;
  // the header and NOTE, STYLE and REGION blocks are no cues): the cue a problem is in.
  const cueAt: number[] = [];
  let count = 0;
  let inBlock = true; // the header block
  for (const line of lines) {
    if (!line.trim()) inBlock = false;
    else if (!inBlock) {
      inBlock = true;
      if (!/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(line)) count++;
    }
    cueAt.push(count);
  }
  return { ...result, cueOf: result.errors.map((e) => cueAt[e.line - 1] ?? count) };
}

function stored(): Record<string, string> {
  return readDraft<Record<string, string>>(STORE) ?? {};
}

export function captionText(key: string): string | undefined {
  return stored()[key];
}

/** Keep (or, with an empty text, forget) the caption text for a field. */
export function keepCaptionText(key: string, text: string): boolean {
  const all = stored();
  if (text && text.length <= MAX_VTT_CHARS) all[key] = text;
  else delete all[key];
  return writeDraft(STORE, all);
}
