/** Step 2: plain statements per chosen domain (each read aloud), and the resident's own words. */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@wegwijs/core/locale/msg';
import type { QuestionHost } from '../host.js';
import type { QuestionSet } from '../types.js';
import { picture } from './picture.js';
import { readButton } from './read-aloud.js';
import { chosenDomains, said } from './text.js';

// role="list" is not redundant: Safari drops list semantics from a list with list-style: none.
/* eslint-disable lit-a11y/no-redundant-role */
export function renderStatements(h: QuestionHost, set: QuestionSet) {
  const toggle = (key: string, on: boolean) =>
    h.setAnswers({
      statements: on
        ? [...h.answers.statements, key]
        : h.answers.statements.filter((s) => s !== key),
    });
  return html`<p class="wegwijs-question-helper__hint">
      ${msg('Kies de zinnen die bij u passen. Dat mag ook geen.')}
    </p>
    ${chosenDomains(h, set).map(
      (d) =>
        html`<fieldset class="wegwijs-question-helper__group">
          <legend>${picture(h, d.pictogram)} ${said(h, d.label)}</legend>
          <ul class="wegwijs-question-helper__statements" role="list">
            ${d.statements.map((s) => {
              const key = `${d.id}/${s.id}`;
              const id = `${h.uid}-s-${d.id}-${s.id}`;
              return html`<li>
                <label class="wegwijs-question-helper__statement"
                  ><input
                    type="checkbox"
                    data-id=${key}
                    .checked=${live(h.answers.statements.includes(key))}
                    @change=${(e: Event) => toggle(key, (e.target as HTMLInputElement).checked)}
                  />
                  ${picture(h, s.pictogram ?? d.pictogram)} ${said(h, s.text, id)}</label
                >
                ${readButton(h, s.text, s.audio, id)}
              </li>`;
            })}
          </ul>
        </fieldset>`,
    )}
    <div class="wegwijs-question-helper__field">
      <label for="${h.uid}-free"
        >${msg('Wilt u het zelf zeggen? In uw eigen taal (mag ook leeg blijven)')}</label
      >
      <p class="wegwijs-question-helper__hint" id="${h.uid}-free-hint">
        ${msg('Dit wordt niet vertaald. De ondersteuner kan het laten vertalen.')}
      </p>
      <textarea
        id="${h.uid}-free"
        rows="3"
        maxlength="500"
        dir="auto"
        aria-describedby="${h.uid}-free-hint"
        .value=${live(h.answers.freeText)}
        @input=${(e: Event) => h.setAnswers({ freeText: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>`;
}
