import { expect, waitUntil } from '@open-wc/testing';
import { parsedCues } from '../src/view/test-seam.js';
import { $, MEDIA, explainer, withPlayer } from './helpers.js';

// Issue 18: the municipality profile ({{telefoon}} …) is filled in at run time in the video
// explainer as in the other widgets: in its title, its transcript and its chapter titles.
// An unfilled field leaves its sentence out (never shown raw), and the preview names it.
const CHAPTERS = new URL(
  '/packages/video-explainer/test/fixtures/profile.chapters.vtt',
  location.href,
).href;
const content = {
  versions: [
    {
      lang: 'nl',
      title: 'Gratis hulp bij brieven. Bel {{telefoon}}.',
      sources: [{ src: `${MEDIA}/oco-nl.mp4`, type: 'video/mp4' }],
      chapters: CHAPTERS,
      transcript: 'Wij helpen u gratis. Bel {{telefoon}} voor een afspraak.',
    },
  ],
};

// The control bar shows only the current chapter's title: the chapter file's titles are read
// from the player's parsed cues, through the package's test seam.
const chapterTexts = (el: Awaited<ReturnType<typeof explainer>>) =>
  (parsedCues(el, CHAPTERS) ?? []).map((cue) => cue.text);

const transcriptText = (el: Awaited<ReturnType<typeof explainer>>) =>
  el.querySelector('.wegwijs-video-explainer__transcript .wegwijs-video-explainer__text')
    ?.textContent ?? '';

describe('video explainer: the municipality profile', () => {
  afterEach(() => document.documentElement.removeAttribute('data-wegwijs-telefoon'));

  it('without a profile: the sentences with {{telefoon}} are left out; the preview names them', async () => {
    const el = await explainer(content, { preview: true, transcript: true });
    await withPlayer(el);
    expect($(el, '#title')!.textContent!.trim()).to.equal('Gratis hulp bij brieven.');
    await waitUntil(() => parsedCues(el, CHAPTERS), 'chapters loaded');
    expect(chapterTexts(el)).to.deep.equal(['Gratis hulp', 'Kom langs.']);
    await waitUntil(() => transcriptText(el).includes('Wij helpen'), 'transcript');
    const transcript = el.querySelector('.wegwijs-video-explainer__transcript')!.textContent!;
    expect(transcript).to.contain('Wij helpen u gratis.');
    expect(transcript).not.to.contain('{{');
    await waitUntil(
      () => el.problems.some((p) => p.message.includes('profile.chapters.vtt" tekstblok 2')),
      'chapter problem reported',
    );
    const messages = el.problems.map((p) => p.message);
    expect(messages.filter((m) => m.includes('telefoon')).length).to.be.greaterThan(2);
    expect(messages.join('\n')).to.contain('is niet ingevuld');
    expect(messages.join('\n')).not.to.contain('profile-missing');
  });

  it('with the page profile: every {{telefoon}} is filled in', async () => {
    document.documentElement.setAttribute('data-wegwijs-telefoon', '14 020');
    const el = await explainer(content, { transcript: true });
    await withPlayer(el);
    expect($(el, '#title')!.textContent!.trim()).to.equal('Gratis hulp bij brieven. Bel 14 020.');
    await waitUntil(() => parsedCues(el, CHAPTERS), 'chapters loaded');
    expect(chapterTexts(el)).to.deep.equal([
      'Gratis hulp',
      'Bel 14 020.',
      'Kom langs. Of bel 14 020.',
    ]);
    await waitUntil(() => transcriptText(el).includes('Wij helpen'), 'transcript');
    expect(transcriptText(el)).to.contain('Bel 14 020 voor een afspraak.');
  });
});
