/**
 * The helper's view: renders the four steps and the card into the light DOM of a
 * `<wegwijs-question-helper>` and adopts its styles. Loaded lazily by the element.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import {
  UI_LOCALES,
  directionOf,
  languagesOf,
  resolveText,
  type LocalizedText,
} from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { adoptLightStyles } from '@wegwijs/core/light-dom/light-styles';
import { fallsBack, missingLanguageNotice } from '@wegwijs/core/locale/missing-language';
import { ReadAloudController } from '@wegwijs/core/read-aloud/read-aloud-controller';
import { speakerIcon } from '@wegwijs/core/read-aloud/speaker-icon';
import { helperStyles } from './view.styles.js';
import { cardHalf, shareText, type CardHalf } from './card.js';
import { loadPhrases, phrasesOf, type Phrases } from './phrases.js';
import { findFinder, handOver } from './handover.js';
import { copyText, shareCard, whatsappHref } from './share.js';
import { OPTION_PICTOGRAMS } from './pictogram-names.js';
import type { WegwijsQuestionHelper } from './question-helper.js';
import {
  CHANNELS,
  DEADLINES,
  HELP_LANGUAGE,
  SUPPORTERS,
  type Answers,
  type Domain,
  type QuestionSet,
} from './types.js';

type Helper = WegwijsQuestionHelper;

/** Adopt the helper's stylesheet once into the document (or shadow root) it lives in. */
export function adoptStyles(host: Element): void {
  adoptLightStyles(host, helperStyles.styleSheet);
}

const speech = new WeakMap<Helper, ReadAloudController>();
const speechOf = (h: Helper) => {
  let s = speech.get(h);
  if (!s) speech.set(h, (s = new ReadAloudController(h, { synth: h.synth })));
  return s;
};

/** The phrases of a language, once loaded; asks for them (and re-renders) when not yet. */
function phrases(h: Helper, lang: string): Phrases | undefined {
  const found = phrasesOf(lang);
  if (!found) void loadPhrases(lang).then(() => h.requestUpdate());
  return found;
}

const text = (h: Helper, value: LocalizedText | undefined) =>
  resolveText(value, h.localeInfo.locale, h.set?.lang);

/** A resolved content text with its own `lang` and `dir` (a fallback may be another language). */
function said(h: Helper, value: LocalizedText | undefined, id?: string) {
  const t = text(h, value);
  return t ? html`<span id=${id ?? nothing} lang=${t.lang} dir=${t.dir}>${t.text}</span>` : nothing;
}

/** A pictogram (decorative: the text next to it says the same), or a neutral placeholder. */
function picture(h: Helper, name: string | undefined) {
  const icon = name ? h.pictograms.get(name) : null;
  const body = icon
    ? icon.mirrorInRtl && h.localeInfo.dir === 'rtl'
      ? svg`<g transform="matrix(-1 0 0 1 48 0)">${icon.body}</g>`
      : icon.body
    : icon === null
      ? svg`<rect x="6" y="6" width="36" height="36" rx="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="4 3"/>`
      : nothing;
  return html`<span
    class="wqh-pic"
    data-pictogram=${icon ? name! : icon === null ? 'placeholder' : 'loading'}
    ><svg viewBox="0 0 48 48" focusable="false" aria-hidden="true">${body}</svg></span
  >`;
}

/** The set's texts are not in the resident's language: say so in it, offer a key person. */
function missingLanguage(h: Helper, set: QuestionSet) {
  const { locale, uiLocale } = h.localeInfo;
  const texts = [
    set.intro,
    ...set.domains.flatMap((d) => [d.label, ...d.statements.map((s) => s.text)]),
  ];
  if (!fallsBack(texts, locale, set.lang)) return nothing;
  return missingLanguageNotice({
    locale,
    uiLocale,
    root: h.getRootNode(),
    className: 'wqh-missing',
    linkClassName: 'wqh-missing-link',
  });
}

function chosenDomains(h: Helper, set: QuestionSet): Domain[] {
  return set.domains.filter((d) => h.answers.domains.includes(d.id));
}

// role="list" is not redundant: Safari drops list semantics from a list with list-style: none.
/* eslint-disable lit-a11y/no-redundant-role */
/** The whole helper: privacy sentence, the step shown, the buttons, "remember on this phone". */
export function renderHelper(h: Helper, set: QuestionSet): TemplateResult {
  const { uiLocale, dir } = h.localeInfo;
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
      ? html`<h2 class="wqh-title" id=${id} tabindex="-1">${content}</h2>`
      : level === 3
        ? html`<h3 class="wqh-title" id=${id} tabindex="-1">${content}</h3>`
        : level === 4
          ? html`<h4 class="wqh-title" id=${id} tabindex="-1">${content}</h4>`
          : html`<h5 class="wqh-title" id=${id} tabindex="-1">${content}</h5>`;
  const body =
    step === 0
      ? renderDomains(h, set)
      : step === 1
        ? renderStatements(h, set)
        : step === 2
          ? renderHow(h, set)
          : renderCard(h, set);
  return html`<div class="wqh-in" lang=${uiLocale} dir=${dir} data-step=${h.stepName}>
    <div class="wqh-bar">
      <p class="wqh-private">
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
    ${missingLanguage(h, set)}
    <p class="wqh-progress">${msg(str`Stap ${step + 1} van ${total}`)}</p>
    ${heading(h.level, `${h.uid}-h`, titles[step])} ${body}
    <div class="wqh-nav">
      ${
        step > 0
          ? html`<button type="button" class="wqh-back" @click=${() => h.go(step - 1)}>
              ${msg('Terug')}
            </button>`
          : nothing
      }
      ${
        step < 3
          ? html`<button type="button" class="wqh-next" @click=${() => next(h, set)}>
              ${step === 2 ? msg('Maak mijn vraagkaart') : msg('Verder')}
            </button>`
          : html`<button type="button" class="wqh-again" @click=${() => h.clear()}>
              ${msg('Opnieuw beginnen')}
            </button>`
      }
    </div>
    <div class="wqh-keep">
      <label class="wqh-check"
        ><input
          type="checkbox"
          .checked=${live(h.remembered)}
          @change=${(e: Event) => h.remember((e.target as HTMLInputElement).checked)}
        />
        ${msg('Onthoud mijn keuzes op deze telefoon')}</label
      >
      ${
        h.remembered
          ? html`<button type="button" class="wqh-forget" @click=${() => forget(h)}>
              ${msg('Wis mijn keuzes van deze telefoon')}
            </button>`
          : nothing
      }
    </div>
    <div class="wqh-vh" role="status">${h.said}</div>
  </div>`;
}

function forget(h: Helper): void {
  h.clear();
  h.said = msg('Uw keuzes zijn gewist.');
}

function next(h: Helper, set: QuestionSet): void {
  if (h.step === 0 && chosenDomains(h, set).length === 0) {
    h.error = msg('Kies eerst minstens één onderwerp.');
    h.focusAfter = `${h.uid}-err`;
    return;
  }
  h.error = '';
  speechOf(h).stop();
  h.go(h.step + 1);
}

function errorMessage(h: Helper) {
  return h.error
    ? html`<p class="wqh-error" id="${h.uid}-err" tabindex="-1">${h.error}</p>`
    : nothing;
}

function renderDomains(h: Helper, set: QuestionSet) {
  const toggle = (id: string) => {
    const on = h.answers.domains.includes(id);
    h.error = '';
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
        ? html`<div class="wqh-intro">
            <p id="${h.uid}-intro" lang=${intro.lang} dir=${intro.dir}>${intro.text}</p>
            ${readButton(h, set.intro!, undefined, `${h.uid}-intro`)}
          </div>`
        : nothing
    }
    <p class="wqh-hint" id="${h.uid}-hint">
      ${msg('Tik op wat bij u past. U mag meer dan één kiezen.')}
    </p>
    ${errorMessage(h)}
    <ul
      class="wqh-domains"
      role="list"
      aria-labelledby="${h.uid}-h"
      aria-describedby="${h.uid}-hint"
    >
      ${set.domains.map(
        (d) =>
          html`<li>
            <button
              type="button"
              class="wqh-domain"
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

function readButton(h: Helper, value: LocalizedText, audio: LocalizedText | undefined, id: string) {
  const t = text(h, value);
  if (!t) return nothing;
  const a = audio ? text(h, audio) : undefined;
  const s = speechOf(h);
  const item = { text: t.text, lang: t.lang, audio: a?.text };
  if (!s.canRead(item)) return nothing;
  return html`<button
    type="button"
    class="wqh-read"
    aria-describedby=${id}
    @click=${() => s.play(item)}
  >
    ${speakerIcon}<span class="wqh-vh">${msg('Lees voor')}</span>
  </button>`;
}

function renderStatements(h: Helper, set: QuestionSet) {
  const toggle = (key: string, on: boolean) =>
    h.setAnswers({
      statements: on
        ? [...h.answers.statements, key]
        : h.answers.statements.filter((s) => s !== key),
    });
  return html`<p class="wqh-hint">${msg('Kies de zinnen die bij u passen. Dat mag ook geen.')}</p>
    ${chosenDomains(h, set).map(
      (d) =>
        html`<fieldset class="wqh-group">
          <legend>${picture(h, d.pictogram)} ${said(h, d.label)}</legend>
          <ul class="wqh-statements" role="list">
            ${d.statements.map((s) => {
              const key = `${d.id}/${s.id}`;
              const id = `${h.uid}-s-${d.id}-${s.id}`;
              return html`<li>
                <label class="wqh-statement"
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
    <div class="wqh-field">
      <label for="${h.uid}-free"
        >${msg('Wilt u het zelf zeggen? In uw eigen taal (mag ook leeg blijven)')}</label
      >
      <p class="wqh-hint" id="${h.uid}-free-hint">
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

function radios<T extends string>(
  h: Helper,
  name: keyof Answers,
  legend: string,
  values: readonly T[],
  label: (value: T) => string,
  pictogram?: (value: T) => string | undefined,
) {
  const current = h.answers[name];
  return html`<fieldset class="wqh-group wqh-radios" data-name=${name}>
    <legend>${legend}</legend>
    ${values.map(
      (value) =>
        html`<label class="wqh-option"
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

function renderHow(h: Helper, set: QuestionSet) {
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
  return html`<div class="wqh-field">
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
        ? html`<div class="wqh-field">
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
        html`<p class="wqh-letter">
          ${picture(h, 'letter')}
          <a href=${d.link!.href}>${said(h, d.link!.label)}</a>
        </p>`,
    )}`;
}

/** The card's two halves: Dutch, and the resident's language (one half when that is Dutch). */
export function halves(h: Helper, set: QuestionSet): CardHalf[] | undefined {
  const langs = h.answers.language === 'nl' ? ['nl'] : ['nl', h.answers.language];
  const list = langs.map((lang) => phrases(h, lang));
  if (list.some((p) => !p)) return undefined;
  return langs.map((lang, i) => cardHalf(set, h.answers, lang, list[i]!));
}

function renderHalf(h: Helper, half: CardHalf, index: number) {
  const level = Math.min(6, h.level + 1);
  const sub = Math.min(6, h.level + 2);
  const id = `${h.uid}-card${index}`;
  const head = (l: number, content: unknown, hid?: string) =>
    l === 3
      ? html`<h3 id=${hid ?? nothing}>${content}</h3>`
      : l === 4
        ? html`<h4 id=${hid ?? nothing}>${content}</h4>`
        : l === 5
          ? html`<h5 id=${hid ?? nothing}>${content}</h5>`
          : html`<h6 id=${hid ?? nothing}>${content}</h6>`;
  return html`<section
    class="wqh-half"
    lang=${half.lang}
    dir=${directionOf(half.lang)}
    aria-labelledby=${id}
  >
    ${head(level, html`${half.title} <span class="wqh-langname">(${endonym(half.lang)})</span>`, id)}
    ${half.sections.map(
      (section) =>
        html`${head(sub, section.heading)}
          <ul>
            ${section.items.map(
              (item) =>
                html`<li
                  lang=${item.lang === half.lang ? nothing : item.lang}
                  dir=${item.lang === half.lang ? nothing : directionOf(item.lang)}
                >
                  ${item.text}
                </li>`,
            )}
          </ul>`,
    )}
    ${
      half.ownWords
        ? html`${head(sub, html`${half.ownWords.heading} <span class="wqh-note">(${half.ownWords.note})</span>`)}
            <blockquote class="wqh-own" lang=${half.ownWords.text.lang} dir="auto">
              ${half.ownWords.text.text}
            </blockquote>`
        : nothing
    }
  </section>`;
}

function renderCard(h: Helper, set: QuestionSet) {
  const list = halves(h, set);
  if (!list) return html`<p aria-busy="true">…</p>`;
  const share = shareText(list);
  const finder = findFinder(h);
  const actions = html`<div class="wqh-actions">
    ${
      h.full
        ? html`<button type="button" class="wqh-close" @click=${() => fullScreen(h, false)}>
            ${msg('Sluit volledig scherm')}
          </button>`
        : html`<button type="button" class="wqh-full-btn" @click=${() => fullScreen(h, true)}>
            ${msg('Toon op volledig scherm')}
          </button>`
    }
    <button type="button" class="wqh-print" @click=${() => print()}>${msg('Afdrukken')}</button>
    <button type="button" class="wqh-share" @click=${() => void doShare(h, share)}>
      ${msg('Delen')}
    </button>
    <button type="button" class="wqh-copy" @click=${() => void doCopy(h, share)}>
      ${msg('Kopiëren')}
    </button>
    <a class="wqh-whatsapp" href=${whatsappHref(share)} target="_blank" rel="noopener noreferrer"
      >${msg('Stuur via WhatsApp')}</a
    >
  </div>`;
  const card = html`<div class="wqh-card" id="${h.uid}-card">
    <div class="wqh-halves">${list.map((half, i) => renderHalf(h, half, i))}</div>
  </div>`;
  return html`<p class="wqh-hint">
      ${msg('Laat deze kaart zien aan de ondersteuner, of deel hem. De kaart staat in het Nederlands en in uw taal.')}
    </p>
    ${
      h.full
        ? html`<dialog
            class="wqh-dialog"
            aria-labelledby="${h.uid}-card0"
            @close=${() => fullScreen(h, false)}
          >
            ${actions}${card}
          </dialog>`
        : html`${actions}${card}`
    }
    ${
      finder
        ? html`<p>
            <button type="button" class="wqh-find" @click=${() => handOver(h, finder)}>
              ${msg('Zoek iemand die u kan helpen')}
            </button>
          </p>`
        : nothing
    }`;
}

function fullScreen(h: Helper, on: boolean): void {
  if (h.full === on) return;
  h.full = on;
  void h.updateComplete.then(() => {
    const dialog = h.querySelector<HTMLDialogElement>('dialog.wqh-dialog');
    if (on && dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.wqh-close')?.focus();
    }
    if (!on) h.querySelector<HTMLElement>('.wqh-full-btn')?.focus();
  });
}

async function doShare(h: Helper, text: string): Promise<void> {
  const result = await shareCard(msg('Mijn hulpvraag'), text);
  if (result === 'shared') h.said = msg('Gedeeld.');
  else if (result === 'unavailable') await doCopy(h, text, true);
}

async function doCopy(h: Helper, text: string, fromShare = false): Promise<void> {
  const ok = await copyText(text);
  h.said = ok
    ? fromShare
      ? msg('Delen kan niet op dit toestel. De tekst is gekopieerd: plak hem in een bericht.')
      : msg('Gekopieerd. Plak de tekst in een bericht.')
    : msg('Kopiëren lukte niet. Gebruik de knop WhatsApp of maak een foto van de kaart.');
}
