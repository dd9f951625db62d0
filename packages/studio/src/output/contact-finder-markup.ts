/**
 * The contact list as the editor markup the contact finder reads
 * (`packages/contact-finder/src/markup.ts`): a `<ul>` with one `<li>` per contact, a readable
 * card without JavaScript (name, role, organisation, phone, e-mail, website, address as
 * elements with `data-field`), and what a resident does not need to read (kind, languages,
 * topics, areas, hours, translations) in `data-*` attributes. The fields come from the widget's
 * own row writer (`contactToFlat`, the spreadsheet's columns), so markup, CSV and JSON hold
 * the same contact.
 *
 * What the reader cannot take (like a spreadsheet row: a second phone number, a phone's
 * description, a location's name; and the list's helpline, neighbourhoods and holidays) is
 * named by `contactFinderMarkupLosses`, so Studio can say so before the editor copies.
 */
import { telHref } from '@wegwijs/core';
import { msg } from '@wegwijs/core/locale/msg';
import { applyProfile, type Profile } from '@wegwijs/core/check';
import { contactToFlat, type Flat } from '@wegwijs/contact-finder/csv';
import type { Contact, Directory } from '@wegwijs/contact-finder';
import { escapeAttribute as attr, escapeText as text } from './html.js';

/** Shown as elements (readable without JavaScript); every other field is an attribute. */
const SHOWN = [
  'name',
  'role',
  'organization',
  'organization_url',
  'description',
  'photo',
  'photo_alt',
  'phone',
  'email',
  'website',
  'address',
  'postal_code',
  'city',
] as const;

const WHATSAPP = 'https://wa.me/';

function contactHtml(flat: Flat, indent: string): string {
  const v = (key: string) => flat[key]?.trim() || undefined;
  const attrs = Object.entries(flat)
    .filter(([key, value]) => value?.trim() && !(SHOWN as readonly string[]).includes(key))
    .map(([key, value]) => `data-${key.replace(/_/g, '-')}="${attr(value!.trim())}"`);
  const inner = `${indent}  `;
  const lines = [`${indent}<li${attrs.length ? ` ${attrs.join(' ')}` : ''}>`];
  const line = (html: string | undefined) => html && lines.push(`${inner}${html}`);
  line(`<h3 data-field="name">${text(v('name') ?? '')}</h3>`);
  if (v('photo'))
    line(
      `<img data-field="photo" src="${attr(v('photo')!)}" alt="${attr(v('photo_alt') ?? '')}" />`,
    );
  if (v('role')) line(`<p data-field="role">${text(v('role')!)}</p>`);
  if (v('organization'))
    line(
      v('organization_url')
        ? `<p><span data-field="organization">${text(v('organization')!)}</span> · <a data-field="organization_url" href="${attr(v('organization_url')!)}">${text(v('organization_url')!)}</a></p>`
        : `<p data-field="organization">${text(v('organization')!)}</p>`,
    );
  else if (v('organization_url'))
    line(
      `<a data-field="organization_url" href="${attr(v('organization_url')!)}">${text(v('organization_url')!)}</a>`,
    );
  if (v('description')) line(`<p data-field="description">${text(v('description')!)}</p>`);
  const phone = v('phone');
  if (phone)
    line(
      `<p>Telefoon: <a data-field="phone" href="${attr(telHref(phone) ?? `tel:${phone}`)}">${text(phone)}</a></p>`,
    );
  const whatsapp = v('whatsapp');
  if (whatsapp)
    line(
      `<p>WhatsApp: <a href="${attr(WHATSAPP + whatsapp.replace(/\D/g, ''))}">${text(whatsapp)}</a></p>`,
    );
  if (v('email'))
    line(
      `<p>E-mail: <a data-field="email" href="mailto:${attr(v('email')!)}">${text(v('email')!)}</a></p>`,
    );
  if (v('website'))
    line(
      `<p>Website: <a data-field="website" href="${attr(v('website')!)}">${text(v('website')!)}</a></p>`,
    );
  const place = ['address', 'postal_code', 'city']
    .filter((k) => v(k))
    .map((k) => `<span data-field="${k}">${text(v(k)!)}</span>`);
  if (place.length) line(`<p>${place.join(', ')}</p>`);
  lines.push(`${indent}</li>`);
  return lines.join('\n');
}

/** Only the working languages' translations (`role:ar` when Arabic is one of them). */
function inLanguages(flat: Flat, languages: readonly string[]): Flat {
  return Object.fromEntries(
    Object.entries(flat).filter(([key]) => {
      const lang = key.split(':')[1];
      return !lang || languages.includes(lang);
    }),
  );
}

/** The inner markup of `<wegwijs-contact-finder>`, indented by two spaces. */
export function contactFinderMarkup(
  directory: Directory,
  languages: readonly string[],
  profile?: Profile,
): string {
  const filled = applyProfile(directory, profile);
  const contacts: Contact[] = Array.isArray(filled?.contacts) ? filled.contacts : [];
  const items = contacts.map((c) =>
    contactHtml(inLanguages(contactToFlat(c).flat, languages), '    '),
  );
  return `  <ul>\n${items.join('\n')}\n  </ul>`;
}

/** In Dutch, for the editor: what the markup cannot hold (empty when it holds everything). */
export function contactFinderMarkupLosses(directory: Directory): string[] {
  const lost: string[] = [];
  if (directory?.helpline) lost.push(msg('de algemene hulplijn (helpline)'));
  if (directory?.neighbourhoods && Object.keys(directory.neighbourhoods).length)
    lost.push(msg('de wijken (neighbourhoods)'));
  if (directory?.holidays?.length) lost.push(msg('de feestdagen (holidays)'));
  (Array.isArray(directory?.contacts) ? directory.contacts : []).forEach((c, i) => {
    for (const field of contactToFlat(c, `contacts[${i}]`).lost)
      lost.push(`${c.name || `contact ${i + 1}`}: ${field.what}`);
  });
  return lost;
}
