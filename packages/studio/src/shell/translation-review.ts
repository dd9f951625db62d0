/**
 * Per language: made with a machine's help, or reviewed by a person. The content models keep
 * this in two ways: `review` (step guide, question helper: `{ "ar": "machine-assisted" }`) and
 * `machineTranslated` (letter, video: `["ar"]`, the languages not yet reviewed). Studio shows
 * and edits both the same way, in the field the widget's own schema has; nothing is renamed in
 * the content files (the widgets read their own field).
 */
export type ReviewField = 'review' | 'machineTranslated';
export type ReviewState = 'machine-assisted' | 'reviewed';

/** The field this widget's schema has for it, if any. */
export function reviewFieldOf(schema: unknown): ReviewField | undefined {
  const entries = (schema as { entries?: object } | undefined)?.entries ?? {};
  if ('review' in entries) return 'review';
  if ('machineTranslated' in entries) return 'machineTranslated';
  return undefined;
}

type WithReview = { review?: Record<string, string>; machineTranslated?: string[] };

/** The state of one language's translations. */
export function reviewState(content: unknown, field: ReviewField, lang: string): ReviewState {
  const c = (content ?? {}) as WithReview;
  if (field === 'review') return c.review?.[lang] === 'reviewed' ? 'reviewed' : 'machine-assisted';
  return c.machineTranslated?.includes(lang) ? 'machine-assisted' : 'reviewed';
}

/** Whether the content says anything yet about this language. */
export function hasReviewState(content: unknown, field: ReviewField, lang: string): boolean {
  const c = (content ?? {}) as WithReview;
  return field === 'review' ? !!c.review?.[lang] : !!c.machineTranslated?.includes(lang);
}

/** The content with this language's state set (the other fields untouched). */
export function withReviewState<T>(
  content: T,
  field: ReviewField,
  lang: string,
  state: ReviewState,
): T {
  const c = { ...(content ?? {}) } as WithReview;
  if (field === 'review') c.review = { ...c.review, [lang]: state };
  else {
    const langs = new Set(c.machineTranslated ?? []);
    if (state === 'machine-assisted') langs.add(lang);
    else langs.delete(lang);
    if (langs.size) c.machineTranslated = [...langs];
    else delete c.machineTranslated;
  }
  return c as T;
}
