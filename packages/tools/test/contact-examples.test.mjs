// The contact finder's committed examples (examples/voorbeeldstad-contacts.{json,csv}) are what
// its generator writes (`npm run examples -w @wegwijs/contact-finder`): the avatars with their
// alt texts in every language were once added to the JSON by hand, and regenerating dropped them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { columnTable, exampleFiles, prettierJson } from '../../contact-finder/scripts/generate.mjs';

const examples = new URL('../../contact-finder/examples/', import.meta.url);

describe('contact finder examples', () => {
  it('equal the generator’s output, photos included', async () => {
    const columns = (await columnTable()).map((/** @type {{ key: string }} */ c) => c.key);
    const files = await exampleFiles(columns, prettierJson);
    for (const [name, text] of Object.entries(files))
      assert.equal(readFileSync(new URL(name, examples), 'utf8'), text, `${name} is not generated`);
    const photos = JSON.parse(files['voorbeeldstad-contacts.json']).contacts.filter(
      (/** @type {{ photo?: unknown }} */ c) => c.photo,
    );
    assert.equal(photos.length, 4, 'the four avatars');
  });
});
