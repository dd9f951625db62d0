// Core's theme tokens against the published NL Design System token packages (node --test):
// every host token our chains read exists in a real theme, and each real theme reaches every
// role (font, colours, primary button, focus, radius, space) unless that theme has no token for
// it at all (listed below, with the reason). The Amsterdam primary button once stayed Wegwijs
// blue because the chain had no --ams-* step: that is a failure here.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { it } from 'node:test';
import { NLDS_THEMES } from '../../../stories/themes/nlds-themes.mjs';
import { repoRoot } from '../lib/pack.mjs';
import { tokenChains } from '../lib/token-chains.mjs';

const require = createRequire(join(repoRoot, 'package.json'));
const themeCss = (theme) =>
  readFileSync(join(require.resolve(`${theme.package}/package.json`), '..', theme.css), 'utf8');
const defined = Object.fromEntries(
  NLDS_THEMES.map((theme) => [
    theme.id,
    new Set([...themeCss(theme).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
  ]),
);

const chains = () => tokenChains(repoRoot);

const ROLES = [
  '--_font',
  '--_color',
  '--_link',
  '--_primary',
  '--_on-primary',
  '--_focus-color',
  '--_radius',
  '--_space',
];

/** Roles a theme package has no token for (checked: its CSS defines none of the family). */
const NO_TOKEN = {
  amsterdam: {
    '--_focus-color': 'Amsterdam sets its focus ring as one `outline` shorthand, no colour token',
  },
  denhaag: {
    '--_on-primary':
      'Den Haag names only --denhaag-button-primary-action-color (component-specific)',
  },
  rotterdam: { '--_radius': 'Rotterdam’s package defines no button or general border radius' },
};

it('reads only host tokens that a published NL Design System theme defines', () => {
  const unknown = Object.values(chains())
    .flat()
    .filter((token) => !NLDS_THEMES.some((theme) => defined[theme.id].has(token)));
  assert.deepEqual([...new Set(unknown)], []);
});

for (const theme of NLDS_THEMES)
  it(`reaches every role in the ${theme.title} theme`, () => {
    const all = chains();
    const missing = ROLES.filter(
      (role) => !all[role].some((token) => defined[theme.id].has(token)),
    ).filter((role) => !NO_TOKEN[theme.id]?.[role]);
    assert.deepEqual(missing, [], `${theme.package} defines none of these chains' tokens`);
    for (const role of Object.keys(NO_TOKEN[theme.id] ?? {}))
      assert.ok(
        !all[role].some((token) => defined[theme.id].has(token)),
        `${theme.id} ${role} is reached now: remove it from NO_TOKEN`,
      );
  });

it('ships no theme package: only Storybook, tests and docs use them', () => {
  const names = NLDS_THEMES.map((theme) => theme.package);
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) {
    const manifest = join(repoRoot, 'packages', pkg, 'package.json');
    if (!existsSync(manifest)) continue;
    const { dependencies = {}, peerDependencies = {} } = JSON.parse(readFileSync(manifest));
    for (const name of names)
      assert.ok(
        !(name in dependencies) && !(name in peerDependencies),
        `${pkg} depends on ${name}`,
      );
  }
  const cdn = join(repoRoot, 'packages/embed/dist/cdn/widgets');
  if (existsSync(cdn))
    for (const file of readdirSync(cdn))
      assert.doesNotMatch(readFileSync(join(cdn, file), 'utf8'), /\.(ams|utrecht|denhaag)-theme/);
});
