// A widget package's README, from its manifest and package.json: what the element is, how to
// load it, an example, and its API (attributes, properties, methods, events, slots, parts,
// custom properties), then the framework types and editor data the package ships.
import { pascal } from './api.mjs';

const cell = (text) =>
  (text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${String(text).replace(/`/g, '')}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function section(title, body) {
  return body ? `### ${title}\n\n${body}\n` : '';
}

function elementSection(element, pkg) {
  const listener = element.events[0];
  const example = [
    '```html',
    '<script type="module">',
    `  import '${pkg.name}/define';`,
    '</script>',
    `<${element.tag} src="content.json"></${element.tag}>`,
    ...(listener
      ? [
          '<script type="module">',
          `  document.querySelector('${element.tag}').addEventListener('${listener.name}', (event) => {`,
          `    console.log(event); // ${listener.type}`,
          '  });',
          '</script>',
        ]
      : []),
    '```',
  ].join('\n');
  return [
    `## \`<${element.tag}>\``,
    '',
    element.summary ? `**${cell(element.summary)}**\n` : '',
    element.description,
    '',
    example,
    '',
    section(
      'Attributes',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        element.attributes.map((a) => [
          code(a.name),
          code(a.field),
          code(a.type),
          code(a.default),
          a.description,
        ]),
      ),
    ),
    section(
      'Properties',
      table(
        ['Property', 'Type', 'Description'],
        element.properties.map((p) => [
          code(p.name),
          code(p.type?.text),
          `${p.readonly ? '(read-only) ' : ''}${p.description ?? ''}`,
        ]),
      ),
    ),
    section(
      'Methods',
      table(
        ['Method', 'Description'],
        element.methods.map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
          m.description ?? '',
        ]),
      ),
    ),
    section(
      'Events',
      table(
        ['Event', 'Type', 'React prop', 'Vue listener', 'Description'],
        element.events.map((e) => [
          code(e.name),
          code(e.type),
          code(`on${e.name}`),
          code(`@${e.name}`),
          e.description,
        ]),
      ),
    ),
    section(
      'Slots',
      table(
        ['Slot', 'Description'],
        element.slots.map((s) => [s.name ? code(s.name) : '(default)', s.description ?? '']),
      ),
    ),
    section(
      'CSS parts',
      table(
        ['Part', 'Description'],
        element.cssParts.map((p) => [code(p.name), p.description ?? '']),
      ),
    ),
    section(
      'CSS custom properties',
      table(
        ['Property', 'Description'],
        element.cssProperties.map((p) => [code(p.name), p.description ?? '']),
      ),
    ),
  ]
    .filter((part) => part !== undefined)
    .join('\n');
}

export function readme(elements, pkg, docsPage) {
  const first = elements[0];
  const eventHandler = first?.events[0];
  return `<!-- Generated from custom-elements.json by @wegwijs/tools (generate-from-manifest.mjs): do not edit; change the element's JSDoc. -->
# ${pkg.name}

${pkg.description ?? ''}

\`\`\`sh
npm install ${pkg.name}
\`\`\`

Importing \`${pkg.name}/define\` registers the element; \`${pkg.name}\` exports the element class and the
event classes without registering anything. The full guide (content model, privacy, examples) is
${docsPage ? `[docs/${docsPage}](../../docs/${docsPage})` : 'in the docs folder of the repository'}; recipes for HTML, React, Vue and Angular are
in [docs/developers.md](../../docs/developers.md).

${elements.map((element) => elementSection(element, pkg)).join('\n')}
## Types for frameworks and editors

This package ships, generated from its [Custom Elements Manifest](./custom-elements.json):

| File | For |
| --- | --- |
| \`${pkg.name}/react\` | React 19 JSX: typed props and \`on…\` event props (\`import type {} from '${pkg.name}/react';\`) |
| \`${pkg.name}/vue\` | Vue 3 \`GlobalComponents\`: typed props and \`@…\` listeners in templates (\`import type {} from '${pkg.name}/vue';\`) |
| \`${pkg.name}/vscode.html-custom-data.json\` | VS Code: add \`node_modules/${pkg.name}/dist/vscode.html-custom-data.json\` to \`html.customData\` |
| \`${pkg.name}/web-types.json\` | JetBrains IDEs (found through the \`web-types\` field of package.json) |
${
  first && eventHandler
    ? `
In TypeScript the event is typed on \`addEventListener\` (\`${eventHandler.type}\`), no cast needed:

\`\`\`ts
import '${pkg.name}/define';

document.querySelector('${first.tag}')?.addEventListener('${eventHandler.name}', (event) => {
  console.log(event.type); // event: ${eventHandler.type}
});
\`\`\`

In React 19: \`<${first.tag} on${eventHandler.name}={(event) => …} />\`; in Vue 3:
\`<${first.tag} @${eventHandler.name}="on${pascal(eventHandler.name)}" />\`.
`
    : ''
}
## Licence

EUPL-1.2.
`;
}
