// `view: View = 'all'` with `type View = 'all' | 'one'` in the same module: the manifest would say
// `View`, a name the package does not export, and editors and READMEs could not offer the values.
// Here a member's or attribute's type that names a module-local alias of a union of literals
// becomes that union.

export function localTypeAliases() {
  return {
    name: 'wegwijs-local-type-aliases',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      if (!node.type.types.every((type) => ts.isLiteralTypeNode(type))) return;
      context.localAliases ??= new Map();
      const aliases = context.localAliases.get(moduleDoc.path) ?? new Map();
      aliases.set(node.name.getText(), node.type.getText().replace(/\s+/g, ' '));
      context.localAliases.set(moduleDoc.path, aliases);
    },
    packageLinkPhase({ customElementsManifest, context }) {
      for (const mod of customElementsManifest.modules) {
        const aliases = context.localAliases?.get(mod.path);
        if (!aliases) continue;
        const resolve = (type) => {
          if (!type?.text) return;
          type.text = type.text
            .split('|')
            .map((part) => aliases.get(part.trim()) ?? part.trim())
            .join(' | ');
        };
        for (const declaration of mod.declarations ?? []) {
          for (const member of declaration.members ?? []) {
            resolve(member.type);
            for (const parameter of member.parameters ?? []) resolve(parameter.type);
            resolve(member.return?.type);
          }
          for (const attribute of declaration.attributes ?? []) resolve(attribute.type);
        }
      }
    },
  };
}
