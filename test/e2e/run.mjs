#!/usr/bin/env node
// End-to-end journeys of residents on the demo site (docs/site/) as served with the CDN build:
// at 360 × 740 with taps and 1280 × 900 with pointer clicks, in nl, tr, ar and ti. Each journey
// checks what a resident sees (lib/checks.mjs) and saves screenshots in test/e2e/screenshots/
// (git-ignored; CI keeps them as an artifact). Needs `npm run build` first.
//
//   node test/e2e/run.mjs                        everything
//   node test/e2e/run.mjs --journey=video --lang=ar --viewport=phone
//
// Ends with "N passed, N failed" (counted by `npm test`); exit 1 on any failure.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openContext, repo, startSite, VIEWPORTS } from './lib/site.mjs';
import { residentSees } from './lib/checks.mjs';
import { inParallel } from '../../packages/tools/lib/in-parallel.mjs';
import * as oco from './journeys/oco.mjs';
import * as video from './journeys/video.mjs';
import * as youtube from './journeys/youtube.mjs';
import * as contact from './journeys/contact.mjs';
import * as letter from './journeys/letter.mjs';
import * as helpLink from './journeys/help-link.mjs';
import * as iframe from './journeys/iframe.mjs';
import * as questions from './journeys/questions.mjs';

const JOURNEYS = {
  oco,
  video,
  youtube,
  contact,
  letter,
  'help-link': helpLink,
  questions,
  iframe,
};
const LOCALES = ['nl', 'tr', 'ar', 'ti'];

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const pick = (all, arg) => (arg ? all.filter((x) => String(arg).split(',').includes(x)) : all);

const shotsDir = join(repo, 'test', 'e2e', 'screenshots');
if (!args.journey && !args.lang && !args.viewport)
  rmSync(shotsDir, { recursive: true, force: true });
mkdirSync(shotsDir, { recursive: true });

const started = Date.now();
const site = await startSite();
let passed = 0;
let failed = 0;
const failures = [];
try {
  // Several devices walk at the same time: most of a journey is waiting for the page (in
  // Session 11's CI the journeys used a third of the two cores' time while two devices
  // walked). One device per viewport and language: the language chosen once is remembered.
  const device = async ({ viewport, locale }) => {
    const { context, external } = await openContext(site, viewport);
    context.setDefaultTimeout(15_000);
    for (const key of pick(Object.keys(JOURNEYS), args.journey)) {
      const journey = JOURNEYS[key];
      // A journey may walk fewer languages (CI time): `export const locales`.
      if (journey.locales && !journey.locales.includes(locale)) continue;
      const label = `${journey.name} · ${locale} · ${viewport}`;
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const problems = [];
      const ctx = {
        site,
        context,
        page,
        locale,
        viewport,
        external,
        touch: VIEWPORTS[viewport].hasTouch,
        shot: (step) =>
          page.screenshot({
            path: join(shotsDir, `${key}-${step}-${locale}-${viewport}.png`),
          }),
        // What the resident sees once the page settles: interface strings of a lazily loaded
        // language may arrive a moment after the widget (the switch waits for the strings of
        // every widget on the demo page), so a check is retried for up to 10 s: with four
        // devices at once on CI's two cores, 3 s was once too short (Session 13: the video
        // section still Dutch in ti on a phone, its screenshot taken before the strings came).
        check: async (scope, mainActions = []) => {
          const until = Date.now() + 10_000;
          let seen = await residentSees(page, { scope, locale, mainActions });
          while (seen.length && Date.now() < until) {
            await page.waitForTimeout(250);
            seen = await residentSees(page, { scope, locale, mainActions });
          }
          problems.push(...seen);
        },
      };
      const t = Date.now();
      try {
        await journey.run(ctx);
        for (const error of errors) problems.push(`page error: ${error}`);
      } catch (error) {
        problems.push(
          String(error?.stack ?? error)
            .split('\n')
            .slice(0, 4)
            .join('\n'),
        );
        await ctx.shot('failure').catch(() => {});
      }
      const ms = Date.now() - t;
      if (problems.length) {
        failed += 1;
        failures.push({ label, problems });
        console.log(`  ✗ ${label} (${ms} ms)\n      ${[...new Set(problems)].join('\n      ')}`);
      } else {
        passed += 1;
        console.log(`  ✓ ${label} (${ms} ms)`);
      }
      await page.close();
    }
    await context.close();
  };
  const devices = pick(LOCALES, args.lang).flatMap((locale) =>
    pick(Object.keys(VIEWPORTS), args.viewport).map((viewport) => ({ viewport, locale })),
  );
  // E2E_PARALLEL devices at once (4: two languages on both viewports; it was 2, one language).
  await inParallel(devices, Number(process.env.E2E_PARALLEL ?? 4), device);
} finally {
  await site.close();
}
console.log(
  `\nJourneys ran in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in test/e2e/screenshots/`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
