import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { checkVideoContent, track, versionObject, videoContentSchema } from '../src/schema.js';
import { cueAt, parseTime } from '../src/vtt.js';
import { parseVtt } from '../src/vtt-messages.js';
import { readContent } from '../src/content.js';

const MEDIA = '/packages/video-explainer/media';
const text = async (url: string) => (await fetch(url)).text();

describe('WebVTT parser', () => {
  it('parses the demo captions and chapters', async () => {
    const captions = parseVtt(await text(`${MEDIA}/oco-nl.vtt`));
    expect(captions.errors).to.deep.equal([]);
    expect(captions.cues).to.have.length(10);
    expect(captions.cues[0]).to.deep.equal({
      id: 's1',
      start: 0.3,
      end: 2.964,
      text: 'Een cliëntondersteuner kan u helpen.',
    });
    const chapters = parseVtt(await text(`${MEDIA}/oco-ar.chapters.vtt`));
    expect(chapters.cues.map((c) => c.text)).to.deep.equal([
      'مساعدة مجانية',
      'إلى جانبك',
      'لكل سؤال',
      'كيف تجد المساعدة',
    ]);
    expect(cueAt(captions.cues, 4)?.id).to.equal('s2');
    expect(cueAt(captions.cues, 3.2)).to.equal(undefined);
  });

  it('rejects broken.vtt with line numbers', async () => {
    const result = parseVtt(await text(`${MEDIA}/broken.vtt`));
    expect(result.usable).to.equal(false);
    expect(result.cues).to.deep.equal([]);
    expect(result.errors.map((e) => e.line)).to.deep.equal([1, 6]);
    expect(result.errors[0]!.message).to.contain('WEBVTT');
    expect(result.errors[1]!.message).to.contain('malformed timing "00:00:02,500 --> 00:04.1"');
  });

  it('is strict about timings, order, identifiers and empty cues; text stays text', () => {
    const result = parseVtt(
      [
        'WEBVTT - demo',
        '',
        'NOTE a note',
        '',
        'a',
        '00:01.000 --> 00:02.000 align:start',
        '<v Anna>Hallo &amp; <b>welkom</b></v>',
        '',
        'a',
        '00:00:03.000 --> 00:00:02.000',
        'end before start',
        '',
        '00:00:00.500 --> 00:00:04.000',
        'out of order',
        '',
        '00:00:05.000 --> 00:00:06.000',
        '',
        '00:61:00.000 --> 01:00:00.000',
        'minutes 61',
      ].join('\n'),
    );
    expect(result.cues[0]).to.deep.equal({ id: 'a', start: 1, end: 2, text: 'Hallo & welkom' });
    expect(result.errors.map((e) => e.line)).to.deep.equal([10, 13, 16, 18]);
    expect(result.errors[1]!.message).to.contain('before the cue above');
    expect(parseTime('01:02:03.004')).to.equal(3723.004);
    expect(parseTime('1:02.000')).to.equal(undefined);
  });
});

/** A small JSON Schema (draft 2020-12) checker for the keywords our schema uses. */
function jsonSchemaErrors(
  schema: Record<string, unknown>,
  root: Record<string, unknown>,
  value: unknown,
  path = '',
): string[] {
  if (schema.$ref) {
    const name = String(schema.$ref).replace('#/$defs/', '');
    return jsonSchemaErrors(
      (root.$defs as Record<string, Record<string, unknown>>)[name]!,
      root,
      value,
      path,
    );
  }
  const errors: string[] = [];
  const type = schema.type;
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [`${path}: not an object`];
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in obj)) errors.push(`${path}.${key}: required`);
    for (const [key, val] of Object.entries(obj)) {
      if (props[key]) errors.push(...jsonSchemaErrors(props[key]!, root, val, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
    if (schema.oneOf) {
      const passing = (schema.oneOf as Record<string, unknown>[]).filter(
        (s) => jsonSchemaErrors({ type: 'object', ...s }, root, value, path).length === 0,
      );
      if (passing.length !== 1) errors.push(`${path}: oneOf matched ${passing.length}`);
    }
  } else if (type === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: too few`);
    value.forEach((item, i) =>
      errors.push(
        ...jsonSchemaErrors(schema.items as Record<string, unknown>, root, item, `${path}[${i}]`),
      ),
    );
  } else if (type === 'string') {
    if (typeof value !== 'string') return [`${path}: not a string`];
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: too short`);
    if (schema.pattern && !new RegExp(String(schema.pattern), 'u').test(value))
      errors.push(`${path}: pattern`);
  }
  return errors;
}

describe('content schema', () => {
  it('the example passes the valibot schema and the JSON Schema, which list the same fields', async () => {
    const example = await (
      await fetch('/packages/video-explainer/examples/oco-explainer.json')
    ).json();
    const schema = await (
      await fetch('/packages/video-explainer/schema/video-explainer.schema.json')
    ).json();
    expect(v.safeParse(videoContentSchema, example).success).to.equal(true);
    expect(checkVideoContent(example, location.href)).to.deep.equal([]);
    expect(jsonSchemaErrors(schema, schema, example)).to.deep.equal([]);
    expect(Object.keys(schema.properties).sort()).to.deep.equal(
      Object.keys(videoContentSchema.entries).sort(),
    );
    expect(Object.keys(schema.$defs.version.properties).sort()).to.deep.equal(
      Object.keys(versionObject.entries).sort(),
    );
    expect(Object.keys(schema.$defs.track.properties).sort()).to.deep.equal(
      Object.keys(track.entries).sort(),
    );
    expect(readContent(example, location.href).data!.versions).to.have.length(5);
  });

  it('both reject the same bad content', async () => {
    const schema = await (
      await fetch('/packages/video-explainer/schema/video-explainer.schema.json')
    ).json();
    const bad = [
      { versions: [] },
      { versions: [{ lang: 'nl', title: 'x' }] },
      { versions: [{ lang: 'nl', title: 'x', youtube: 'abc' }] },
      { versions: [{ lang: 'nl', title: 'x', youtube: 'abcdefghijk', vimeo: '1' }] },
      { versions: [{ lang: 'nl', title: '', sources: [{ src: 'a.mp4' }] }] },
    ];
    for (const content of bad) {
      expect(v.safeParse(videoContentSchema, content).success, JSON.stringify(content)).to.equal(
        false,
      );
      expect(jsonSchemaErrors(schema, schema, content), JSON.stringify(content)).to.not.deep.equal(
        [],
      );
    }
    const typo = checkVideoContent(
      { versions: [{ lang: 'nl', title: 'x', youtube: 'abcdefghijk', caption: [] }] },
      location.href,
    );
    expect(typo[0]!.message).to.contain('versions[0].caption: unknown field');
  });
});
