// Watch the video: the self-hosted version plays on a tap or click; its transcript opens, with
// timestamps on one line.
import { t } from '../lib/ui-strings.mjs';
import { assert, openDemo, press, section, until } from './common.mjs';

export const name = 'watch the video (self-hosted)';

export async function run(ctx) {
  const { page, check, shot } = ctx;
  await openDemo(ctx);
  const explainer = page.locator('#video wegwijs-video-explainer');
  const play = explainer.locator('.play').first();
  await section(ctx, 'video', play);
  await check('#video', [play]);
  await press(ctx, play);
  const playing = () =>
    explainer.evaluate((el) => {
      const video = el.shadowRoot.querySelector('video');
      return !!video && !video.paused && !video.error;
    });
  await until(playing, 'the video plays after a tap or click');
  // The transcript (in the light DOM), with a timestamp per cue: the second toggle after
  // "captions" in the player's controls.
  const transcriptToggle = explainer.getByRole('button', {
    name: t(ctx.locale, 'Tekst', 'video-explainer'),
    exact: true,
  });
  if ((await transcriptToggle.getAttribute('aria-pressed')) !== 'true')
    await press(ctx, transcriptToggle);
  const cues = explainer.locator(
    '.wegwijs-video-explainer__transcript .wegwijs-video-explainer__time',
  );
  await until(async () => (await cues.count()) > 0, 'the transcript shows its cues');
  await cues.first().scrollIntoViewIfNeeded();
  await shot('playing');
  assert(ctx.external.length === 0, `requests left the site: ${ctx.external.join(', ')}`);
  await check('#video', [transcriptToggle]);
}
