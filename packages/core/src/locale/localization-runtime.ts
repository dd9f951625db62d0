/**
 * lit-localize's runtime, configured once, loaded with the first non-Dutch interface strings
 * (see `localization.ts`). The templates of all catalogs are merged per locale into one object.
 */
import { configureLocalization, type TemplateMap } from '@lit/localize';
import { SOURCE_LOCALE, TARGET_LOCALES } from './locales.js';
import type { CatalogLoader } from './localization.js';

const merged = new Map<string, TemplateMap>();
/** The registered catalogs (given by `localization.ts` when it loads this module). */
let catalogs: ReadonlySet<CatalogLoader> = new Set();

export function useCatalogs(registered: ReadonlySet<CatalogLoader>): void {
  catalogs = registered;
}
/** Per catalog and locale: its load, done or still in flight (a second switch waits for it). */
const loads = new WeakMap<CatalogLoader, Map<string, Promise<void>>>();

function mergedTemplates(locale: string): TemplateMap {
  let templates = merged.get(locale);
  if (!templates) {
    templates = {};
    merged.set(locale, templates);
  }
  return templates;
}

/** Add one catalog's strings for a locale (once; a failed load may be retried). */
export function loadCatalogInto(catalog: CatalogLoader, locale: string): Promise<void> {
  let byLocale = loads.get(catalog);
  if (!byLocale) loads.set(catalog, (byLocale = new Map()));
  let load = byLocale.get(locale);
  if (!load) {
    const templates = mergedTemplates(locale);
    load = Promise.resolve()
      .then(() => catalog(locale))
      .then(
        (module) => void (module && Object.assign(templates, module.templates)),
        (error: unknown) => {
          byLocale.delete(locale);
          console.warn(`[wegwijs] Could not load the "${locale}" interface texts.`, error);
        },
      );
    byLocale.set(locale, load);
  }
  return load;
}

async function loadLocale(locale: string): Promise<{ templates: TemplateMap }> {
  await Promise.all([...catalogs].map((catalog) => loadCatalogInto(catalog, locale)));
  // lit-localize keeps this very object, so catalogs registered later can still add to it.
  return { templates: mergedTemplates(locale) };
}

let lit: ReturnType<typeof configureLocalization> | null;
try {
  lit = configureLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: TARGET_LOCALES,
    loadLocale,
  });
} catch (error) {
  // The host page's own app configured @lit/localize first (it may be configured only once).
  console.warn(
    '[wegwijs] @lit/localize was already configured on this page; Wegwijs shows its interface in Dutch.',
    error,
  );
  lit = null;
}

export const activeLocale = (): string => lit?.getLocale() ?? SOURCE_LOCALE;

export const setLocale = (locale: string): Promise<void> =>
  lit ? lit.setLocale(locale) : Promise.resolve();
