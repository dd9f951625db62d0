/**
 * What the video explainer keeps on the device (localStorage, prefix `wegwijs:`), and nothing
 * else: the resident's caption choices. Listed in docs/video-explainer.md.
 */
export const VIDEO_STORAGE_KEYS = {
  /** `{ on: boolean, size: 's'|'m'|'l'|'xl', style: 'dark'|'yellow'|'light' }` */
  captions: 'video-captions',
} as const;

export type CaptionSize = 's' | 'm' | 'l' | 'xl';
export type CaptionStyle = 'dark' | 'yellow' | 'light';
export interface CaptionPrefs {
  on: boolean;
  size: CaptionSize;
  style: CaptionStyle;
}
