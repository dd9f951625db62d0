// From a question to a person: on the demo page the resident picks a topic and a statement in
// the question helper, gets the card and hands it to the contact finder below ("show matching
// contacts"), which then shows who speaks their language and helps with that topic.
import { assert, openDemo, press, section, until } from './common.mjs';

export const name = 'question helper → contact finder (hand-over)';
/** Left to right and right to left: the hand-over itself does not depend on the language. */
export const locales = ['nl', 'ar'];

export async function run(ctx) {
  const { page, check, shot, locale } = ctx;
  await openDemo(ctx);
  const helper = page.locator('#vraag wegwijs-question-helper');
  const money = helper.locator('.wegwijs-question-helper__domain[data-id="money"]');
  await section(ctx, 'vraag', money);
  const next = helper.locator('.wegwijs-question-helper__next');
  // Before the card, whose Dutch half for the supporter is Dutch on purpose.
  await check('#vraag', []);
  await press(ctx, money);
  await press(ctx, next);
  const bills = helper.locator('input[data-id="money/bills"]');
  await press(ctx, bills);
  await press(ctx, next); // to "how"
  // The language of the card and of the hand-over: the resident's own, chosen here if the
  // helper still offers the page's first language (it takes it when it first loads).
  const language = helper.locator('select[id$="-lang"]');
  await language.waitFor();
  if ((await language.inputValue()) !== locale) {
    console.log(`    (question helper's language ${await language.inputValue()}, chose ${locale})`);
    await language.selectOption(locale);
  }
  await press(ctx, next); // to the card
  await until(
    async () => (await helper.locator('.wegwijs-question-helper__half').count()) >= 1,
    'the question card',
  );
  await shot('card');
  const find = helper.locator('.wegwijs-question-helper__find');
  await find.scrollIntoViewIfNeeded();
  await press(ctx, find);
  const finder = page.locator('#contact wegwijs-contact-finder');
  await until(
    async () => (await finder.getAttribute('topic')) === 'money',
    'the finder got the topic',
  );
  assert(
    (await finder.getAttribute('language')) === locale,
    `the finder's language is ${await finder.getAttribute('language')}, not ${locale}`,
  );
  const inView = await finder.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert(inView, 'the contact finder is not scrolled into view');
  await shot('finder');
  await check('#contact', []);
}
