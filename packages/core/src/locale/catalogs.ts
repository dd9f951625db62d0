/**
 * The registry of interface-text catalogs, on its own so that the lazily loaded runtime
 * (`localization-runtime.ts`) can read it without importing `localization.ts`, which loads
 * the runtime (an import circle).
 */
import type { TemplateMap } from '@lit/localize';

/** Loads one package's templates for a target locale (an `import()` of a generated module). */
export type CatalogLoader = (locale: string) => Promise<{ templates: TemplateMap }> | undefined;

/** Every registered catalog; the runtime loads each for a locale when it is used. */
export const catalogs = new Set<CatalogLoader>();
