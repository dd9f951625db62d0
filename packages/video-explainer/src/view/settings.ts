/** The choices the settings panel offers, and the resident's stored caption choices. */
import { readDeviceJson, writeDeviceJson } from '@wegwijs/core/storage/device-storage';
import {
  VIDEO_STORAGE_KEYS,
  type CaptionPrefs,
  type CaptionSize,
  type CaptionStyle,
} from '../storage.js';

export const SPEEDS = [0.75, 1, 1.25, 1.5];
export const SIZES: CaptionSize[] = ['s', 'm', 'l', 'xl'];
export const STYLES: CaptionStyle[] = ['dark', 'yellow', 'light'];

export const readCaptionPrefs = (): CaptionPrefs => ({
  on: true,
  size: 'm',
  style: 'dark',
  ...readDeviceJson<Partial<CaptionPrefs>>(VIDEO_STORAGE_KEYS.captions),
});

export const writeCaptionPrefs = (prefs: CaptionPrefs): void =>
  writeDeviceJson(VIDEO_STORAGE_KEYS.captions, prefs);
