/**
 * The result list (light DOM): the count, the share button, the contacts, "show more", and
 * what to do when nobody is found. Part of the lazy data chunk (see data.ts).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { ContactFinderHost } from '../host.js';
import type { Contact, Filters } from '../types.js';
import { renderContact } from './contact-card.js';
import { missingLanguage } from './missing-language.js';
import { shareButton } from './share-button.js';

export function countText(total: number): string {
  return total === 0 ? msg('Niemand gevonden.') : msg(str`Gevonden: ${total}`);
}

export const outsideText = () => msg('Deze postcode ligt niet in onze gemeente.');

/** A postcode elsewhere: say so, and where to go instead (not an empty list). */
function renderOutside(v: ContactFinderHost, card: (contact: Contact) => unknown) {
  return html`<div class="wegwijs-contact-finder__outside">
    <p><strong>${outsideText()}</strong></p>
    <p>${msg('Kijk op de website van uw eigen gemeente. Daar vindt u hulp bij u in de buurt.')}</p>
    ${
      v.helpline
        ? html`<p>${msg('Weet u niet waar u moet zijn? Bel onze algemene hulplijn:')}</p>
            ${card(v.helpline)}`
        : nothing
    }
    <button
      type="button"
      class="wegwijs-contact-finder__without"
      @click=${() => v.widen({ postcode: '' })}
    >
      ${msg('Zoek zonder postcode')}
    </button>
  </div>`;
}

export function renderResults(v: ContactFinderHost) {
  const { filters: f, index, result: r, id, level, clock, helpline } = v;
  const { locale, uiLocale: ui, dir } = v.localeInfo;
  const total = r.ids.length;
  const ids = r.ids.subarray(0, v.shown);
  const onCard = (contact: Contact) => v.saveCard(contact);
  const widen = (changes: Partial<Filters>, label: string) =>
    html`<button type="button" @click=${() => v.widen(changes)}>${label}</button>`;
  const helplineCard = (contact: Contact) =>
    renderContact({
      contact,
      id: `${id}-help`,
      level,
      locale,
      ui,
      clock,
      onCard,
      hours: undefined,
    });
  return html`<div lang=${ui} dir=${dir}>
    ${v.outside ? renderOutside(v, helplineCard) : nothing} ${missingLanguage(v, ids)}
    <p class="wegwijs-contact-finder__count" id="${id}-count" tabindex="-1">${v.count}</p>
    ${total > 0 ? shareButton('list', msg('Deel deze lijst'), v.shared, () => v.onShare('list')) : nothing}
    ${
      total === 0 && v.outside
        ? nothing
        : total === 0
          ? html`<div class="wegwijs-contact-finder__widen">
                ${f.postcode ? widen({ postcode: '' }, msg('Zoek zonder postcode')) : nothing}
                ${f.language ? widen({ language: '' }, msg('Zoek in alle talen')) : nothing}
                ${f.topic ? widen({ topic: '' }, msg('Zoek bij alle onderwerpen')) : nothing}
                ${f.openNow ? widen({ openNow: false }, msg('Ook wie nu dicht is')) : nothing}
                ${f.query ? widen({ query: '' }, msg('Zoek zonder zoekwoord')) : nothing}
              </div>
              ${
                helpline
                  ? html`<p>${msg('U kunt ook altijd bellen met de algemene hulplijn:')}</p>
                      ${helplineCard(helpline)}`
                  : nothing
              }`
          : html`<ul class="wegwijs-contact-finder__list">
              ${[...ids.subarray(0, v.built)].map(
                (i, n) =>
                  (v.cards[n] ??= html`<li>
                    ${renderContact({
                      contact: index.contacts[i]!,
                      hours: index.hours[i],
                      id: `${id}-c${n}`,
                      level,
                      locale,
                      ui,
                      clock,
                      onCard,
                      share: (key) =>
                        shareButton(key, msg('Deel dit contact'), v.shared, () =>
                          v.onShare(key, index.contacts[i]!),
                        ),
                    })}
                  </li>`),
              )}
            </ul>`
    }
    ${
      total > v.shown
        ? html`<button
            type="button"
            class="wegwijs-contact-finder__more"
            @click=${() => v.showMore()}
          >
            ${msg(str`Toon meer (nog ${total - v.shown})`)}
          </button>`
        : nothing
    }
  </div>`;
}
