import type { TemplateMap } from '@lit/localize';
import type { CatalogLoader } from '@wegwijs/core';

/** The question helper's UI strings, one module per locale, loaded only when that locale is used. */
const loaders: Record<string, () => Promise<{ templates: TemplateMap }>> = {
  en: () => import('./generated/locales/en.js'),
  ar: () => import('./generated/locales/ar.js'),
  tr: () => import('./generated/locales/tr.js'),
  fr: () => import('./generated/locales/fr.js'),
  pl: () => import('./generated/locales/pl.js'),
  uk: () => import('./generated/locales/uk.js'),
  bg: () => import('./generated/locales/bg.js'),
  ro: () => import('./generated/locales/ro.js'),
  fa: () => import('./generated/locales/fa.js'),
  ti: () => import('./generated/locales/ti.js'),
  so: () => import('./generated/locales/so.js'),
};

export const questionHelperCatalog: CatalogLoader = (locale) => loaders[locale]?.();
