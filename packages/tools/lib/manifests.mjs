// The Custom Elements Manifests of the workspace packages (made by each package's `analyze`),
// and the element declarations in them. Shared by the manifest test and the generators.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const packagesDir = new URL('../../', import.meta.url).pathname;

/** Every package that declares a manifest: [{ dir, pkg, manifest }]. */
export function packagesWithManifests() {
  return readdirSync(packagesDir)
    .map((name) => join(packagesDir, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => pkg.customElements)
    .map(({ dir, pkg }) => {
      const file = join(dir, pkg.customElements);
      if (!existsSync(file)) throw new Error(`${file} is missing: run the package's build`);
      return { dir, pkg, manifest: JSON.parse(readFileSync(file, 'utf8')) };
    });
}

/** The custom elements a manifest declares: [{ module, declaration }]. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ module, declaration })),
  );
}
