/**
 * The search form (shadow DOM) and the result list (light DOM). Part of the lazy data chunk:
 * both are shown only once contacts have arrived, so their code is not in the first download.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import { endonym } from '@wegwijs/core/language-switch';
import type { Pictogram } from '@wegwijs/pictograms';
import type { Clock } from './hours.js';
import type { ContactIndex, IndexResult } from './index/contact-index.js';
import { topicLabel, topicPictogram } from './labels.js';
import { readPostcodeInput } from './postcode.js';
import { renderContact } from './render-contact.js';
import { missingLanguage } from './missing-language.js';
import { shareButton, type Shared } from './share-button.js';
import { TOPICS, type Contact, type Filters } from './types.js';

/** What the element gives its views. */
export interface View {
  id: string;
  filters: Filters;
  index: ContactIndex;
  result: IndexResult;
  helpline?: Contact;
  pictograms: ReadonlyMap<string, Pictogram>;
  shown: number;
  level: number;
  locale: string;
  ui: string;
  dir: string;
  clock: Clock;
  count: string;
  /** The postcode is valid but not in the municipality's area. */
  outside: boolean;
  onInput(event: Event): void;
  widen(changes: Partial<Filters>): void;
  showMore(): void;
  saveCard(contact: Contact): void;
  shared?: Shared;
  onShare(key: string, contact?: Contact): void;
}

export function countText(total: number): string {
  return total === 0 ? msg('Niemand gevonden.') : msg(str`Gevonden: ${total}`);
}

export function renderForm(v: View) {
  const { filters: f, result: r, id } = v;
  const postcode = readPostcodeInput(f.postcode);
  const invalid =
    postcode === 'invalid' &&
    (f.postcode.trim().length >= 4 || /[^\d\s\u0660-\u0669\u06f0-\u06f9a-z]/i.test(f.postcode));
  const radio = (topic: string, label: unknown) =>
    html`<label class="topic"
      ><input
        type="radio"
        name="topic"
        value=${topic}
        ?checked=${f.topic === topic}
        .checked=${live(f.topic === topic)}
      />
      ${label}</label
    >`;
  return html`<form
    part="filters"
    role="search"
    aria-label=${msg('Zoek een contactpersoon')}
    @submit=${(e: Event) => e.preventDefault()}
    @input=${v.onInput}
    @change=${v.onInput}
  >
    <div>
      <label for="${id}-lang">${msg('Welke taal spreekt u?')}</label>
      <select id="${id}-lang" name="language" .value=${live(f.language)}>
        <option value="">${msg('Alle talen')}</option>
        ${v.index.languages.map(
          (code) =>
            html`<option value=${code} lang=${code} ?selected=${code === f.language}>
              ${endonym(code)} (${r.languageCounts.get(code) ?? 0})
            </option>`,
        )}
      </select>
    </div>
    <fieldset class="topics">
      <legend>${msg('Waarmee wilt u hulp?')}</legend>
      ${radio('', msg('Alles'))}
      ${
        // Several topics at once (handed over by a question helper): one choice for them all.
        f.topic.includes(' ')
          ? radio(
              f.topic,
              html`<span
                >${f.topic
                  .split(' ')
                  .filter((t): t is (typeof TOPICS)[number] => TOPICS.includes(t as never))
                  .map(topicLabel)
                  .join(' + ')}</span
              >`,
            )
          : nothing
      }
      ${TOPICS.map((topic) =>
        radio(
          topic,
          html`${topicPictogram(v.pictograms.get(topic))}
            <span>${topicLabel(topic)} (${r.topicCounts.get(topic) ?? 0})</span>`,
        ),
      )}
    </fieldset>
    <div>
      <label for="${id}-pc">${msg('Uw postcode')}</label>
      <p class="hint" id="${id}-pc-hint">
        ${msg('Bijvoorbeeld 1234 of 1234 AB. Uw postcode blijft op uw toestel.')}
      </p>
      <input
        id="${id}-pc"
        name="postcode"
        autocomplete="postal-code"
        maxlength="8"
        .value=${live(f.postcode)}
        aria-describedby="${id}-pc-hint ${id}-pc-error"
        aria-invalid=${invalid ? 'true' : 'false'}
      />
      <p class="error" id="${id}-pc-error">
        ${invalid ? msg('Dit is geen postcode. Typ 4 cijfers, of 4 cijfers en 2 letters.') : nothing}
        ${v.outside ? outsideText() : nothing}
      </p>
    </div>
    <div>
      <label for="${id}-q">${msg('Zoek op naam, plaats of woord')}</label>
      <input id="${id}-q" type="search" name="query" .value=${live(f.query)} />
    </div>
    <label class="check"
      ><input type="checkbox" name="openNow" .checked=${live(f.openNow)} />
      ${msg('Alleen wie nu open is')}</label
    >
  </form>`;
}

export const outsideText = () => msg('Deze postcode ligt niet in onze gemeente.');

/** A postcode elsewhere: say so, and where to go instead (not an empty list). */
function renderOutside(v: View, card: (contact: Contact) => unknown) {
  return html`<div class="wegwijs-cf-outside">
    <p><strong>${outsideText()}</strong></p>
    <p>${msg('Kijk op de website van uw eigen gemeente. Daar vindt u hulp bij u in de buurt.')}</p>
    ${
      v.helpline
        ? html`<p>${msg('Weet u niet waar u moet zijn? Bel onze algemene hulplijn:')}</p>
            ${card(v.helpline)}`
        : nothing
    }
    <button type="button" class="wegwijs-cf-without" @click=${() => v.widen({ postcode: '' })}>
      ${msg('Zoek zonder postcode')}
    </button>
  </div>`;
}

export function renderResults(v: View) {
  const { filters: f, index, result: r, id, level, locale, ui, clock, helpline } = v;
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
  return html`<div lang=${ui} dir=${v.dir}>
    ${v.outside ? renderOutside(v, helplineCard) : nothing} ${missingLanguage(v, ids)}
    <p class="wegwijs-cf-count" id="${id}-count" tabindex="-1">${v.count}</p>
    ${total > 0 ? shareButton('list', msg('Deel deze lijst'), v.shared, () => v.onShare('list')) : nothing}
    ${
      total === 0 && v.outside
        ? nothing
        : total === 0
          ? html`<div class="wegwijs-cf-widen">
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
          : html`<ul class="wegwijs-cf-list">
              ${[...ids].map(
                (i, n) =>
                  html`<li>
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
                  </li>`,
              )}
            </ul>`
    }
    ${
      total > v.shown
        ? html`<button type="button" class="wegwijs-cf-more" @click=${() => v.showMore()}>
            ${msg(str`Toon meer (nog ${total - v.shown})`)}
          </button>`
        : nothing
    }
  </div>`;
}
