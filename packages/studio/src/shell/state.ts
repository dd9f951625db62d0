/** What Studio remembers on the device, besides the content drafts. */
import type { Profile } from '@wegwijs/core/check';
import type { SnippetMode } from '../output/snippets.js';

export interface Settings {
  widget: string;
  previewLang: string;
  previewWidth: 'phone' | 'desktop';
  theme: 'site' | 'custom';
  primary: string;
  link: string;
  mode: SnippetMode;
  cdn: string;
  contentUrl: string;
}

export interface Draft {
  content: unknown;
  languages: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  widget: 'step-guide',
  previewLang: 'nl',
  previewWidth: 'phone',
  theme: 'site',
  primary: '#6a1b7a',
  link: '#6a1b7a',
  mode: 'markup',
  cdn: '',
  contentUrl: '',
};

export type { Profile };
