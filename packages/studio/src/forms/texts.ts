/** A text as the content model holds it: a string (in Dutch) or an object per language. */
export type Texts = Record<string, string>;

/** A text as the model holds it → per language. */
export function asTexts(value: unknown): Texts {
  if (typeof value === 'string') return { nl: value };
  if (value && typeof value === 'object') return { ...(value as Texts) };
  return {};
}
