/**
 * The contacts' own texts (role, description, what a phone line is for) are not in the
 * resident's language: say so in it (core's shared notice), and offer the people who speak
 * it by setting the language filter, instead of leaving the resident with silent Dutch.
 */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { primaryLanguage } from '@wegwijs/core/locale/locales';
import { fallbackNotice } from '@wegwijs/core/locale/missing-language';
import type { Contact } from '../types.js';
import type { ContactFinderHost } from '../host.js';

function textsOf(contact: Contact) {
  return [contact.role, contact.description, ...(contact.phones ?? []).map((p) => p.description)];
}

export function missingLanguage(v: ContactFinderHost, shown: Iterable<number>) {
  const { index, filters } = v;
  const { locale, uiLocale: ui } = v.localeInfo;
  const lang = primaryLanguage(locale);
  const speaks = (c: Contact) => c.languages.some((code) => primaryLanguage(code) === lang);
  return fallbackNotice({
    widget: 'contact-finder',
    texts: [...shown].flatMap((i) => textsOf(index.contacts[i]!)),
    locale,
    uiLocale: ui,
    // The filter is offered only when it finds someone and is not set already.
    action: () =>
      primaryLanguage(filters.language || 'nl') !== lang && index.contacts.some(speaks)
        ? html`<button
            type="button"
            class="wegwijs-contact-finder__missing-action"
            @click=${() => v.widen({ language: lang })}
          >
            ${msg('Zoek een sleutelpersoon')}
          </button>`
        : nothing,
  });
}
