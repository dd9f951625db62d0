/** One manifest for Storybook's docs, from every package's custom-elements.json. */
interface Manifest {
  schemaVersion: string;
  modules: unknown[];
}

export function mergeManifests(found: Record<string, unknown>): Manifest {
  const modules = Object.values(found).flatMap((manifest) => (manifest as Manifest).modules ?? []);
  return { schemaVersion: '2.1.0', modules };
}
