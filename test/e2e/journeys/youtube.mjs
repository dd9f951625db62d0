// Watch the video on YouTube: nothing goes to YouTube before the resident agrees; a tap or click
// on "Play via YouTube" agrees and loads the player (answered here by a stub page: no test ever
// reaches YouTube). The demo's video content is given a YouTube id for this journey.
import { assert, openDemo, press, section, until } from './common.mjs';

export const name = 'watch the video (YouTube, after consent)';
const FAKE_ID = 'AAAAAAAAAAA';

export async function run(ctx) {
  const { page, check, shot, site } = ctx;
  const youtube = [];
  await page.route(
    (url) => /(^|\.)(youtube(-nocookie)?\.com|ytimg\.com|googlevideo\.com)$/.test(url.hostname),
    (route) => {
      youtube.push(route.request().url());
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>YouTube stub</title><p>YouTube stub</p>',
      });
    },
  );
  await page.route(
    `${site.origin}/packages/video-explainer/examples/oco-explainer.json`,
    async (route) => {
      const response = await route.fetch();
      const content = await response.json();
      for (const version of content.versions) {
        delete version.sources;
        delete version.download;
        delete version.signLanguage;
        delete version.descriptions;
        version.youtube = FAKE_ID;
      }
      await route.fulfill({ response, json: content });
    },
  );
  await openDemo(ctx);
  const explainer = page.locator('#video wegwijs-video-explainer');
  // The notice replaces the play button: one tap or click agrees and plays.
  const agree = explainer.locator('[part~="consent"] button');
  await section(ctx, 'video', agree);
  await agree.scrollIntoViewIfNeeded();
  await shot('consent');
  await check('#video', [agree]);
  assert(youtube.length === 0, `YouTube was contacted before consent: ${youtube.join(', ')}`);
  await press(ctx, agree);
  await until(
    () => Promise.resolve(youtube.length > 0),
    'the YouTube player is requested after consent',
  );
  assert(
    youtube.every((url) => url.startsWith(`https://www.youtube-nocookie.com/embed/${FAKE_ID}?`)),
    `unexpected YouTube requests: ${youtube.join(', ')}`,
  );
  const iframe = explainer.locator('iframe');
  await iframe.waitFor();
  await shot('player');
}
