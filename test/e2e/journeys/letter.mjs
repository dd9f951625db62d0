// Understand a letter's deadline: enter the date on the letter (a tap on the date field, the
// device keyboard), read the last day, and download the calendar file.
import { assert, openDemo, press, section, until } from './common.mjs';
import { t } from '../lib/ui-strings.mjs';

export const name = 'letter date → deadline → calendar file';

export async function run(ctx) {
  const { page, check, shot, locale } = ctx;
  await openDemo(ctx);
  const letter = page.locator('#brief wegwijs-letter-explainer');
  const date = letter.locator('input[type="date"]');
  await section(ctx, 'brief', date);
  // A recent letter: its six weeks have not passed, whatever day the test runs.
  const day = new Date(Date.now() - 7 * 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  await press(ctx, date);
  await date.fill(iso);
  const add = letter.getByRole('button', {
    name: t(locale, 'Zet in mijn agenda', 'letter-explainer'),
  });
  await until(() => add.isVisible(), 'the calendar button appears');
  await add.scrollIntoViewIfNeeded();
  await shot('deadline');
  const download = page.waitForEvent('download');
  await press(ctx, add);
  const file = await download;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const ics = readFileSync(path, 'utf8');
  assert(
    /^BEGIN:VCALENDAR/.test(ics) && /BEGIN:VEVENT/.test(ics),
    'the download is not a calendar file',
  );
  assert(/\.ics$/.test(file.suggestedFilename()), `file name ${file.suggestedFilename()}`);
  await check('#brief', [date, add]);
}
