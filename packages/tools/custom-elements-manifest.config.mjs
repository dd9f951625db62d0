// Custom Elements Manifest analyzer config shared by every package with elements: each one's
// `analyze` script runs `custom-elements-manifest analyze --config ../tools/custom-elements-manifest.config.mjs`
// from its own folder. The plugins make the manifest describe the public API and nothing else;
// the framework types, editor data and READMEs are generated from it (bin/generate-from-manifest.mjs).
import { inheritFromCore } from './lib/cem/inherit-from-core.mjs';
import { localTypeAliases } from './lib/cem/local-type-aliases.mjs';
import { publicApiOnly } from './lib/cem/public-api-only.mjs';
import { typedEvents } from './lib/cem/typed-events.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [inheritFromCore(), publicApiOnly(), typedEvents(), localTypeAliases()],
};
