/** The contact finder's topic ids (kept in sync with @wegwijs/contact-finder by a test). */
export const FINDER_TOPICS = [
  'money',
  'care',
  'youth',
  'housing',
  'work',
  'health',
  'letters',
  'loneliness',
] as const;
