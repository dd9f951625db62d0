// The composite story "Languages/Every language at once" (one frame per UI language). The
// gates skip composite stories in the matrix (their frames are the stories checked one by
// one), so this is the one check of the composite itself: #26 defect 9, it was blank for
// over 5 s because twelve Storybook previews booted at the same moment.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The UI languages, as core's lit-localize.json lists them (kept in sync with core's list by a test). */
export function uiLocaleCount(repo) {
  const config = JSON.parse(readFileSync(join(repo, 'packages/core/lit-localize.json'), 'utf8'));
  return 1 + config.targetLocales.length;
}

const STORY = 'languages-every-language-at-once--step-guide';
const AT_ONCE = 2;

/** Every language is named at once, the frames load in turn, and every frame ends with its guide. */
export async function everyLanguageAtOnce(page, storyUrl, languages) {
  await page.goto(storyUrl(STORY), { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    (n) => document.querySelectorAll('#storybook-root h2').length >= n,
    languages,
    { timeout: 10_000 },
  );
  // Right after the headings: a frame shows its waiting note (srcdoc), loads its story, or
  // (on a slow machine, where the headings came late) already shows its guide: done, not booting.
  const frames = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root iframe')].map((f) => {
      if (f.hasAttribute('srcdoc')) return 'waiting';
      const guide = f.contentDocument?.querySelector(
        'wegwijs-step-guide li, wegwijs-step-guide ol',
      );
      return guide ? 'done' : 'loading';
    }),
  );
  if (frames.length !== languages)
    throw new Error(`${frames.length} frames for ${languages} languages`);
  const loading = frames.filter((f) => f === 'loading').length;
  if (loading > AT_ONCE)
    throw new Error(`${loading} previews boot at once (at most ${AT_ONCE}): the page stays blank`);
  // In turn, every frame shows the step guide in its language.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('#storybook-root iframe')].every((f) =>
        f.contentDocument?.querySelector('wegwijs-step-guide li, wegwijs-step-guide ol'),
      ),
    null,
    { timeout: 120_000 },
  );
  return `${languages} languages named at once, ${loading} frames loading first, all ${languages} guides shown`;
}
