import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import type { WegwijsVideoExplainer } from '../src/video-explainer.js';
import {
  $,
  MEDIA,
  deepElements,
  explainer,
  mainVideo,
  version,
  withPlayer,
  transcriptOf,
  waitForTranscript,
} from './helpers.js';

document.documentElement.lang = 'nl';

describe('video explainer: faults', () => {
  beforeEach(() => setPageLocale('nl', { remember: false }));

  it('a missing video: a short message, the transcript and a download link; the exact error for the editor', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await explainer(
        {
          versions: [
            version('nl', {
              sources: [{ src: `${MEDIA}/missing.mp4`, type: 'video/mp4' }],
              download: `${MEDIA}/missing.mp4`,
            }),
          ],
        },
        { preview: true },
      );
      await withPlayer(el);
      await waitUntil(() => $(el, '.fault'), 'fault shown', { timeout: 5000 });
      expect($(el, '.fault')!.textContent).to.contain('De video kan nu niet worden afgespeeld.');
      expect($<HTMLAnchorElement>(el, '.fault a')!.href).to.match(/missing\.mp4$/);
      await waitForTranscript(el, 'Deze hulp is gratis.');
      expect(transcriptOf(el)!.hidden).to.equal(false);
      // In Dutch for the editor (issue 18): code video-failed-http, from core's message table.
      const dutch = 'de server gaf antwoord 404';
      const message = el.problems.map((p) => p.message).join('\n');
      expect(message).to.contain('versions[0] (nl): de video');
      expect(message).to.contain(dutch);
      expect($(el, '.editor-notice')!.textContent).to.contain(dutch);
      expect($(el, '.editor-notice')!.textContent).not.to.contain('answered');
      // With its code, as every other problem in the notice (the same as `wegwijs check`).
      expect($(el, '.editor-notice code')?.textContent).to.equal('video-failed-http');
      expect(errors.join('\n')).to.contain(dutch);
    } finally {
      console.error = original;
    }
  });

  it('an unsupported format is reported before playing', async () => {
    const el = await explainer(
      {
        versions: [
          version('nl', { sources: [{ src: `${MEDIA}/oco-nl.xyz`, type: 'video/x-unknown' }] }),
        ],
      },
      { preview: true },
    );
    await withPlayer(el);
    await waitUntil(() => $(el, '.fault'), 'fault shown');
    // In Dutch for the editor (issue 18), once core's message table has loaded.
    const dutch =
      'geen van de videobestanden kan in deze browser worden afgespeeld (video/x-unknown)';
    await waitUntil(() => $(el, '.editor-notice')?.textContent?.includes(dutch), 'Dutch notice');
    expect(el.problems.map((p) => p.message).join()).to.contain(dutch);
    expect($(el, '.editor-notice code')?.textContent).to.equal('video-unplayable');
  });

  it('a broken VTT and a missing chapter file: line numbers for the editor, a message for the resident', async () => {
    const el = await explainer(
      {
        versions: [
          version('nl', {
            captions: [{ src: `${MEDIA}/broken.vtt`, lang: 'nl' }],
            chapters: `${MEDIA}/missing.chapters.vtt`,
          }),
        ],
      },
      { preview: true },
    );
    await withPlayer(el);
    // The editor's words for VTT issues come in a lazy chunk, after the resident's message.
    await waitUntil(
      () =>
        $(el, '.fault')?.textContent?.includes('hoofdstukken') &&
        $(el, '.fault')!.textContent!.includes('ondertiteling') &&
        el.problems.some((p) => p.message.includes('broken.vtt" regel 1:')),
      'faults shown and reported',
    );
    const fault = $(el, '.fault')!.textContent!;
    expect(fault).to.contain('De ondertiteling kan nu niet worden getoond.');
    expect(fault).to.contain('De hoofdstukken kunnen nu niet worden getoond.');
    expect($(el, '.fault a')).to.exist;
    const messages = el.problems.map((p) => p.message);
    expect(messages.find((m) => m.includes('broken.vtt" regel 1:'))).to.contain('WEBVTT');
    expect(messages.find((m) => m.includes('broken.vtt" regel 6:'))).to.contain(
      '00:00:02,500 --> 00:04.1',
    );
    expect(messages.find((m) => m.includes('versions[0].chapters'))).to.contain('404');
    expect($(el, '.editor-notice')!.textContent).to.contain('regel 6');
    // The video itself still plays.
    expect($(el, '[data-play]')).to.exist;
  });

  it('bad content: the editor gets schema messages, the resident the markup fallback', async () => {
    const el = await fixture<WegwijsVideoExplainer>(
      html`<wegwijs-video-explainer preview>
        <script type="application/json">
          { "versions": [{ "lang": 5, "title": "x", "youtube": "nope" }] }
        </script>
        <p><a href="/oco.mp4">Bekijk de video</a></p>
      </wegwijs-video-explainer>`,
    );
    await el.content.loaded;
    await el.updateComplete;
    expect(el.content.status).to.equal('failed');
    expect($(el, '.fallback')).to.exist;
    await waitUntil(
      () => el.problems.some((p) => p.message.startsWith('versions[0].lang')),
      'schema',
    );
    const text = el.problems.map((p) => p.message).join('\n');
    expect(text).to.contain('versions[0].youtube: geen YouTube-video-id (11 tekens)');
    await el.updateComplete;
    expect($(el, '.editor-notice')!.textContent).to.contain('versions[0].lang');
  });

  it('renders hostile strings as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await explainer({ versions: [version('nl', { title: evil })] });
    expect($(el, '.title')!.textContent!.trim()).to.equal(evil);
    expect(deepElements(el.shadowRoot!).some((n) => n.getAttribute('src') === 'x')).to.equal(false);
    const bad = await explainer({ versions: [version('nl', { poster: 'javascript:alert(1)' })] });
    expect(mainVideo(bad).getAttribute('poster') ?? '').to.not.contain('javascript');
  });
});
