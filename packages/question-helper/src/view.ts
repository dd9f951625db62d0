/**
 * The helper's view, loaded lazily by the element: renders the frame (privacy sentence,
 * progress, the step's heading, the buttons, "remember on this phone") into the light DOM of a
 * `<wegwijs-question-helper>` with the first step (the life domains), and adopts its styles.
 * The later steps (statements, how, the card) come from later-steps.ts, fetched right after
 * the first screen rendered. It uses the element only through `QuestionHost` (host.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import { languagesOf } from '@wegwijs/core';
import { adoptLightStyles } from '@wegwijs/core/light-dom/light-styles';
import { machineAssistedNotice } from '@wegwijs/core/locale/machine-assisted';
import { helperStyles } from './view.styles.js';
import type { QuestionHost } from './host.js';
import type { QuestionSet } from './types.js';
import { laterSteps, loadLaterSteps, loadLaterStepsSoon } from './later-steps-loader.js';
import { renderDomains } from './view/domains.js';
import { picture } from './view/picture.js';
import { speechOf } from './view/read-aloud.js';
import { missingLanguage } from './view/missing-language.js';
import { chosenDomains, phrases } from './view/text.js';

/** Adopt the helper's stylesheet once into the document (or shadow root) it lives in. */
export function adoptStyles(host: Element): void {
  adoptLightStyles(host, helperStyles.styleSheet);
}

/** The whole helper: privacy sentence, the step shown, the buttons, "remember on this phone". */
export function renderHelper(h: QuestionHost, set: QuestionSet): TemplateResult {
  const { uiLocale, dir } = h.localeInfo;
  const missing = missingLanguage(h, set);
  // The later steps' code: fetched once the first screen is complete (its pictograms are in,
  // or known to be missing: they load first, the resident sees them) and the browser idle.
  if (h.pictograms.has('privacy')) loadLaterStepsSoon(h);
  // The card words of the languages the later steps need: fetched now, so they are there.
  phrases(h, uiLocale);
  phrases(h, 'nl');
  const languages = languagesOf(set.domains.map((d) => d.label));
  const step = h.step;
  const total = 4;
  const titles = [
    msg('Waar gaat het over?'),
    msg('Wat past bij u?'),
    msg('Hoe wilt u geholpen worden?'),
    msg('Uw vraagkaart'),
  ];
  const heading = (level: number, id: string, content: unknown) =>
    level === 2
      ? html`<h2 class="wegwijs-question-helper__title" id=${id} tabindex="-1">${content}</h2>`
      : level === 3
        ? html`<h3 class="wegwijs-question-helper__title" id=${id} tabindex="-1">${content}</h3>`
        : level === 4
          ? html`<h4 class="wegwijs-question-helper__title" id=${id} tabindex="-1">${content}</h4>`
          : html`<h5 class="wegwijs-question-helper__title" id=${id} tabindex="-1">${content}</h5>`;
  const body = step === 0 ? renderDomains(h, set) : laterStep(h, set, step);
  return html`<div
    class="wegwijs-question-helper__in"
    lang=${uiLocale}
    dir=${dir}
    data-step=${h.stepName}
  >
    <div class="wegwijs-question-helper__bar">
      <p class="wegwijs-question-helper__private">
        ${picture(h, 'privacy')}
        <span
          >${msg(
            'Wat u hier kiest, blijft op uw telefoon. Niemand ziet het, tenzij u het zelf deelt.',
          )}</span
        >
      </p>
      ${
        languages.length > 1
          ? html`<wegwijs-language-switch
              languages=${languages.join(' ')}
            ></wegwijs-language-switch>`
          : nothing
      }
    </div>
    ${
      // Texts that fall back (the resident reads Dutch) get the missing-language notice alone:
      // a note that "this translation" was made by a computer would not be true.
      missing !== nothing
        ? missing
        : machineAssistedNotice(
            set,
            h.localeInfo.locale,
            uiLocale,
            'wegwijs-question-helper__machine',
          )
    }
    <p class="wegwijs-question-helper__progress">${msg(str`Stap ${step + 1} van ${total}`)}</p>
    ${heading(h.level, `${h.uid}-h`, titles[step])} ${body}
    <div class="wegwijs-question-helper__nav">
      ${
        step > 0
          ? html`<button
              type="button"
              class="wegwijs-question-helper__back"
              @click=${() => h.go(step - 1)}
            >
              ${msg('Terug')}
            </button>`
          : nothing
      }
      ${
        step < 3
          ? html`<button
              type="button"
              class="wegwijs-question-helper__next"
              @click=${() => next(h, set)}
            >
              ${step === 2 ? msg('Maak mijn vraagkaart') : msg('Verder')}
            </button>`
          : html`<button
              type="button"
              class="wegwijs-question-helper__again"
              @click=${() => h.clear()}
            >
              ${msg('Opnieuw beginnen')}
            </button>`
      }
    </div>
    <div class="wegwijs-question-helper__keep">
      <label class="wegwijs-question-helper__check"
        ><input
          type="checkbox"
          .checked=${live(h.remembered)}
          @change=${(e: Event) => h.remember((e.target as HTMLInputElement).checked)}
        />
        ${msg('Onthoud mijn keuzes op deze telefoon')}</label
      >
      ${
        h.remembered
          ? html`<button
              type="button"
              class="wegwijs-question-helper__forget"
              @click=${() => forget(h)}
            >
              ${msg('Wis mijn keuzes van deze telefoon')}
            </button>`
          : nothing
      }
    </div>
    <div class="wegwijs-question-helper__vh" role="status">${h.said}</div>
  </div>`;
}

/**
 * Step 1, 2 or 3 from the later steps' code. Until it is there (a tap before it arrived), a
 * busy status below the step's heading, which has focus and keeps it when the step follows;
 * when it cannot load, the project's fallback message, and "Back" still works.
 */
function laterStep(h: QuestionHost, set: QuestionSet, step: number) {
  const later = laterSteps();
  if (later) {
    later.adoptLaterStyles(h.getRootNode());
    return later.renderLaterStep(h, set, step);
  }
  loadLaterSteps(h);
  return html`<p
    class="wegwijs-question-helper__wait"
    role="status"
    aria-busy=${later === undefined}
  >
    ${
      later === null
        ? msg(
            'Deze informatie kan nu niet worden getoond. Probeer het later opnieuw, of neem contact op met de gemeente.',
          )
        : '…'
    }
  </p>`;
}

function forget(h: QuestionHost): void {
  h.clear();
  h.say(msg('Uw keuzes zijn gewist.'));
}

function next(h: QuestionHost, set: QuestionSet): void {
  if (h.step === 0 && chosenDomains(h, set).length === 0) {
    h.showError(msg('Kies eerst minstens één onderwerp.'));
    return;
  }
  h.showError('');
  speechOf(h).stop();
  h.go(h.step + 1);
}
