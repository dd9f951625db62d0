import type { GlossaryLocale } from './types.js';

/**
 * One entry per language. Literal import paths, so bundlers emit one chunk per language and a page
 * downloads only its reader's language.
 */
const loaders = {
  en: () => import('./locales/en.js'),
  ar: () => import('./locales/ar.js'),
  tr: () => import('./locales/tr.js'),
  fr: () => import('./locales/fr.js'),
  pl: () => import('./locales/pl.js'),
  uk: () => import('./locales/uk.js'),
  fa: () => import('./locales/fa.js'),
  bg: () => import('./locales/bg.js'),
  ro: () => import('./locales/ro.js'),
  ti: () => import('./locales/ti.js'),
  so: () => import('./locales/so.js'),
} satisfies Record<string, () => Promise<{ glossary: GlossaryLocale }>>;

export type GlossaryLocaleCode = keyof typeof loaders;

/** Languages with a glossary translation. Dutch is the base data (`glossaryTerms`), not a locale. */
export const glossaryLocales = Object.keys(loaders) as readonly GlossaryLocaleCode[];

/** "ar-MA" → "ar", "pt_BR" → "pt", "EN" → "en". */
function primaryLanguage(locale: string): string {
  return locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Loads the glossary translation for a BCP 47 locale (region subtags are ignored). Resolves to
 * `undefined` for languages without a translation (including "nl": use `glossaryTerms`).
 */
export async function loadGlossaryLocale(locale: string): Promise<GlossaryLocale | undefined> {
  const code = primaryLanguage(locale);
  if (!Object.prototype.hasOwnProperty.call(loaders, code)) return undefined;
  const module = await loaders[code as GlossaryLocaleCode]();
  return module.glossary;
}
