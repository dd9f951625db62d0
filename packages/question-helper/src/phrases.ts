import type { Phrases } from './phrases/types.js';

/** The card words per language: one small chunk each, loaded only when used. */
const loaders: Record<string, () => Promise<{ phrases: Phrases }>> = {
  nl: () => import('./phrases/nl.js'),
  en: () => import('./phrases/en.js'),
  ar: () => import('./phrases/ar.js'),
  tr: () => import('./phrases/tr.js'),
  fr: () => import('./phrases/fr.js'),
  pl: () => import('./phrases/pl.js'),
  uk: () => import('./phrases/uk.js'),
  bg: () => import('./phrases/bg.js'),
  ro: () => import('./phrases/ro.js'),
  fa: () => import('./phrases/fa.js'),
  ti: () => import('./phrases/ti.js'),
  so: () => import('./phrases/so.js'),
};

/** The languages a card can be written in. */
export const PHRASE_LANGUAGES = Object.keys(loaders);

const loaded = new Map<string, Phrases>();

/** The phrases of `lang` if already loaded (else undefined: call `loadPhrases`). */
export function phrasesOf(lang: string): Phrases | undefined {
  return loaded.get(lang);
}

/** Load the phrases of `lang` (Dutch for a language without them). */
export async function loadPhrases(lang: string): Promise<Phrases> {
  const key = loaders[lang] ? lang : 'nl';
  const known = loaded.get(key);
  if (known) return known;
  const { phrases } = await loaders[key]!();
  loaded.set(key, phrases);
  return phrases;
}

export type { Phrases };
