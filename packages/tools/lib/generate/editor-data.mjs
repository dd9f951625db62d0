// Editor data: VS Code's custom HTML data (settings: "html.customData") and JetBrains'
// web-types (found through the package.json "web-types" field).

export function vscodeData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: [element.summary, element.description].filter(Boolean).join('\n\n'),
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        ...(attribute.primitive === 'boolean' ? { valueSet: 'v' } : {}),
        ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

export function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: [element.summary, element.description].filter(Boolean).join('\n\n'),
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value: attribute.values
              ? { type: 'enum', required: false }
              : { type: attribute.primitive, required: false },
            ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
          })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description })),
          js: {
            properties: [
              ...element.attributes
                .filter((a) => a.field)
                .map((a) => ({ name: a.field, description: a.description })),
              ...element.properties.map((p) => ({
                name: p.name,
                description: p.description ?? '',
              })),
            ],
            events: element.events.map((event) => ({
              name: event.name,
              description: event.description,
            })),
          },
          css: {
            properties: element.cssProperties.map((p) => ({
              name: p.name,
              description: p.description,
            })),
            parts: element.cssParts.map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}
