// A widget's public API as the generators need it, read from its Custom Elements Manifest.
import { elementsOf } from '../manifests.mjs';

/** A literal union such as `'all' | 'one'`: the values an attribute takes, else undefined. */
export function literalValues(typeText) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'undefined');
  if (!values.length || !values.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return values.map((part) => part.slice(1, -1));
}

/** The primitive kind of a property's declared type: 'string', 'number', 'boolean' or undefined. */
export function primitiveOf(typeText) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'undefined');
  if (values.length === 1 && ['string', 'number', 'boolean'].includes(values[0])) return values[0];
  if (literalValues(typeText)) return 'string';
  return undefined;
}

/**
 * Per element: tag, class, descriptions, attributes (with their field), writable properties
 * without an attribute, methods, events (with their class), slots, parts, custom properties.
 */
export function widgetApi(manifest) {
  return elementsOf(manifest).map(({ module, declaration }) => {
    const members = declaration.members ?? [];
    const attributes = (declaration.attributes ?? []).map((attribute) => {
      const field = members.find((member) => member.name === attribute.fieldName);
      const type = field?.type?.text ?? attribute.type?.text;
      return {
        name: attribute.name,
        field: attribute.fieldName,
        description: attribute.description ?? field?.description ?? '',
        type,
        primitive: primitiveOf(type) ?? 'string',
        values: literalValues(type),
        default: attribute.default ?? field?.default,
      };
    });
    const attributeFields = new Set(attributes.map((attribute) => attribute.field));
    const instance = members.filter((member) => !member.static);
    return {
      tag: declaration.tagName,
      className: declaration.name,
      /** The source module that declares the class (`src/….ts`). */
      module: module.path,
      summary: declaration.summary ?? '',
      description: declaration.description ?? '',
      attributes,
      properties: instance.filter(
        (member) => member.kind === 'field' && !attributeFields.has(member.name),
      ),
      methods: instance.filter((member) => member.kind === 'method'),
      events: (declaration.events ?? []).map((event) => ({
        name: event.name,
        type: event.type?.text ?? 'Event',
        /** The source module that declares the event class, when the manifest says. */
        module: event.type?.references?.find((r) => r.name === event.type?.text)?.module,
        description: event.description ?? '',
        /** Fired on `window`, not on the element: no `on…` prop of the element can hear it. */
        onWindow: /^On `window`/.test(event.description ?? ''),
      })),
      slots: declaration.slots ?? [],
      cssParts: declaration.cssParts ?? [],
      cssProperties: declaration.cssProperties ?? [],
    };
  });
}

/** `wegwijs-step-change` → `WegwijsStepChange` (Vue's `on…` prop names). */
export function pascal(name) {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
}

/** The events a framework can listen to on the element (not those fired on `window`). */
export const elementEvents = (element) => element.events.filter((event) => !event.onWindow);

/** Classes a generated .d.ts imports from the package index: elements and event types. */
export function importedTypes(elements) {
  const names = new Set();
  for (const element of elements) {
    names.add(element.className);
    for (const event of elementEvents(element)) if (event.type !== 'Event') names.add(event.type);
  }
  return [...names].sort();
}

/**
 * The import lines of a generated .d.ts (it sits in dist/). By default the classes come from the
 * package index; with `fromModules` each from the module that declares it (`src/a/b.ts` →
 * `./a/b.js`), for a package whose index does not export its elements (core keeps it small).
 */
export function typeImports(elements, { fromModules = false } = {}) {
  if (!fromModules)
    return `import type { ${importedTypes(elements).join(', ')} } from './index.js';`;
  const byModule = new Map();
  const add = (name, module) => {
    if (!module) throw new Error(`the manifest does not say which module declares ${name}`);
    const path = `./${module.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
    byModule.set(path, new Set([...(byModule.get(path) ?? []), name]));
  };
  for (const element of elements) {
    add(element.className, element.module);
    for (const event of elementEvents(element))
      if (event.type !== 'Event') add(event.type, event.module);
  }
  return [...byModule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, names]) => `import type { ${[...names].sort().join(', ')} } from '${path}';`)
    .join('\n');
}

/** A JSDoc comment at `indent`, or nothing. */
export function doc(text, indent = '  ') {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return `${indent}/** ${lines.join(`\n${indent} * `)} */\n`;
}
