/**
 * The one place that calls `configureLocalization`. Every Wegwijs package registers its own
 * catalog loader; the templates of all packages are merged per locale into one object, so a
 * package that loads later (lazy widgets) still gets its strings. A locale's strings are only
 * downloaded when that locale is used.
 */
import { configureLocalization, type TemplateMap } from '@lit/localize';
import { SOURCE_LOCALE, TARGET_LOCALES } from './locales.js';

type Templates = TemplateMap;
/** Loads one package's templates for a target locale (an `import()` of a generated module). */
export type CatalogLoader = (locale: string) => Promise<{ templates: Templates }> | undefined;

const catalogs = new Set<CatalogLoader>();
const merged = new Map<string, Templates>();
const loadedInto = new WeakMap<CatalogLoader, Set<string>>();
const catalogListeners = new Set<() => void>();

let runtime: ReturnType<typeof configureLocalization> | null | undefined;

async function loadCatalogInto(catalog: CatalogLoader, locale: string): Promise<void> {
  const done = loadedInto.get(catalog) ?? new Set<string>();
  loadedInto.set(catalog, done);
  if (done.has(locale)) return;
  done.add(locale);
  const templates = mergedTemplates(locale);
  try {
    const module = await catalog(locale);
    if (module) Object.assign(templates, module.templates);
  } catch (error) {
    done.delete(locale);
    console.warn(`[wegwijs] Could not load the "${locale}" interface texts.`, error);
  }
}

function mergedTemplates(locale: string): Templates {
  let templates = merged.get(locale);
  if (!templates) {
    templates = {};
    merged.set(locale, templates);
  }
  return templates;
}

async function loadLocale(locale: string): Promise<{ templates: Templates }> {
  await Promise.all([...catalogs].map((catalog) => loadCatalogInto(catalog, locale)));
  // lit-localize keeps this very object, so catalogs registered later can still add to it.
  return { templates: mergedTemplates(locale) };
}

function localization(): ReturnType<typeof configureLocalization> | null {
  if (runtime !== undefined) return runtime;
  try {
    runtime = configureLocalization({
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
    runtime = null;
  }
  return runtime;
}

/** The UI locale whose strings are active now. */
export function activeUiLocale(): string {
  return localization()?.getLocale() ?? SOURCE_LOCALE;
}

/** The UI locale asked for last (it may still be loading). */
let requestedLocale: string = SOURCE_LOCALE;

/** Switch the UI strings; resolves when the locale's strings (of every catalog) are loaded. */
export async function setUiLocale(locale: string): Promise<void> {
  const lit = localization();
  if (!lit) return;
  requestedLocale = locale;
  await lit.setLocale(locale);
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
  void loadCatalogInto(catalog, locale).then(() => {
    for (const listener of catalogListeners) listener();
  });
}

/** Called when a late catalog added strings to the active locale. */
export function onCatalogLoaded(listener: () => void): () => void {
  catalogListeners.add(listener);
  return () => catalogListeners.delete(listener);
}
