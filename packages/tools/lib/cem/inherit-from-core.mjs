// The widgets extend `WegwijsElement` from @wegwijs/core, another package: the analyzer only
// applies inheritance within the manifests it knows, so without this a widget's manifest lacks
// the inherited `preview` attribute. We hand it core's manifest (built first: every widget
// depends on core) as a "third-party" manifest; its built-in inheritance step does the rest,
// and we name the package the members come from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORE = '@wegwijs/core';
const coreManifest = new URL('../../../core/custom-elements.json', import.meta.url);

function packageName() {
  const file = join(process.cwd(), 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).name : undefined;
}

export function inheritFromCore() {
  return {
    name: 'wegwijs-inherit-from-core',
    initialize({ context }) {
      if (packageName() === CORE) return;
      if (!existsSync(coreManifest))
        throw new Error(`${coreManifest.pathname} is missing: build @wegwijs/core first`);
      const core = JSON.parse(readFileSync(coreManifest, 'utf8'));
      context.thirdPartyCEMs = [...(context.thirdPartyCEMs ?? []), core];
      context.coreClasses = new Set(
        core.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.name)),
      );
    },
    packageLinkPhase({ customElementsManifest, context }) {
      if (!context.coreClasses) return;
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? []) {
          // `@wegwijs/core/base/wegwijs-element` and `@wegwijs/core` name the same class.
          if (declaration.superclass?.package?.startsWith(`${CORE}/`))
            declaration.superclass = { name: declaration.superclass.name, package: CORE };
          for (const key of ['members', 'attributes', 'events', 'cssParts', 'slots'])
            for (const item of declaration[key] ?? [])
              if (item.inheritedFrom && context.coreClasses.has(item.inheritedFrom.name))
                item.inheritedFrom = { name: item.inheritedFrom.name, package: CORE };
        }
    },
  };
}
