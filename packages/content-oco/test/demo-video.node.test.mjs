// The demo videos (@wegwijs/video-explainer media/, built by make-media.sh from script.json)
// speak the pack's current video script, in every language they exist in: a script change
// that is not re-recorded fails here (issue 21: ar, tr, fr and pl once spoke an old version).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const pack = read('../content/video-script-oco.json');
const media = read('../../video-explainer/media/script.json');
const explainer = read('../content/video-explainer-oco.json');

// The demo speaks 10 of the pack's sentences, chapter by chapter (video-script-oco.json $comment).
const SPOKEN = [
  [1, 5],
  [6, 7, 8],
  [12, 14, 15],
  [18, 20],
];
const sentences = pack.chapters.flatMap((chapter) => chapter.sentences);
// script.json writes the pack's {{telefoon}} as its placeholder [telefoonnummer].
const asMedia = (text) => text.replaceAll('{{telefoon}}', '[telefoonnummer]');

test('the pack says which sentences the demo speaks', () => {
  assert.match(pack.$comment, /sentences 1, 5, 6, 7, 8, 12, 14, 15, 18 and 20/);
});

const tracks = Object.entries(media.languages).flatMap(([lang, track]) => [
  [lang, track],
  ...Object.entries(track.extraCaptions ?? {}).map(([x, extra]) => [
    `${lang} captions ${x}`,
    extra,
    x,
  ]),
]);

for (const [name, track, captionLang] of tracks) {
  const lang = captionLang ?? name;
  test(`demo video ${name}: title, chapter titles and sentences are the pack's`, () => {
    assert.equal(track.title, pack.title[lang], 'title');
    assert.equal(track.chapters.length, SPOKEN.length, 'chapters');
    track.chapters.forEach((chapter, i) => {
      assert.equal(chapter.title, pack.chapters[i].title[lang], `chapter ${i + 1} title`);
      assert.deepEqual(
        chapter.sentences,
        SPOKEN[i].map((n) => asMedia(sentences[n - 1][lang])),
        `chapter ${i + 1} sentences`,
      );
    });
  });
}

test("the pack's video versions carry the titles their videos speak", () => {
  for (const version of explainer.versions) {
    const track = media.languages[version.lang];
    if (track) assert.equal(version.title, track.title, version.lang);
  }
});
