/** The search form (shadow DOM). Part of the lazy data chunk (see data.ts). */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@wegwijs/core/locale/msg';
import { whenIdle } from '@wegwijs/core/net/when-idle';
import { endonym } from '@wegwijs/core/locale/endonyms';
import type { ContactFinderHost } from '../host.js';
import { topicLabel, topicPictogram } from '../labels.js';
import { readPostcodeInput } from '../postcode.js';
import { TOPICS } from '../types.js';
import { outsideText } from './results.js';

export function renderForm(v: ContactFinderHost) {
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
      <input
        id="${id}-q"
        type="search"
        name="query"
        .value=${live(f.query)}
        @focus=${() => whenIdle(() => v.index.prepareSearch(), 1000)}
      />
    </div>
    <label class="check"
      ><input type="checkbox" name="openNow" .checked=${live(f.openNow)} />
      ${msg('Alleen wie nu open is')}</label
    >
  </form>`;
}
