/**
 * Register a custom element safely: two Wegwijs bundles on one page (a CMS plugin and a
 * hand-pasted snippet) must not crash each other. The same tag from the same version is
 * skipped; from another version it gives one console warning and the first one stays.
 */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

const warned = new Set<string>();

export function defineElement(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing === element || existing.version === element.version) return;
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `[wegwijs] <${tag}> is already defined by Wegwijs ${existing.version ?? '(unknown version)'}; ` +
      `this copy (${element.version ?? 'unknown'}) is not used. Load Wegwijs once per page.`,
  );
}
