/**
 * The guide's view: renders a route into the light DOM of a `<wegwijs-step-guide>` and adopts
 * its styles. Loaded lazily by the element (in parallel with its content).
 */
import { adoptLightStyles } from '@wegwijs/core/light-dom/light-styles';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import {
  languagesOf,
  resolveText,
  safeMediaUrl,
  safeUrl,
  telHref,
  type LocalizedText,
  type ReadAloudItem,
} from '@wegwijs/core';
import { renderRichText, richTextToPlain } from '@wegwijs/core/rich-text';
import { machineAssistedNotice } from '@wegwijs/core/locale/machine-assisted';
import { guideStyles } from '../step-guide.styles.js';
import type { GuideHost } from '../host.js';
import type { Route, Step } from '../types.js';
import { guideMissingLanguage } from './missing-language.js';

type Guide = GuideHost;
/**
 * Adopt the guide's stylesheet once into the document (or shadow root) the guide lives in.
 * A guide removed before this chunk arrived is skipped; it adopts again when it connects.
 */
export function adoptStyles(host: Element): void {
  adoptLightStyles(host, guideStyles.styleSheet);
}

const text = (h: Guide, value: LocalizedText | undefined) =>
  resolveText(value, h.localeInfo.locale, h.route?.lang);

const stepOf = (h: Guide, i: number) => {
  const step = i + 1;
  const total = h.route?.steps.length ?? 0;
  return msg(str`Stap ${step} van ${total}`);
};

let swipeX = 0;
let swipeY = 0;

/** Horizontal swipes move one step, towards the reading direction. */
function swipe(h: Guide, event: PointerEvent): void {
  if (event.type === 'pointerdown') {
    swipeX = event.clientX;
    swipeY = event.clientY;
    return;
  }
  const dx = event.clientX - swipeX;
  if (Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(event.clientY - swipeY)) return;
  const forward = dx < 0 !== (h.localeInfo.dir === 'rtl');
  h.go(h.activeStep + (forward ? 1 : -1));
}

// role="list" is not redundant: Safari drops list semantics from a list with list-style: none.
/* eslint-disable lit-a11y/no-redundant-role */
/** The whole guide: the bar (language, view, show all, reset) and the steps. */
export function renderGuide(h: Guide, route: Route): TemplateResult {
  const { uiLocale, dir } = h.localeInfo;
  const printing = h.print || h.printing;
  const view = printing ? 'all' : h.currentView;
  const missing = guideMissingLanguage(h, route);
  const steps = route.steps;
  const languages = languagesOf(
    steps.flatMap((s) => [s.title, s.text]).concat(route.lang ? [{ [route.lang]: '' }] : []),
  );
  const allOpen = h.open.size === steps.length;
  const name = text(h, route.title);
  return html`<div class="wegwijs-step-guide__in" lang=${uiLocale} dir=${dir} data-view=${view}>
    ${
      printing
        ? nothing
        : html`<div class="wegwijs-step-guide__bar">
            ${
              languages.length > 1 && !h.hideLanguageSwitch
                ? html`<wegwijs-language-switch
                    languages=${languages.join(' ')}
                  ></wegwijs-language-switch>`
                : nothing
            }
            <div class="wegwijs-step-guide__views" role="group" aria-label=${msg('Weergave')}>
              <button type="button" aria-pressed=${view === 'all'} @click=${() => h.setView('all')}>
                ${msg('Alle stappen')}
              </button>
              <button type="button" aria-pressed=${view === 'one'} @click=${() => h.setView('one')}>
                ${msg('Stap voor stap')}
              </button>
            </div>
            ${
              view === 'all'
                ? html`<button type="button" aria-expanded=${allOpen} @click=${() => h.toggleAll()}>
                    ${allOpen ? msg('Verberg alle stappen') : msg('Toon alle stappen')}
                  </button>`
                : nothing
            }
            ${
              h.checked.size
                ? html`<button type="button" @click=${() => h.resetProgress()}>
                    ${msg('Wis mijn vinkjes')}
                  </button>`
                : nothing
            }
            <p class="wegwijs-step-guide__vh" role="status">${h.said}</p>
          </div>`
    }
    ${
      // Steps that fall back (the resident reads Dutch) get the missing-language notice alone:
      // a note that "this translation" was made by a computer would not be true.
      missing !== nothing
        ? printing
          ? nothing
          : missing
        : machineAssistedNotice(route, h.localeInfo.locale, uiLocale, 'wegwijs-step-guide__machine')
    }
    ${
      view === 'one'
        ? renderOne(h, route)
        : html`<ol
            class="wegwijs-step-guide__steps"
            role="list"
            aria-label=${name?.text ?? nothing}
            lang=${name?.lang ?? nothing}
          >
            ${steps.map((step, i) => renderStep(h, step, i, printing ? 'print' : 'all'))}
          </ol>`
    }
  </div>`;
}
/* eslint-enable lit-a11y/no-redundant-role */

function renderOne(h: Guide, route: Route): TemplateResult {
  const i = h.activeStep;
  const n = route.steps.length;
  const rtl = h.localeInfo.dir === 'rtl';
  const move = (event: PointerEvent) => swipe(h, event);
  return html`<div class="wegwijs-step-guide__one" @pointerdown=${move} @pointerup=${move}>
    <p class="wegwijs-step-guide__progress" role="status">
      <span class="wegwijs-step-guide__vh">${stepOf(h, i)}</span
      ><span aria-hidden="true" dir="ltr">${i + 1} / ${n}</span>
    </p>
    ${renderStep(h, route.steps[i]!, i, 'one')}
    <div class="wegwijs-step-guide__nav">
      <button
        type="button"
        class="wegwijs-step-guide__prev"
        ?disabled=${i === 0}
        @click=${() => h.go(i - 1)}
      >
        <span aria-hidden="true">${rtl ? '→' : '←'}</span> ${msg('Vorige')}
      </button>
      <button
        type="button"
        class="wegwijs-step-guide__next"
        ?disabled=${i === n - 1}
        @click=${() => h.go(i + 1)}
      >
        ${msg('Volgende')} <span aria-hidden="true">${rtl ? '←' : '→'}</span>
      </button>
    </div>
  </div>`;
}

function renderStep(h: Guide, step: Step, i: number, mode: 'all' | 'one' | 'print') {
  const title = text(h, step.title)!;
  const body = text(h, step.text);
  const done = step.status === 'done' || h.checked.has(h.stepId(step, i));
  const status = done ? 'done' : step.status === 'attention' ? 'attention' : undefined;
  const relation = h.route?.steps[i - 1]?.next;
  const open = mode !== 'all' || h.open.has(i);
  const bodyId = `${h.uid}-b${i}`;
  const label = html`<span class="wegwijs-step-guide__vh">${stepOf(h, i)}: </span>${
      relation
        ? html`<span class="wegwijs-step-guide__rel"
            >${relation === 'or' ? msg('of') : msg('en')}</span
          > `
        : nothing
    }<span lang=${title.lang} dir=${title.dir}>${title.text}</span>${
      status
        ? html` <span class="wegwijs-step-guide__chip" data-status=${status}
            >${status === 'done' ? msg('Gedaan') : msg('Let op')}</span
          >`
        : nothing
    }`;
  const inner =
    mode === 'all'
      ? html`<button
          type="button"
          class="wegwijs-step-guide__toggle"
          aria-expanded=${open}
          aria-controls=${bodyId}
          @click=${() => h.toggle(i)}
        >
          <span>${label}</span>
        </button>`
      : label;
  const content = html`<span class="wegwijs-step-guide__num" aria-hidden="true"
      >${done ? '✓' : i + 1}</span
    >
    ${heading(h.headingLevel, `${h.uid}-h${i}`, inner)}
    <div class="wegwijs-step-guide__row">
      ${renderPictogram(h, step, title.lang, title.dir)}
      <div class="wegwijs-step-guide__body" id=${bodyId} ?hidden=${!open}>
        ${
          // A closed step's body is filled when it opens: the first render of a long guide
          // then builds one step's text, checklist and read-aloud button instead of all.
          open
            ? html`${body ? html`<div class="wegwijs-step-guide__text" lang=${body.lang} dir=${body.dir}>${renderRichText(body.text)}</div>` : nothing}
              ${renderBring(h, step)} ${renderAction(h, step)}
              ${mode === 'print' ? nothing : renderTools(h, step, i, title.lang, done)}`
            : nothing
        }
      </div>
    </div>`;
  const current = i === h.activeStep ? 'step' : nothing;
  return mode === 'one'
    ? html`<div
        class="wegwijs-step-guide__step"
        data-status=${status ?? nothing}
        aria-current=${current}
      >
        ${content}
      </div>`
    : html`<li
        class="wegwijs-step-guide__step"
        data-status=${status ?? nothing}
        aria-current=${current}
      >
        ${content}
      </li>`;
}

function heading(level: number, id: string, inner: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="wegwijs-step-guide__title" id=${id} tabindex="-1">${inner}</h2>`;
    case 4:
      return html`<h4 class="wegwijs-step-guide__title" id=${id} tabindex="-1">${inner}</h4>`;
    case 5:
      return html`<h5 class="wegwijs-step-guide__title" id=${id} tabindex="-1">${inner}</h5>`;
    case 6:
      return html`<h6 class="wegwijs-step-guide__title" id=${id} tabindex="-1">${inner}</h6>`;
    default:
      return html`<h3 class="wegwijs-step-guide__title" id=${id} tabindex="-1">${inner}</h3>`;
  }
}

function renderPictogram(h: Guide, step: Step, lang: string, dir: 'ltr' | 'rtl') {
  const picture = step.pictogram;
  if (picture === undefined) return nothing;
  if (typeof picture === 'object') {
    const alt = text(h, picture.alt);
    return html`<img
      class="wegwijs-step-guide__pic"
      src=${safeMediaUrl(picture.src) ?? ''}
      alt=${alt?.text ?? ''}
      lang=${alt?.lang ?? nothing}
      width="64"
      height="64"
      loading="lazy"
    />`;
  }
  const icon = picture ? h.pictograms.get(picture) : null;
  const primary = lang.split('-')[0]!;
  const alt = icon ? (icon.alt[primary] ?? icon.alt['nl']) : undefined;
  const body = icon
    ? icon.mirrorInRtl && dir === 'rtl'
      ? svg`<g transform="matrix(-1 0 0 1 48 0)">${icon.body}</g>`
      : icon.body
    : icon === null
      ? svg`<rect x="6" y="6" width="36" height="36" rx="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="4 3"/><circle cx="24" cy="24" r="5" fill="currentColor"/>`
      : nothing;
  return html`<span
    class="wegwijs-step-guide__pic"
    data-pictogram=${icon ? picture : icon === null ? 'placeholder' : 'loading'}
    ><svg
      viewBox="0 0 48 48"
      focusable="false"
      role=${alt ? 'img' : nothing}
      aria-label=${alt ?? nothing}
      aria-hidden=${alt ? nothing : 'true'}
      lang=${alt && icon?.alt[primary] ? primary : alt ? 'nl' : nothing}
    >
      ${body}
    </svg></span
  >`;
}

function renderBring(h: Guide, step: Step) {
  if (!step.bring?.length) return nothing;
  return html`<div class="wegwijs-step-guide__bring">
    <strong>${msg('Neem mee:')}</strong>
    <ul>
      ${step.bring.map((item) => {
        const t = text(h, item)!;
        return html`<li lang=${t.lang} dir=${t.dir}>${t.text}</li>`;
      })}
    </ul>
  </div>`;
}

function renderAction(h: Guide, step: Step) {
  const action = step.action;
  if (!action) return nothing;
  const label = text(h, action.label);
  const phone = action.phone && telHref(action.phone);
  const href = (action.href && safeUrl(action.href)) || phone;
  if (!href) return nothing;
  return html`<p>
    <a class="wegwijs-step-guide__act" href=${href}
      ><span
        >${label ? html`<span lang=${label.lang} dir=${label.dir}>${label.text}</span>` : nothing}${
          phone ? html`${label ? ' ' : nothing}<bdi dir="ltr">${action.phone}</bdi>` : nothing
        }</span
      ></a
    >
  </p>`;
}

function renderTools(h: Guide, step: Step, i: number, lang: string, done: boolean) {
  const plain = [step.title, step.text, ...(step.bring ?? [])]
    .map((part) => {
      const t = text(h, part);
      return t && t.lang === lang ? richTextToPlain(t.text) : '';
    })
    .filter(Boolean)
    .join('\n');
  const audio = text(h, step.audio);
  const items: ReadAloudItem[] = [
    { text: plain, lang, audio: audio && audio.lang === lang ? audio.text : undefined },
  ];
  const number = i + 1;
  return html`<div class="wegwijs-step-guide__tools">
    <wegwijs-read-aloud
      .items=${items}
      label=${msg(str`Lees voor: stap ${number}`)}
    ></wegwijs-read-aloud>
    <label class="wegwijs-step-guide__check"
      ><input
        type="checkbox"
        .checked=${done}
        ?disabled=${step.status === 'done'}
        @change=${(e: Event) => h.setChecked(i, (e.target as HTMLInputElement).checked)}
      /><span>${msg('Gedaan')}</span
      ><span class="wegwijs-step-guide__vh">${stepOf(h, i)}</span></label
    >
  </div>`;
}
