// What the widget packages ship generated from their manifests (node --test; needs the build):
// present, listed in package.json, up to date with the manifest, and covering every attribute
// and event. That the types compile in React, Vue and plain TypeScript apps is checked by
// test/consumer/run.mjs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pascal, widgetApi } from '../lib/generate/api.mjs';
import { packagesWithManifests } from '../lib/manifests.mjs';

const generator = new URL('../bin/generate-from-manifest.mjs', import.meta.url).pathname;
const widgets = packagesWithManifests().filter(({ pkg }) => pkg.name !== '@wegwijs/core');

it('finds the five widget packages', () => {
  assert.equal(widgets.length, 5);
});

for (const { dir, pkg, manifest } of widgets)
  describe(pkg.name, () => {
    const elements = widgetApi(manifest);
    const read = (file) => readFileSync(join(dir, file), 'utf8');
    // A README table row that starts with `name` (Prettier pads the cells).
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const row = (...cells) =>
      new RegExp(`^\\| ${cells.map((c) => `\`${escape(c)}\` *`).join('\\| ')}\\|`, 'm');

    it('lists the generated files in exports and web-types', () => {
      assert.deepEqual(pkg.exports['./react'], {
        types: './dist/react.d.ts',
        import: './dist/react.js',
      });
      assert.deepEqual(pkg.exports['./vue'], { types: './dist/vue.d.ts', import: './dist/vue.js' });
      assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
      assert.equal(
        pkg.exports['./vscode.html-custom-data.json'],
        './dist/vscode.html-custom-data.json',
      );
      assert.equal(pkg['web-types'], './dist/web-types.json');
      assert.ok(pkg.files.includes('dist'));
      assert.match(
        pkg.scripts.build,
        /analyze && node \.\.\/tools\/bin\/generate-from-manifest\.mjs$/,
      );
      for (const file of [
        'react.d.ts',
        'react.js',
        'vue.d.ts',
        'vue.js',
        'web-types.json',
        'vscode.html-custom-data.json',
      ])
        assert.ok(existsSync(join(dir, 'dist', file)), `dist/${file} is missing`);
    });

    it('has the README the manifest generates', () => {
      execFileSync(process.execPath, [generator, '--check'], { cwd: dir, stdio: 'pipe' });
    });

    it('covers every attribute, event, part and custom property', () => {
      const react = read('dist/react.d.ts');
      const vue = read('dist/vue.d.ts');
      const readme = read('README.md');
      const vscode = JSON.parse(read('dist/vscode.html-custom-data.json'));
      const webTypes = JSON.parse(read('dist/web-types.json'));
      for (const element of elements) {
        assert.ok(react.includes(`'${element.tag}': ${element.className}Props;`));
        assert.ok(vue.includes(`'${element.tag}': DefineComponent<${element.className}VueProps>;`));
        const vscodeTag = vscode.tags.find((tag) => tag.name === element.tag);
        const webElement = webTypes.contributions.html.elements.find((e) => e.name === element.tag);
        for (const attribute of element.attributes) {
          assert.ok(react.includes(`'${attribute.name}'?:`), `react: ${attribute.name}`);
          if (attribute.field)
            assert.ok(vue.includes(`  ${attribute.field}?:`), `vue: ${attribute.field}`);
          assert.match(readme, row(attribute.name), `README: ${attribute.name}`);
          assert.ok(vscodeTag.attributes.some((a) => a.name === attribute.name));
          assert.ok(webElement.attributes.some((a) => a.name === attribute.name));
        }
        assert.ok(element.events.length > 0, `${element.tag} documents no event`);
        for (const event of element.events) {
          assert.ok(
            react.includes(`'on${event.name}'?: ((event: ${event.type}) => void)`),
            `react: ${event.name}`,
          );
          assert.ok(
            vue.includes(`on${pascal(event.name)}?: (event: ${event.type}) => void;`),
            `vue: ${event.name}`,
          );
          assert.match(readme, row(event.name, event.type), `README: ${event.name}`);
          assert.ok(webElement.js.events.some((e) => e.name === event.name));
        }
        for (const part of element.cssParts)
          assert.match(readme, row(part.name), `part ${part.name}`);
        for (const property of element.cssProperties)
          assert.match(readme, row(property.name), `custom property ${property.name}`);
      }
    });
  });

describe('@wegwijs/core (its own two elements)', () => {
  const core = packagesWithManifests().find(({ pkg }) => pkg.name === '@wegwijs/core');
  const read = (file) => readFileSync(join(core.dir, 'dist', file), 'utf8');

  it('ships React and Vue types for both tags, from the elements’ modules, not the index', () => {
    assert.deepEqual(core.pkg.exports['./react'], {
      types: './dist/react.d.ts',
      import: './dist/react.js',
    });
    assert.deepEqual(core.pkg.exports['./vue'], {
      types: './dist/vue.d.ts',
      import: './dist/vue.js',
    });
    assert.equal(core.pkg['web-types'], './dist/web-types.json');
    for (const file of ['react.d.ts', 'vue.d.ts']) {
      const types = read(file);
      for (const tag of ['wegwijs-language-switch', 'wegwijs-read-aloud'])
        assert.match(types, new RegExp(`'${tag}': `), `${file}: ${tag}`);
      assert.doesNotMatch(types, /from '\.\/index\.js'/, file);
      assert.match(types, /from '\.\/language-switch\/language-switch\.js'/, file);
    }
    // wegwijs-locale-change fires on window: no element prop can hear it.
    assert.doesNotMatch(read('react.d.ts'), /onwegwijs-locale-change/);
  });
});
