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
export { endonym } from './names.js';
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
