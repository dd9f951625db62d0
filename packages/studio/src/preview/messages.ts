/** What the shell sends to the preview frame (same origin, checked on both sides). */
import type { Profile } from '@wegwijs/core/check';

export interface PreviewMessage {
  type: 'wegwijs-studio:preview';
  widget: string;
  content: unknown;
  profile: Profile;
  lang: string;
  /** 'site': the Voorbeeldstad theme; 'custom': the contrast-checked tokens below. */
  theme: 'site' | 'custom';
  tokens: [string, string][];
}
