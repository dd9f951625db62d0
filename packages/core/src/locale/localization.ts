/**
 * The one place that configures `@lit/localize` (through `localization-runtime.ts`). Every
 * Wegwijs package registers its own catalog loader; the templates of all packages are merged
 * per locale, so a package that loads later (lazy widgets) still gets its strings.
 *
 * Until a target locale is used, `msg()` returns the Dutch source strings by itself, so
 * lit-localize's runtime (lookup, id hashing, locale switching) is its own chunk: it is
 * fetched together with the first non-Dutch strings, never for a Dutch interface.
 */
import { SOURCE_LOCALE } from './locales.js';
import type { TemplateMap } from '@lit/localize';

/** Loads one package's templates for a target locale (an `import()` of a generated module). */
export type CatalogLoader = (locale: string) => Promise<{ templates: TemplateMap }> | undefined;

/** Every registered catalog; the runtime loads each for a locale when it is used. */
export const catalogs = new Set<CatalogLoader>();
const catalogListeners = new Set<() => void>();

type Runtime = typeof import('./localization-runtime.js');
let runtime: Runtime | undefined;
let loading: Promise<Runtime | undefined> | undefined;

function loadRuntime(): Promise<Runtime | undefined> {
  return (loading ??= import('./localization-runtime.js').then(
    (module) => {
      // Given, not imported: the runtime importing this module would be an import circle.
      module.useCatalogs(catalogs);
      return (runtime = module);
    },
    (error: unknown) => {
      loading = undefined; // offline: try again with the next choice
      console.warn('[wegwijs] Could not load the interface texts.', error);
      return undefined;
    },
  ));
}

/** The UI locale whose strings are active now. */
export function activeUiLocale(): string {
  return runtime?.activeLocale() ?? SOURCE_LOCALE;
}

/** The UI locale asked for last (it may still be loading). */
let requestedLocale: string = SOURCE_LOCALE;

/** Switch the UI strings; resolves when the locale's strings (of every catalog) are loaded. */
export function setUiLocale(locale: string): Promise<void> {
  requestedLocale = locale;
  // Once loaded, switch at once: a catalog registered after this call is added to the locale
  // by registerCatalog, and the switch does not wait for it.
  if (runtime) return runtime.setLocale(locale);
  if (locale === SOURCE_LOCALE && !loading) return Promise.resolve(); // never switched: Dutch
  return loadRuntime().then((module) => module?.setLocale(locale));
}

/**
 * Register a package's catalog. When a target locale is active or loading, the catalog's
 * strings for it are loaded at once (a widget whose code arrives later still gets them).
 */
export function registerCatalog(catalog: CatalogLoader): void {
  if (catalogs.has(catalog)) return;
  catalogs.add(catalog);
  const locale = requestedLocale;
  if (locale === SOURCE_LOCALE) return;
  void loadRuntime()
    .then((module) => module?.loadCatalogInto(catalog, locale))
    .then(() => {
      for (const listener of catalogListeners) listener();
    });
}

/** Called when a late catalog added strings to the active locale. */
export function onCatalogLoaded(listener: () => void): () => void {
  catalogListeners.add(listener);
  return () => catalogListeners.delete(listener);
}
