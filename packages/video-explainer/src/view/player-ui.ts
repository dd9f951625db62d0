/** What the player's views (controls, panels) read and call on the player. */
import type { CaptionPrefs } from '../storage.js';
import type { TrackRef, VideoVersion } from '../content.js';
import type { VideoHost } from '../host.js';
import type { PlayerState } from './player-state.js';
import type { Tracks } from './tracks.js';
import type { ShortcutAction } from './shortcuts.js';
import type { TranscriptData } from './transcript-panel.js';

export type Panel = 'settings' | 'keys';

export interface PlayerUi {
  readonly host: Pick<VideoHost, 'mode'>;
  readonly state: PlayerState;
  readonly tracks: Tracks;
  readonly prefs: CaptionPrefs;
  readonly transcriptOpen: boolean;
  readonly describing: boolean;
  readonly sign: boolean;
  readonly panel: Panel | undefined;
  transcriptFor(v: VideoVersion): TranscriptData | undefined;
  /** Do what a shortcut does (buttons and keys share these). */
  run(action: ShortcutAction): void;
  seek(time: number): void;
  toggleDescription(): void;
  toggleSign(): void;
  openPanel(panel: Panel): void;
  setMode(mode: 'full' | 'simple'): void;
  setPrefs(change: Partial<CaptionPrefs>): void;
  chooseCaptions(v: VideoVersion, track: TrackRef): void;
  /** A playback rate as shown (1,25×). */
  rate(value: number): string;
}
