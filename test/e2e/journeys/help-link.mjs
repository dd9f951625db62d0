// From the letter to a person: the letter's "find help in your language" link, tapped or
// clicked, stays on this page and opens the contact finder filtered on the resident's language
// and the letter's topic.
import { assert, openDemo, press, section, until } from './common.mjs';
import { t } from '../lib/ui-strings.mjs';

export const name = "letter's help link → contact finder, filtered";

export async function run(ctx) {
  const { page, check, shot, locale } = ctx;
  await openDemo(ctx);
  const letter = page.locator('#brief wegwijs-letter-explainer');
  const link = letter.getByRole('link', {
    name: t(locale, 'Zoek hulp die uw taal spreekt', 'letter-explainer'),
  });
  await section(ctx, 'brief', link);
  await link.scrollIntoViewIfNeeded();
  const before = page.url();
  await press(ctx, link);
  const finder = page.locator('#contact wegwijs-contact-finder');
  const language = finder.locator('select[name="language"]');
  await until(
    async () => (await language.inputValue()) === locale,
    `the finder's language is ${locale}`,
  );
  const url = new URL(page.url());
  assert(url.pathname === new URL(before).pathname, `the link left the page for ${page.url()}`);
  const topic = finder.locator('input[name="topic"]:checked');
  assert(
    (await topic.getAttribute('value')) === 'care',
    `topic ${await topic.getAttribute('value')}`,
  );
  await until(() => finder.isVisible(), 'the finder is shown');
  const inView = await finder.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert(inView, 'the contact finder is not scrolled into view');
  await shot('finder');
  await check('#contact', []);
}
