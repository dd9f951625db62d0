// @wegwijs/contact-finder: exports only, no side effects (the tag is registered by ./define).
export { WegwijsContactFinder } from './contact-finder.js';
export { WegwijsContactFilterEvent } from './filter-event.js';
export {
  buildIndex,
  type ContactIndex,
  type IndexQuery,
  type IndexResult,
} from './index/contact-index.js';
export { validateDirectory, contactSchema } from './schema.js';
export { parsePostcode, parseArea, readPostcodeInput } from './postcode.js';
export { dutchClock, hoursStatus, weeklyHours, isOpen } from './hours.js';
export { fold } from './text.js';
export { toVCard } from './vcard.js';
export { KINDS, TOPICS } from './types.js';
export type {
  Contact,
  Directory,
  Filters,
  Kind,
  Topic,
  Phone,
  Schedule,
  ScheduleException,
  Location,
} from './types.js';
