// Vue 3 types: the tags as global components, so vue-tsc checks props (`:heading-level` is the
// prop `headingLevel`; Vue sets it as a property) and `@wegwijs-step-change` handlers (the prop
// `onWegwijsStepChange`; Vue listens to `wegwijs-step-change`).
import { doc, elementEvents, typeImports, pascal } from './api.mjs';

export function vueTypes(elements, options = {}) {
  const props = elements.map((element) => {
    const el = element.className;
    const lines = [];
    for (const attribute of element.attributes.filter((a) => a.field)) {
      lines.push(doc(`${attribute.description} Attribute: \`${attribute.name}\`.`));
      lines.push(`  ${attribute.field}?: ${el}['${attribute.field}'];\n`);
    }
    for (const property of element.properties.filter((p) => !p.readonly)) {
      lines.push(doc(property.description));
      lines.push(`  ${property.name}?: ${el}['${property.name}'];\n`);
    }
    for (const event of elementEvents(element)) {
      lines.push(doc(event.description));
      lines.push(`  on${pascal(event.name)}?: (event: ${event.type}) => void;\n`);
    }
    return `/** Props and events of \`<${element.tag}>\` in Vue templates. */
export interface ${el}VueProps {
${lines.join('')}}`;
  });
  return `// Generated from custom-elements.json by @wegwijs/tools (generate-from-manifest.mjs): do not edit.
// Vue 3 template types: \`import type {} from '${'<package>'}/vue';\` once in your app (and tell
// Vue's compiler that tags starting with \`wegwijs-\` are custom elements).
import type { DefineComponent } from 'vue';
${typeImports(elements, options)}

${props.join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `    '${element.tag}': DefineComponent<${element.className}VueProps>;`).join('\n')}
  }
}
`;
}
