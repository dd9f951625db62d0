import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import { VIDEO_STORAGE_KEYS } from '../src/storage.js';
import {
  $,
  $$,
  FIVE,
  MEDIA,
  TITLES,
  deepElements,
  explainer,
  withPlayer,
  transcriptOf,
  waitForTranscript,
} from './helpers.js';

document.documentElement.lang = 'nl';

describe('video explainer: privacy', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  const THIRD = /youtube|ytimg|google|vimeo|doubleclick|ggpht/;

  it('loads nothing from YouTube before the resident presses play', async () => {
    performance.clearResourceTimings();
    const content = {
      versions: [
        {
          lang: 'nl',
          title: TITLES.nl,
          youtube: 'abcdefghijk',
          poster: `${MEDIA}/oco-nl.jpg`,
          captions: [{ src: `${MEDIA}/oco-nl.vtt` }],
        },
      ],
    };
    const el = await explainer(content, { transcript: true });
    await withPlayer(el);
    await waitForTranscript(el, 'Deze hulp is gratis.');
    const thirdParty = () =>
      deepElements(document).filter((node) => {
        const url =
          node.getAttribute('src') ??
          node.getAttribute('href') ??
          node.getAttribute('poster') ??
          '';
        return (
          ['IFRAME', 'IMG', 'LINK', 'SCRIPT', 'VIDEO', 'SOURCE', 'A'].includes(node.tagName) &&
          THIRD.test(url)
        );
      });
    expect(thirdParty()).to.deep.equal([]);
    expect(deepElements(document).filter((n) => n.tagName === 'IFRAME')).to.deep.equal([]);
    expect(
      performance.getEntriesByType('resource').filter((e) => THIRD.test(e.name)),
    ).to.deep.equal([]);
    // The notice is its own small module, loaded when a YouTube or Vimeo version is shown.
    await waitUntil(() => $(el, '.consent'), 'the notice before YouTube');
    expect($(el, '.consent')!.textContent).to.contain('Deze video staat bij YouTube');
    const play = $<HTMLButtonElement>(el, '.consent button')!;
    expect(play.textContent!.trim()).to.equal('Afspelen via YouTube');
    // The transcript is there before consent, without seeking (the player is YouTube's).
    expect(
      transcriptOf(el)!.querySelectorAll('button.wegwijs-video-explainer__cue'),
    ).to.have.length(0);

    const consent = oneEvent(el, 'wegwijs-video-consent');
    play.click();
    expect(((await consent) as unknown as { service: string }).service).to.equal('youtube');
    await el.updateComplete;
    const iframe = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(iframe.src).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/abcdefghijk\?/);
    expect(iframe.title).to.equal(TITLES.nl);
    await waitUntil(() => el.shadowRoot!.activeElement === iframe, 'focus on the iframe');
    iframe.remove();
  });

  it('lets a pointer reach the play button over a poster (issue #26: the poster took the tap)', async () => {
    const el = await explainer({
      versions: [
        { lang: 'nl', title: 'YouTube', youtube: 'abcdefghijk', poster: `${MEDIA}/oco-nl.jpg` },
      ],
    });
    await waitUntil(() => $(el, '.consent button'), 'the notice before YouTube');
    const play = $<HTMLButtonElement>(el, '.consent button')!;
    await waitUntil(() => $<HTMLImageElement>(el, 'img.poster')?.complete, 'the poster');
    const box = play.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit && play.contains(hit), `a tap lands on ${hit?.outerHTML.slice(0, 60)}`).to.equal(
      true,
    );
    // Full-strength text and button: the poster is dimmed behind the notice, not the notice.
    expect(getComputedStyle($(el, '.consent')!).opacity).to.equal('1');
    expect(getComputedStyle($(el, 'img.poster')!).opacity).to.equal('1');
  });

  it('uses Vimeo with dnt=1 after consent and drops a poster from a video service', async () => {
    const el = await explainer(
      {
        versions: [
          { lang: 'nl', title: 'Vimeo', vimeo: '76979871', poster: 'https://i.vimeocdn.com/x.jpg' },
        ],
      },
      { preview: true },
    );
    await withPlayer(el);
    await waitUntil(() => $(el, '.consent button'), 'the notice before Vimeo');
    expect(deepElements(el.shadowRoot!).filter((n) => n.tagName === 'IMG')).to.have.length(0);
    await waitUntil(
      () => el.problems.some((p) => p.message.includes('versions[0].poster')),
      'poster refused',
    );
    $<HTMLButtonElement>(el, '.consent button')!.click();
    await el.updateComplete;
    const iframe = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(iframe.src).to.match(/^https:\/\/player\.vimeo\.com\/video\/76979871\?dnt=1/);
    iframe.remove();
  });

  it('needs no consent for a self-hosted video and stores only its documented key', async () => {
    const before = Object.keys(localStorage).filter((k) => k.startsWith('wegwijs:'));
    const el = await explainer(FIVE);
    expect($(el, '.consent')).to.equal(null);
    await withPlayer(el);
    $$<HTMLButtonElement>(el, '.bar button')
      .find((b) => b.textContent!.trim() === 'Ondertiteling')
      ?.click();
    const after = Object.keys(localStorage).filter(
      (k) => k.startsWith('wegwijs:') && !before.includes(k),
    );
    expect(after.every((k) => k === `wegwijs:${VIDEO_STORAGE_KEYS.captions}`)).to.equal(true);
    expect(document.cookie).to.equal('');
    localStorage.removeItem(`wegwijs:${VIDEO_STORAGE_KEYS.captions}`);
  });
});
