// The CDN build empties the schemas' descriptions for editors (node --test): plain string
// arguments only, the schema otherwise as written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dropDescriptions } from '../lib/drop-descriptions.mjs';

describe('dropDescriptions', () => {
  it('empties string arguments of v.description and of its alias', () => {
    const source = `import * as v from 'valibot';
const d = v.description;
const a = v.pipe(v.string(), d('Uitleg voor de redacteur, met "aanhalingstekens".'));
const b = v.pipe(v.string(), v.description(
  'Twee regels ' +
    "aan elkaar",
));
const c = v.pipe(v.string(), d(\`sjabloon\`));`;
    assert.equal(
      dropDescriptions(source),
      `import * as v from 'valibot';
const d = v.description;
const a = v.pipe(v.string(), d(''));
const b = v.pipe(v.string(), v.description(''));
const c = v.pipe(v.string(), d(''));`,
    );
  });

  it('leaves other calls and arguments that are not plain strings alone', () => {
    const source = `const d = v.description;
const e = v.pipe(v.string(), d(\`met \${name}\`), d(text), add('tekst'), od('x'), x.d('y'));`;
    assert.equal(dropDescriptions(source), source);
    // Without the alias, a function named d is not touched.
    assert.equal(dropDescriptions(`d('tekst')`), `d('tekst')`);
  });

  it('leaves no description text in a real schema, and keeps the rest', () => {
    const path = new URL('../../step-guide/src/schema.ts', import.meta.url);
    const source = readFileSync(path, 'utf8');
    const out = dropDescriptions(source);
    assert.ok(!out.includes('Vaste naam van de stap'));
    assert.ok(out.length < source.length - 500, `${source.length} → ${out.length}`);
    assert.equal(
      (out.match(/\bv\.\w+\(/g) ?? []).length,
      (source.match(/\bv\.\w+\(/g) ?? []).length,
    );
  });
});
