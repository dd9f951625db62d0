// Every package's custom-elements.json (node --test; needs `npm run build`): valid against the
// Custom Elements Manifest schema, and describing the public API the way our analyzer plugins
// promise (custom-elements-manifest.config.mjs). The run-time side (every documented member
// exists on the element, nothing public is undocumented) is test/manifest-runtime.test.ts.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { elementsOf, packagesWithManifests } from '../lib/manifests.mjs';

const require = createRequire(import.meta.url);
const schema = require('custom-elements-manifest/schema.json');
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const packages = packagesWithManifests();

it('finds the manifests of core and the five widgets', () => {
  const tags = packages.flatMap(({ manifest }) =>
    elementsOf(manifest).map(({ declaration }) => declaration.tagName),
  );
  for (const tag of [
    'wegwijs-step-guide',
    'wegwijs-video-explainer',
    'wegwijs-letter-explainer',
    'wegwijs-contact-finder',
    'wegwijs-question-helper',
    'wegwijs-language-switch',
    'wegwijs-read-aloud',
  ])
    assert.ok(tags.includes(tag), `${tag} is in no manifest`);
});

for (const { pkg, manifest } of packages)
  describe(pkg.name, () => {
    it('is valid against the schema', () => {
      const ok = validate(manifest);
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    });

    for (const { declaration } of elementsOf(manifest))
      describe(`<${declaration.tagName}>`, () => {
        it('has a description and a summary', () => {
          assert.ok(declaration.description, 'no description');
          assert.ok(declaration.summary, 'no @summary');
        });

        it('lists each event once, with its name, type and description', () => {
          const names = (declaration.events ?? []).map((event) => event.name);
          assert.deepEqual(names, [...new Set(names)], 'an event is listed twice');
          for (const event of declaration.events ?? []) {
            assert.match(event.name ?? '', /^wegwijs-[a-z-]+$/, `event ${JSON.stringify(event)}`);
            assert.ok(event.type?.text, `${event.name} has no type`);
            assert.ok(event.description, `${event.name} has no description`);
          }
        });

        it('includes what it inherits from WegwijsElement', () => {
          const preview = declaration.attributes?.find((a) => a.name === 'preview');
          assert.ok(preview, 'the preview attribute is missing');
          assert.equal(preview.fieldName, 'preview');
          assert.ok(declaration.members?.some((m) => m.name === 'preview' && m.kind === 'field'));
        });

        it('lists only public members, each once', () => {
          const names = (declaration.members ?? []).map(
            (m) => `${m.static ? 'static ' : ''}${m.name}`,
          );
          assert.deepEqual(names, [...new Set(names)], 'a member is listed twice');
          for (const member of declaration.members ?? []) {
            assert.ok(
              !member.privacy || member.privacy === 'public',
              `${member.name} is ${member.privacy}`,
            );
            assert.ok(!member.name.startsWith('#'), `${member.name} is #private`);
          }
          for (const attribute of declaration.attributes ?? [])
            if (attribute.fieldName)
              assert.ok(
                declaration.members?.some((m) => m.name === attribute.fieldName),
                `attribute ${attribute.name} points at a hidden field ${attribute.fieldName}`,
              );
        });
      });
  });
