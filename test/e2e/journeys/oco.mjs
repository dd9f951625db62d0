// Understand OCO: open the step guide, open a step with a tap or click, read it.
import { openDemo, press, section, until } from './common.mjs';

export const name = 'understand OCO (step guide)';

export async function run(ctx) {
  const { page, check, shot } = ctx;
  await openDemo(ctx);
  const guide = page.locator('#stappen wegwijs-step-guide');
  const toggles = guide.locator('ol [aria-expanded]');
  await section(ctx, 'stappen', toggles.first());
  const second = toggles.nth(1);
  await press(ctx, second);
  await until(async () => (await second.getAttribute('aria-expanded')) === 'true', 'step 2 opens');
  await second.scrollIntoViewIfNeeded();
  await shot('step-open');
  await check('#stappen', [second, toggles.first()]);
}
