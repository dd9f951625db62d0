// The publish order of publish-tarballs.mjs: every package after its internal dependencies.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { dependencyLevels, dependencyOrder, npmNormalized } from '../lib/publish.mjs';
import { publicPackages } from '../lib/pack.mjs';

const entry = (name, ...deps) => ({
  name,
  manifest: { name, dependencies: Object.fromEntries(deps.map((d) => [d, '1.0.0'])) },
});

it('orders packages after their internal dependencies, in levels', () => {
  const packed = [entry('embed', 'guide', 'core'), entry('guide', 'core', 'lit'), entry('core')];
  assert.deepEqual(
    dependencyOrder(packed).map((e) => e.name),
    ['core', 'guide', 'embed'],
  );
  assert.deepEqual(
    dependencyLevels(packed).map((level) => level.map((e) => e.name)),
    [['core'], ['guide'], ['embed']],
  );
  assert.throws(() => dependencyOrder([entry('a', 'b'), entry('b', 'a')]), /cycle/);
});

it('puts @wegwijs/core first and @wegwijs/embed after every widget', () => {
  const packed = publicPackages().map(({ manifest }) => ({ name: manifest.name, manifest }));
  const order = dependencyOrder(packed).map((e) => e.name);
  assert.equal(order.length, packed.length);
  for (const { name, manifest } of packed)
    for (const dep of Object.keys(manifest.dependencies ?? {}))
      if (order.includes(dep))
        assert.ok(order.indexOf(dep) < order.indexOf(name), `${dep} before ${name}`);
});

it('compares registry metadata as npm normalizes it (author, bin)', () => {
  assert.deepEqual(npmNormalized('author', 'Wegwijs contributors'), {
    name: 'Wegwijs contributors',
  });
  assert.deepEqual(npmNormalized('author', 'A B <a@b.nl> (https://b.nl)'), {
    name: 'A B',
    email: 'a@b.nl',
    url: 'https://b.nl',
  });
  assert.deepEqual(npmNormalized('bin', { wegwijs: './bin/wegwijs.mjs' }), {
    wegwijs: 'bin/wegwijs.mjs',
  });
  assert.deepEqual(npmNormalized('exports', { '.': './dist/index.js' }), {
    '.': './dist/index.js',
  });
});
