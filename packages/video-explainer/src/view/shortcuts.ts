/**
 * The player's keyboard shortcuts: one table, read by the key handler and by the list shown
 * to the resident, so the two cannot disagree.
 */
import { msg } from '@wegwijs/core/locale/msg';

export type ShortcutAction =
  | 'toggle'
  | 'back'
  | 'forward'
  | 'previousChapter'
  | 'nextChapter'
  | 'repeat'
  | 'captions'
  | 'transcript'
  | 'mute'
  | 'slower'
  | 'faster'
  | 'fullscreen'
  | 'shortcuts';

interface ShortcutKey {
  /** `KeyboardEvent.key`, lower case for a single character. */
  readonly key: string;
  /** As shown in the list (default: the key in upper case). */
  readonly label?: () => string;
  readonly action: ShortcutAction;
  /** Left to the focused element: a button or link (Space), a slider (arrows). */
  readonly notOn?: 'control' | 'range';
}

interface Shortcut {
  readonly what: () => string;
  readonly keys: readonly ShortcutKey[];
  /** Also for a YouTube or Vimeo version (the others control our own video). */
  readonly anyVideo?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    what: () => msg('Afspelen of pauzeren'),
    keys: [
      { key: 'k', action: 'toggle' },
      { key: ' ', label: () => msg('Spatie'), action: 'toggle', notOn: 'control' },
    ],
  },
  {
    what: () => msg('5 seconden terug'),
    keys: [
      { key: 'j', action: 'back' },
      { key: 'ArrowLeft', label: () => '←', action: 'back', notOn: 'range' },
    ],
  },
  {
    what: () => msg('5 seconden vooruit'),
    keys: [
      { key: 'l', action: 'forward' },
      { key: 'ArrowRight', label: () => '→', action: 'forward', notOn: 'range' },
    ],
  },
  {
    what: () => msg('Vorig of volgend hoofdstuk'),
    keys: [
      { key: 'PageUp', label: () => 'Page Up', action: 'previousChapter' },
      { key: 'PageDown', label: () => 'Page Down', action: 'nextChapter' },
    ],
  },
  { what: () => msg('Herhaal de zin'), keys: [{ key: 'r', action: 'repeat' }] },
  { what: () => msg('Ondertiteling aan of uit'), keys: [{ key: 'c', action: 'captions' }] },
  {
    what: () => msg('Tekst tonen of verbergen'),
    keys: [{ key: 't', action: 'transcript' }],
    anyVideo: true,
  },
  { what: () => msg('Geluid aan of uit'), keys: [{ key: 'm', action: 'mute' }] },
  {
    what: () => msg('Langzamer of sneller'),
    keys: [
      { key: '<', action: 'slower' },
      { key: '>', action: 'faster' },
    ],
  },
  { what: () => msg('Volledig scherm'), keys: [{ key: 'f', action: 'fullscreen' }] },
  { what: () => msg('Deze lijst'), keys: [{ key: '?', action: 'shortcuts' }], anyVideo: true },
];

export const keyLabel = (k: ShortcutKey): string => k.label?.() ?? k.key.toUpperCase();

/** Where the key was pressed, as far as the shortcuts care. */
export interface KeyContext {
  /** Our own video (not YouTube or Vimeo). */
  readonly selfHosted: boolean;
  /** Focus on a button, link or slider. */
  readonly onControl: boolean;
  /** Focus on a slider. */
  readonly onRange: boolean;
}

/** The action of a key press, if it is a shortcut here. */
export function shortcutFor(key: string, where: KeyContext): ShortcutAction | undefined {
  const wanted = key.length === 1 ? key.toLowerCase() : key;
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.anyVideo && !where.selfHosted) continue;
    const found = shortcut.keys.find((k) => k.key === wanted || k.key === key);
    if (!found) continue;
    if (found.notOn === 'control' && where.onControl) return undefined;
    if (found.notOn === 'range' && where.onRange) return undefined;
    return found.action;
  }
  return undefined;
}
