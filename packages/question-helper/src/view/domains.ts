/** Step 1: the life domains, pictograms with short labels, more than one may be chosen. */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import type { QuestionHost } from '../host.js';
import type { QuestionSet } from '../types.js';
import { picture } from './picture.js';
import { readButton } from './read-aloud.js';
import { said, text } from './text.js';

/** What is missing before the next step, focused when shown. */
export function errorMessage(h: QuestionHost) {
  return h.error
    ? html`<p class="wegwijs-question-helper__error" id="${h.uid}-err" tabindex="-1">${h.error}</p>`
    : nothing;
}

// role="list" is not redundant: Safari drops list semantics from a list with list-style: none.
/* eslint-disable lit-a11y/no-redundant-role */
export function renderDomains(h: QuestionHost, set: QuestionSet) {
  const toggle = (id: string) => {
    const on = h.answers.domains.includes(id);
    h.showError('');
    h.setAnswers({
      domains: on ? h.answers.domains.filter((d) => d !== id) : [...h.answers.domains, id],
      // a domain put away takes its statements with it
      statements: on
        ? h.answers.statements.filter((s) => !s.startsWith(`${id}/`))
        : h.answers.statements,
    });
  };
  const intro = text(h, set.intro);
  return html`${
      intro
        ? html`<div class="wegwijs-question-helper__intro">
            <p id="${h.uid}-intro" lang=${intro.lang} dir=${intro.dir}>${intro.text}</p>
            ${readButton(h, set.intro!, undefined, `${h.uid}-intro`)}
          </div>`
        : nothing
    }
    <p class="wegwijs-question-helper__hint" id="${h.uid}-hint">
      ${msg('Tik op wat bij u past. U mag meer dan één kiezen.')}
    </p>
    ${errorMessage(h)}
    <ul
      class="wegwijs-question-helper__domains"
      role="list"
      aria-labelledby="${h.uid}-h"
      aria-describedby="${h.uid}-hint"
    >
      ${set.domains.map(
        (d) =>
          html`<li>
            <button
              type="button"
              class="wegwijs-question-helper__domain"
              data-id=${d.id}
              aria-pressed=${h.answers.domains.includes(d.id) ? 'true' : 'false'}
              @click=${() => toggle(d.id)}
            >
              ${picture(h, d.pictogram)} ${said(h, d.label)}
            </button>
          </li>`,
      )}
    </ul>`;
}
