/**
 * One manifest for Storybook's docs, from every package's custom-elements.json.
 *
 * Storybook lists a declaration's members and its attributes as separate rows keyed by name, so
 * `headingLevel` and `heading-level` would both show. Here each attribute that mirrors a property
 * folds into that property's row (its description names the attribute), and static members (the
 * class's `define()`, `version`), which are no args of an element on the page, stay out.
 */
interface Item {
  name: string;
  description?: string;
  static?: boolean;
  fieldName?: string;
  kind?: string;
}
interface Declaration {
  members?: Item[];
  attributes?: Item[];
  [key: string]: unknown;
}
interface Module {
  declarations?: Declaration[];
  [key: string]: unknown;
}
interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

export function forArgsTable(declaration: Declaration): Declaration {
  if (!declaration.members && !declaration.attributes) return declaration;
  const members = (declaration.members ?? []).filter((member) => !member.static);
  const byField = new Map(members.map((member) => [member.name, member]));
  const attributes: Item[] = [];
  const folded = new Map<string, string>();
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName && byField.has(attribute.fieldName))
      folded.set(attribute.fieldName, attribute.name);
    else attributes.push(attribute);
  }
  return {
    ...declaration,
    members: members.map((member) => {
      const attribute = folded.get(member.name);
      if (!attribute || attribute === member.name) return member;
      const note = `Attribuut: \`${attribute}\`.`;
      return {
        ...member,
        description: member.description ? `${member.description} ${note}` : note,
      };
    }),
    attributes,
  };
}

export function mergeManifests(found: Record<string, unknown>): Manifest {
  const modules = Object.values(found)
    .flatMap((manifest) => (manifest as Manifest).modules ?? [])
    .map((mod) => ({ ...mod, declarations: mod.declarations?.map(forArgsTable) }));
  return { schemaVersion: '2.1.0', modules };
}
