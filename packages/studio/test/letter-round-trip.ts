// The letter's round trip for the tests: content → Studio's markup snippet → the letter
// explainer's own markup reader → the same content. Shared by the markup test (every example
// and story letter) and the form test (what the letter form makes).
import { expect } from '@open-wc/testing';
import { markupToContent, type LetterContent } from '@wegwijs/letter-explainer';
import { check } from '@wegwijs/letter-explainer/check';
import { letterExplainerMarkup } from '../src/output/letter-explainer-markup.js';

/** The markup as the page gets it (parsed by the browser, never by Studio's page itself). */
export function hostWith(markup: string): HTMLElement {
  const doc = new DOMParser().parseFromString(
    `<wegwijs-letter-explainer>${markup}</wegwijs-letter-explainer>`,
    'text/html',
  );
  return doc.querySelector('wegwijs-letter-explainer')!;
}

type Json = Record<string, unknown>;
const PERIODS = ['days', 'weeks', 'months'];

/**
 * One spelling of what means the same: a text that is a plain string is the letter's language
 * (answers, explanations and regions are always read per language), Dutch is the default
 * language, and a period counts from the letter's date (the only start there is).
 */
export function sameMeaning(content: unknown): Json {
  const c = JSON.parse(JSON.stringify(content)) as Json;
  delete c['$schema'];
  const lang = (c['lang'] as string) || 'nl';
  if (lang === 'nl') delete c['lang'];
  const perLang = (v: unknown) => (typeof v === 'string' ? { [lang]: v } : v);
  const answers = (c['answers'] ?? {}) as Json;
  for (const key of Object.keys(answers)) answers[key] = perLang(answers[key]);
  for (const e of (c['explanations'] ?? []) as Json[]) e['text'] = perLang(e['text']);
  const image = c['image'] as { regions: Json[] } | undefined;
  for (const r of image?.regions ?? []) r['text'] = perLang(r['text']);
  const deadline = c['deadline'] as Json | undefined;
  if (deadline) {
    if (PERIODS.some((p) => p in deadline) && !('date' in deadline))
      deadline['from'] ??= 'letter-date';
    if (deadline['label'] !== undefined) deadline['label'] = perLang(deadline['label']);
    if (deadline['auto'] === false) delete deadline['auto'];
  }
  if (c['objection'] === false) delete c['objection'];
  if (c['autoTerms'] === true) delete c['autoTerms'];
  if (Array.isArray(c['explanations']) && !c['explanations'].length) delete c['explanations'];
  return c;
}

/** Every language any text of the content is in. */
export function languagesOf(content: unknown): string[] {
  const found = new Set<string>(['nl']);
  JSON.stringify(content, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const k of Object.keys(value)) if (/^[a-z]{2,3}$/.test(k)) found.add(k);
    return value;
  });
  return [...found];
}

/** Writes the content as Studio's markup, reads it with the widget's reader, compares. */
export function expectRoundTrip(content: LetterContent, languages = languagesOf(content)): Json {
  const markup = letterExplainerMarkup(content, languages);
  const read = markupToContent(hostWith(markup));
  expect(sameMeaning(read), markup).to.deep.equal(sameMeaning(content));
  // What was read is valid content for the widget's own check.
  expect(check(read).problems).to.deep.equal([]);
  return read as Json;
}
