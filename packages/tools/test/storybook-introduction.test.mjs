// Storybook's Introduction names every widget that has stories (#26 defect 9: it named only
// core and the pictograms, later it missed the question helper).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

const stories = new URL('../../../stories/', import.meta.url);
const intro = readFileSync(new URL('introduction.mdx', stories), 'utf8');

const widgets = readdirSync(stories)
  .filter((file) => file.endsWith('.stories.ts'))
  .map((file) => readFileSync(new URL(file, stories), 'utf8').match(/title: '([^']+)'/)?.[1])
  .filter((title) => title?.startsWith('Widgets/'))
  .map((title) => title.slice('Widgets/'.length));

it('has stories of the five widgets', () => {
  assert.equal(widgets.length, 5, widgets.join(', '));
});

for (const widget of widgets)
  it(`names the ${widget} in the Introduction`, () => {
    assert.match(intro, new RegExp(`\\*\\*${widget}\\*\\*`, 'i'));
  });
