// @wegwijs/video-explainer: exports only; `@wegwijs/video-explainer/define` registers the tag.
export { WegwijsVideoExplainer } from './video-explainer.js';
export { serviceOf } from './service-of.js';
export type { VideoService } from './host.js';
export {
  readContent,
  videoType,
  type TrackRef,
  type VideoContent,
  type VideoSource,
  type VideoVersion,
} from './content.js';
export { readMarkup } from './markup.js';
// Core's names of languages in their own language: its table (in the shared file every widget
// page has), Intl.DisplayNames only for languages outside it. The facade had a copy of its own
// that asked Intl.DisplayNames for nearly every language: its first use loads the browser's
// language-name data, ~200 ms in one task at 4× CPU on the demo page (Session 12).
export { endonym } from '@wegwijs/core/locale/endonyms';
export { videoContentSchema, checkVideoContent, type VideoContentInput } from './schema.js';
export {
  readVtt,
  parseTime,
  cueText,
  cueAt,
  type Cue,
  type VttIssue,
  type VttIssueCode,
  type VttRead,
} from './vtt.js';
export { parseVtt, vttMessage, type VttError, type VttResult } from './vtt-messages.js';
export { WegwijsVideoConsentEvent, WegwijsVideoVersionChangeEvent } from './events.js';
export {
  VIDEO_STORAGE_KEYS,
  type CaptionPrefs,
  type CaptionSize,
  type CaptionStyle,
} from './storage.js';
