/** Step 3: how the resident wants to be helped (language, interpreter, channel, supporter, deadline). */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@wegwijs/core/locale/msg';
import { UI_LOCALES, directionOf } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { OPTION_PICTOGRAMS } from '../pictogram-names.js';
import type { QuestionHost } from '../host.js';
import {
  CHANNELS,
  DEADLINES,
  HELP_LANGUAGE,
  SUPPORTERS,
  type Answers,
  type QuestionSet,
} from '../types.js';
import { picture } from './picture.js';
import { chosenDomains, phrases, said } from './text.js';

function radios<T extends string>(
  h: QuestionHost,
  name: keyof Answers,
  legend: string,
  values: readonly T[],
  label: (value: T) => string,
  pictogram?: (value: T) => string | undefined,
) {
  const current = h.answers[name];
  return html`<fieldset
    class="wegwijs-question-helper__group wegwijs-question-helper__radios"
    data-name=${name}
  >
    <legend>${legend}</legend>
    ${values.map(
      (value) =>
        html`<label class="wegwijs-question-helper__option"
          ><input
            type="radio"
            name="${h.uid}-${name}"
            value=${value}
            .checked=${live(current === value)}
            @change=${() => h.setAnswers({ [name]: value })}
          />
          ${pictogram?.(value) ? picture(h, pictogram(value)) : nothing}
          <span>${label(value)}</span></label
        >`,
    )}
  </fieldset>`;
}

export function renderHow(h: QuestionHost, set: QuestionSet) {
  const p = phrases(h, h.localeInfo.uiLocale);
  if (!p) return html`<p aria-busy="true">…</p>`;
  const a = h.answers;
  const letterLinks = chosenDomains(h, set).filter((d) => d.letter && d.link);
  const help = { none: p.noInterpreter, interpreter: p.interpreter, 'key-person': p.keyPerson };
  const channel = {
    phone: p.phone,
    whatsapp: p.whatsapp,
    'walk-in': p.walkIn,
    'home-visit': p.homeVisit,
  };
  const supporter = { any: p.anyone, man: p.man, woman: p.woman };
  const deadline = { unknown: p.deadlineUnknown, yes: p.deadlineYes, no: p.deadlineNo };
  return html`<div class="wegwijs-question-helper__field">
      <label for="${h.uid}-lang">${msg('In welke taal wilt u hulp?')}</label>
      <select
        id="${h.uid}-lang"
        .value=${live(a.language)}
        @change=${(e: Event) => h.setAnswers({ language: (e.target as HTMLSelectElement).value })}
      >
        ${UI_LOCALES.map(
          (code) =>
            html`<option
              value=${code}
              lang=${code}
              dir=${directionOf(code)}
              ?selected=${code === a.language}
            >
              ${endonym(code)}
            </option>`,
        )}
      </select>
    </div>
    ${radios(
      h,
      'helpLanguage',
      msg('Wilt u een tolk, of iemand uit uw eigen gemeenschap?'),
      HELP_LANGUAGE,
      (v) => help[v],
      (v) => (v === 'none' ? undefined : OPTION_PICTOGRAMS[v]),
    )}
    ${radios(
      h,
      'channel',
      msg('Hoe wilt u contact?'),
      CHANNELS,
      (v) => channel[v],
      (v) => OPTION_PICTOGRAMS[v],
    )}
    ${radios(h, 'supporter', msg('Wilt u liever een man of een vrouw als ondersteuner?'), SUPPORTERS, (v) => supporter[v])}
    ${radios(h, 'deadline', msg('Moet er vóór een bepaalde datum iets gebeuren?'), DEADLINES, (v) => deadline[v])}
    ${
      a.deadline === 'yes'
        ? html`<div class="wegwijs-question-helper__field">
            <label for="${h.uid}-date">${msg('Welke datum? (als u die weet)')}</label>
            <input
              id="${h.uid}-date"
              type="date"
              .value=${live(a.deadlineDate)}
              @change=${(e: Event) => h.setAnswers({ deadlineDate: (e.target as HTMLInputElement).value })}
            />
          </div>`
        : nothing
    }
    ${letterLinks.map(
      (d) =>
        html`<p class="wegwijs-question-helper__letter">
          ${picture(h, 'letter')}
          <a href=${d.link!.href}>${said(h, d.link!.label)}</a>
        </p>`,
    )}`;
}
