// Only the public API goes into the manifest (Storybook's args table, the generated framework
// types and READMEs read it). The analyzer drops `@internal` class fields, but Lit's static
// `properties` block lists them again, with `state: true` entries, as public; TypeScript
// `private`/`protected` members and `#private` ones it keeps with a privacy mark.
// Hidden here: everything private, protected, `#…`, `@internal`/`@ignore`, and Lit state.
// Dropped too: "members" the class never declares (the analyzer reads `video.playsInline = true`
// in a constructor, after `const video = this.video`, as a field of the element).

const HIDING_TAGS = new Set(['internal', 'ignore']);

function jsDocTags(ts, node) {
  return (ts.getJSDocTags?.(node) ?? []).map((tag) => tag.tagName.getText());
}

function staticPropertyStates(ts, member) {
  const names = [];
  const initializer = member.initializer;
  if (!initializer || !ts.isObjectLiteralExpression(initializer)) return names;
  for (const entry of initializer.properties) {
    if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer))
      continue;
    const isState = entry.initializer.properties.some(
      (option) =>
        ts.isPropertyAssignment(option) &&
        option.name.getText() === 'state' &&
        option.initializer.kind === ts.SyntaxKind.TrueKeyword,
    );
    if (isState) names.push(entry.name.getText().replace(/^['"]|['"]$/g, ''));
  }
  return names;
}

function hiddenMembers(ts, classNode) {
  const hidden = new Set();
  for (const member of classNode.members) {
    const name = member.name?.getText();
    if (!name) continue;
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && name === 'properties') {
      staticPropertyStates(ts, member).forEach((state) => hidden.add(state));
      continue;
    }
    const modifiers = new Set((member.modifiers ?? []).map((m) => m.kind));
    if (
      name.startsWith('#') ||
      modifiers.has(ts.SyntaxKind.PrivateKeyword) ||
      modifiers.has(ts.SyntaxKind.ProtectedKeyword) ||
      jsDocTags(ts, member).some((tag) => HIDING_TAGS.has(tag))
    )
      hidden.add(name);
  }
  return hidden;
}

/** Names the class itself declares: its members, and `this.name =` in its constructor. */
function declaredMembers(ts, classNode) {
  const declared = new Set();
  const visit = (node) => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.expression.kind === ts.SyntaxKind.ThisKeyword
    )
      declared.add(node.left.name.getText());
    ts.forEachChild(node, visit);
  };
  for (const member of classNode.members) {
    const name = member.name?.getText();
    if (name) declared.add(name);
    if (ts.isConstructorDeclaration(member) && member.body) visit(member.body);
  }
  return declared;
}

/** A default worth showing: a string, number, boolean, null or an empty array/object. */
function isLiteral(text) {
  return /^('[^']*'|"[^"]*"|-?[\d.]+|true|false|null|\[\]|\{\})$/.test(text.trim());
}

export function publicApiOnly() {
  return {
    name: 'wegwijs-public-api-only',
    analyzePhase({ ts, node, context }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      context.hiddenMembers ??= new Map();
      context.hiddenMembers.set(node.name.getText(), hiddenMembers(ts, node));
      context.declaredMembers ??= new Map();
      context.declaredMembers.set(node.name.getText(), declaredMembers(ts, node));
    },
    packageLinkPhase({ customElementsManifest, context }) {
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = context.hiddenMembers?.get(declaration.name) ?? new Set();
          const declared = context.declaredMembers?.get(declaration.name);
          const isHidden = (item) =>
            (declared && !item.inheritedFrom && !declared.has(item.name)) ||
            item.privacy === 'private' ||
            item.privacy === 'protected' ||
            item.name?.startsWith('#') ||
            hidden.has(item.name);
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !isHidden(member));
            // What is left is public; saying so on each one is noise. A default that is code
            // (`new ContentController(this, {…})`) tells a reader of the API nothing.
            for (const member of declaration.members) {
              delete member.privacy;
              if (member.default && !isLiteral(member.default)) delete member.default;
            }
          }
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !attribute.fieldName || !hidden.has(attribute.fieldName),
            );
        }
    },
  };
}
