// Shared steps of the journeys: open the demo, choose a language as a resident does (a tap or
// a click on the page's language switch), and tap or click.
import { demoUrl } from '../lib/site.mjs';

/** A tap on a touch screen, a pointer click otherwise: never the keyboard. */
export function press(ctx, locator) {
  return ctx.touch ? locator.tap() : locator.click();
}

/** The demo page, in `ctx.locale`, chosen through the header's language switch. */
export async function openDemo(ctx, hash = '') {
  const { page, site, locale } = ctx;
  await page.goto(demoUrl(site, hash));
  const select = page.locator('header wegwijs-language-switch select');
  await select.waitFor();
  if ((await select.inputValue()) !== locale) {
    await press(ctx, select);
    await select.selectOption(locale);
  }
  await page.waitForFunction(
    (locale) =>
      document.querySelector('wegwijs-language-switch')?.shadowRoot?.querySelector('select')
        ?.value === locale,
    locale,
  );
}

/** Scroll a section into view and wait until the widget in it has rendered its content. */
export async function section(ctx, id, ready) {
  const { page } = ctx;
  const part = page.locator(`#${id}`);
  await part.scrollIntoViewIfNeeded();
  if (ready) await ready.waitFor({ timeout: 10_000 });
  return part;
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Polls `probe` (async) until it returns something truthy; fails with `message` after `ms`. */
export async function until(probe, message, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
