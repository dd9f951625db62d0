// Storybook's args tables, computed by Storybook's own extractArgTypes from the manifest that
// .storybook/preview.ts hands to setCustomElementsManifest (node --test; needs the build): only
// public API, `preview` included, no attribute row beside the property it mirrors, events named.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { transformSync } from 'esbuild';
import { packagesWithManifests } from '../lib/manifests.mjs';

globalThis.window ??= globalThis; // Storybook's browser entry sets a flag on window
const { setCustomElementsManifest } = await import('@storybook/web-components');
const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');

const source = readFileSync(new URL('../../../.storybook/manifests.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const { mergeManifests } = await import(`data:text/javascript,${encodeURIComponent(code)}`);

const packages = packagesWithManifests();
setCustomElementsManifest(
  mergeManifests(Object.fromEntries(packages.map(({ dir, manifest }) => [dir, manifest]))),
);

/** Internal state and hooks the issue found in the tables. */
const internal = ['view$', 'broken', 'focusAfter', 'said', 'route', 'open', 'translations'];

for (const tag of [
  'wegwijs-step-guide',
  'wegwijs-video-explainer',
  'wegwijs-letter-explainer',
  'wegwijs-contact-finder',
  'wegwijs-question-helper',
])
  it(`<${tag}>: the args table shows only public API, once`, () => {
    const rows = parameters.docs.extractArgTypes(tag);
    const names = Object.keys(rows);
    const inCategory = (category) => names.filter((n) => rows[n].table?.category === category);
    assert.ok(names.includes('preview'), 'no preview row');
    for (const name of internal) assert.ok(!names.includes(name), `${name} is a row`);
    const properties = inCategory('properties');
    for (const attribute of inCategory('attributes')) {
      const camel = attribute.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
      assert.ok(!properties.includes(camel), `${attribute} duplicates ${camel}`);
    }
    const events = inCategory('events');
    assert.ok(events.length > 0, 'no event row');
    for (const event of events) assert.match(event, /^wegwijs-[a-z-]+$/);
    for (const name of properties)
      assert.notEqual(rows[name].table?.type?.summary, 'Set', `${name} is a Set`);
  });
