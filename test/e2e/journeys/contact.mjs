// Find a contact: choose one's language, a topic and a postcode (with taps or clicks, typing
// on the device's keyboard), find a person who speaks the language, and open their call and
// WhatsApp links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../lib/site.mjs';
import { assert, openDemo, press, section, until } from './common.mjs';

export const name = 'find a contact and call or WhatsApp';

const directory = JSON.parse(
  readFileSync(join(repo, 'packages/contact-finder/examples/voorbeeldstad-contacts.json'), 'utf8'),
);

/** A person who speaks `locale`, has WhatsApp and serves a neighbourhood: whom we look for. */
export function personFor(locale) {
  const contact = directory.contacts.find(
    (c) =>
      c.languages.includes(locale) && c.whatsapp && c.phones?.length && c.service_areas?.length,
  );
  const range = directory.neighbourhoods[contact.service_areas[0]][0];
  return { contact, topic: contact.topics[0], postcode: range.split('-')[0] };
}

export async function run(ctx) {
  const { page, check, shot, locale } = ctx;
  const { contact, topic, postcode } = personFor(locale);
  await openDemo(ctx);
  const finder = page.locator('#contact wegwijs-contact-finder');
  const language = finder.locator('select[name="language"]');
  await section(ctx, 'contact', language);
  await press(ctx, language);
  await language.selectOption(locale);
  await press(ctx, finder.locator(`input[name="topic"][value="${topic}"]`));
  const postcodeField = finder.locator('input[name="postcode"]');
  await press(ctx, postcodeField);
  await postcodeField.pressSequentially(postcode);
  const card = finder.locator('article.wegwijs-contact-finder__contact', { hasText: contact.name });
  await until(() => card.isVisible(), `${contact.name} is found`);
  await card.scrollIntoViewIfNeeded();
  await shot('found');
  const digits = (n) => n.replace(/\D/g, '');
  const call = card.locator('a[href^="tel:"]').first();
  const whatsapp = card.locator('a[href^="https://wa.me/"]');
  assert(
    (await call.getAttribute('href')) === `tel:${digits(contact.phones[0].number)}`,
    `call link: ${await call.getAttribute('href')}`,
  );
  const wa = `https://wa.me/31${digits(contact.whatsapp).replace(/^0/, '')}`;
  assert(
    (await whatsapp.getAttribute('href')) === wa,
    `WhatsApp link: ${await whatsapp.getAttribute('href')}`,
  );
  await check('#contact', [call, whatsapp]);
  // Opening WhatsApp leaves the site: the request is issued (and stopped by the test).
  const before = ctx.external.length;
  const popup = ctx.context.waitForEvent('page', { timeout: 3000 }).catch(() => undefined);
  await press(ctx, whatsapp);
  await until(
    () => Promise.resolve(ctx.external.slice(before).some((url) => url.startsWith(wa))),
    'the WhatsApp link is followed',
  );
  await (await popup)?.close();
  ctx.external.length = before;
}
