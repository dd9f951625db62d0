/**
 * Studio's interface language: Dutch (the source) or English. Studio registers its own catalog
 * with core's one localization runtime (core owns `configureLocalization`); the widget in the
 * preview runs in its own frame, so its language never changes Studio's.
 */
import type { TemplateMap } from '@lit/localize';
import { registerCatalog, setUiLocale } from '@wegwijs/core/locale/localization';

export type StudioLocale = 'nl' | 'en';
const KEY = 'wegwijs-studio:ui-locale';

registerCatalog((locale) =>
  locale === 'en'
    ? (import('./generated/locales/en.js') as Promise<{ templates: TemplateMap }>)
    : undefined,
);

export function storedStudioLocale(): StudioLocale {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export async function setStudioLocale(locale: StudioLocale): Promise<void> {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode: the choice lasts this visit only.
  }
  document.documentElement.lang = locale;
  await setUiLocale(locale);
}
