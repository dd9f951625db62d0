// JSX types for React 19, which sets a custom element's props as properties when the element has
// them (`src`, `headingLevel`) and otherwise as attributes (`heading-level`), and listens to
// `on<event-name>` props (`onwegwijs-step-change`) with addEventListener.
import { doc, elementEvents, typeImports } from './api.mjs';

export function reactTypes(elements, options = {}) {
  const interfaces = elements.map((element) => {
    const el = element.className;
    const lines = [];
    for (const attribute of element.attributes) {
      lines.push(
        doc(
          `${attribute.description}${attribute.field ? ` Property: \`${attribute.field}\`.` : ''}`,
        ),
      );
      const type = attribute.field ? `${el}['${attribute.field}']` : 'string';
      lines.push(`  '${attribute.name}'?: ${type} | undefined;\n`);
      if (attribute.field && attribute.field !== attribute.name) {
        lines.push(doc(`${attribute.description} Attribute: \`${attribute.name}\`.`));
        lines.push(`  ${attribute.field}?: ${el}['${attribute.field}'] | undefined;\n`);
      }
    }
    for (const property of element.properties.filter((p) => !p.readonly)) {
      lines.push(doc(property.description));
      lines.push(`  ${property.name}?: ${el}['${property.name}'] | undefined;\n`);
    }
    for (const event of elementEvents(element)) {
      lines.push(doc(event.description));
      lines.push(`  'on${event.name}'?: ((event: ${event.type}) => void) | undefined;\n`);
    }
    return `/** Props of \`<${element.tag}>\` in React 19 JSX. */
export interface ${el}Props
  extends DetailedHTMLProps<HTMLAttributes<${el}>, ${el}> {
${lines.join('')}}`;
  });
  return `// Generated from custom-elements.json by @wegwijs/tools (generate-from-manifest.mjs): do not edit.
// React 19 JSX types: \`import type {} from '${'<package>'}/react';\` once in your app.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${typeImports(elements, options)}

${interfaces.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((element) => `      '${element.tag}': ${element.className}Props;`).join('\n')}
    }
  }
}
`;
}
