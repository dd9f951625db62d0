// Third-party licences in the CDN files (node --test, on dist/cdn as built): the `@license`
// comments of Lit and papaparse stay in the files that bundle their code, and
// THIRD-PARTY-NOTICES.txt next to them has the full licence of every bundled package.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { bundledSources } from '../third-party-notices.mjs';

const cdn = new URL('../dist/cdn/', import.meta.url).pathname;
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const js = files(cdn).filter((file) => file.endsWith('.js'));
const text = (file) => readFileSync(file, 'utf8');

it('keeps Lit’s licence comment in every file with lit-html’s template code', () => {
  const lit = js.filter((file) => text(file).includes('$lit$'));
  assert.ok(lit.length > 0, 'lit-html is bundled somewhere');
  for (const file of lit)
    assert.match(text(file), /@license[\s\S]*Google LLC[\s\S]*BSD-3-Clause/, relative(cdn, file));
});

it('keeps papaparse’s licence comment in its chunk', () => {
  const papa = js.filter((file) => /papaparse/.test(file));
  assert.equal(papa.length, 1);
  assert.match(text(papa[0]), /@license/);
});

it('ships the full licence of every bundled package next to the files', () => {
  const notices = text(join(cdn, 'THIRD-PARTY-NOTICES.txt'));
  for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'])
    assert.match(notices, new RegExp(`^${name}@[\\d.]+ \\(BSD-3-Clause\\)`, 'm'));
  assert.match(notices, /^valibot@[\d.]+ \(MIT\)/m);
  assert.match(notices, /^papaparse@[\d.]+ \(MIT\)/m);
  assert.match(notices, /Resolve to Save Lives/, 'the Health Icons MIT licence (pictograms)');
  assert.doesNotMatch(notices, /EUROPEAN UNION PUBLIC LICENCE/, 'not our own licence text');
});

it('reads the bundled packages and workspaces from esbuild metafiles', () => {
  const metafile = {
    outputs: {
      'a.js': {
        inputs: {
          'node_modules/lit-html/lit-html.js': { bytesInOutput: 10 },
          'node_modules/@lit/localize/init.js': { bytesInOutput: 5 },
          'node_modules/lit/index.js': { bytesInOutput: 0 },
          'packages/pictograms/src/icons/debts.ts': { bytesInOutput: 7 },
          'packages/x/node_modules/valibot/dist/index.js': { bytesInOutput: 3 },
        },
      },
    },
  };
  assert.deepEqual(bundledSources(metafile), {
    modules: ['@lit/localize', 'lit-html', 'valibot'],
    workspaces: ['pictograms'],
  });
});
