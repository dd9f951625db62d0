import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { checkVideoContent, track, versionObject, videoContentSchema } from '../src/schema.js';
import { check } from '../src/check.js';
import { cueAt, parseTime, readVtt } from '../src/vtt.js';
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
      'هكذا تجد المساعدة',
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
    expect(result.errors[1]!.message).to.contain('tijdregel "00:00:02,500 --> 00:04.1" klopt niet');
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
    expect(result.errors[1]!.message).to.contain('vóór de ondertitel erboven');
    expect(parseTime('01:02:03.004')).to.equal(3723.004);
    expect(parseTime('1:02.000')).to.equal(undefined);
  });
});

describe('WebVTT reader: character references and a missing blank line', () => {
  it('shows &#39; &#x27; and &amp; as characters, and an invalid number as U+FFFD', () => {
    const read = readVtt(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nIt&#39;s &#x27;gratis&#X27; &amp; geheim &#99999999;\n',
    );
    expect(read.cues[0]!.text).to.equal("It's 'gratis' & geheim \ufffd");
  });
  it('keeps the next cue when the blank line before it is missing, and says where', () => {
    const read = readVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nEen\n00:03.000 --> 00:04.000\nTwee\n');
    expect(read.cues.map((c) => c.text)).to.deep.equal(['Een', 'Twee']);
    expect(read.errors).to.deep.equal([{ line: 5, code: 'separator', values: [] }]);
  });
});

// The JSON Schema file is generated from the same valibot schema; that both accept and reject the
// same content is tested with a real validator (Ajv) in packages/cli/test/model-agreement.test.js.
describe('content schema', () => {
  it('the example passes the valibot schema and the check', async () => {
    const example = await (
      await fetch('/packages/video-explainer/examples/oco-explainer.json')
    ).json();
    expect(v.safeParse(videoContentSchema, example).success).to.equal(true);
    expect(checkVideoContent(example, location.href)).to.deep.equal([]);
    expect(check(example).ok).to.equal(true);
    expect(Object.keys(versionObject.entries)).to.include('signLanguage');
    expect(Object.keys(track.entries).sort()).to.deep.equal(['label', 'lang', 'src']);
    expect(readContent(example, location.href).data!.versions).to.have.length(5);
  });

  it('rejects bad content, in Dutch, naming the place', () => {
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
      expect(check(content).ok, JSON.stringify(content)).to.equal(false);
    }
    const typo = checkVideoContent(
      { versions: [{ lang: 'nl', title: 'x', youtube: 'abcdefghijk', caption: [] }] },
      location.href,
    );
    expect(typo[0]!.message).to.contain('versions[0].caption: onbekend veld (tikfout?)');
  });
});
