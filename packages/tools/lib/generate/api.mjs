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
  return elementsOf(manifest).map(({ declaration }) => {
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
        description: event.description ?? '',
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

/** Classes a generated .d.ts imports from the package index: elements and event types. */
export function importedTypes(elements) {
  const names = new Set();
  for (const element of elements) {
    names.add(element.className);
    for (const event of element.events) if (event.type !== 'Event') names.add(event.type);
  }
  return [...names].sort();
}

/** A JSDoc comment at `indent`, or nothing. */
export function doc(text, indent = '  ') {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return `${indent}/** ${lines.join(`\n${indent} * `)} */\n`;
}
