/**
 * The deadline: the date on the resident's letter (a native date input; it never leaves the
 * device), the deadline worked out from it with a warning within 7 days, and the calendar
 * file. Loaded after the first render, only for a letter with a deadline.
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { richTextToPlain } from '@wegwijs/core/content/rich-text';
import {
  daysBetween,
  deadlineDate,
  deadlineState,
  formatDate,
  isRelative,
  localToday,
  parseIsoDate,
  toIsoDate,
} from './deadline.js';
import { resolveText } from '@wegwijs/core/content/localized-text';
import { T } from './letter-explainer.styles.js';
import type { LetterContent } from './schema.js';
import type { LetterView } from './letter-view.js';

const deadlineCss = `${T} .wle-deadline{border-inline-start:6px solid var(--_success);padding-inline-start:.75rem;font-weight:700}
${T} .wle-deadline:not([data-state=plenty],[data-state=unknown]){border-color:var(--_warning);color:var(--_warning)}
${T} .wle-deadline p{margin:0}
@media (forced-colors:active){${T} .wle-deadline{border-color:CanvasText}}`;

/** The deadline worked out for the current letter date and today. */
export function deadlineInfo(view: LetterView, data: LetterContent) {
  const rule = data.deadline;
  const letterDate = parseIsoDate(view.host.letterDate);
  const date = deadlineDate(rule, letterDate);
  if (!date) return undefined;
  const { locale } = view.host.locales;
  const daysLeft = daysBetween(parseIsoDate(view.host.today) ?? localToday(), date);
  const state = deadlineState(daysLeft);
  const when = formatDate(date, locale);
  const sentence =
    state === 'passed'
      ? msg(str`De uiterste datum was ${when}. Die is voorbij. Vraag zo snel mogelijk om hulp.`)
      : state === 'today'
        ? msg(str`Vandaag is de laatste dag: ${when}.`)
        : state === 'soon'
          ? msg(str`Let op: uiterlijk ${when}. Dagen over: ${daysLeft}.`)
          : msg(str`Uiterlijk ${when}. Dagen over: ${daysLeft}.`);
  return { date, daysLeft, state, when, sentence };
}

export function deadlineTemplate(
  view: LetterView,
  data: LetterContent,
): TemplateResult | typeof nothing {
  adoptLightStyles(view.host, lightStyleSheet(deadlineCss));
  const rule = data.deadline;
  if (!rule) return nothing;
  const info = deadlineInfo(view, data);
  const relative = isRelative(rule);
  const invalid = !!view.host.letterDate && !parseIsoDate(view.host.letterDate);
  return html`${
      relative
        ? html`<div class="wle-date">
            <label for="${view.uid}-d">${msg('Welke datum staat op uw brief?')}</label><br />
            <input
              id="${view.uid}-d"
              type="date"
              aria-describedby="${view.uid}-dh"
              .value=${parseIsoDate(view.host.letterDate) ? view.host.letterDate! : ''}
              @change=${(event: Event) => {
                view.host.letterDate = (event.target as HTMLInputElement).value || undefined;
              }}
            />
            <p class="wle-note" id="${view.uid}-dh">
              ${msg('Deze datum blijft op uw telefoon of computer. Wij sturen hem nergens heen.')}
            </p>
          </div>`
        : nothing
    }
    <div class="wle-deadline" role="status" data-state=${info?.state ?? 'unknown'}>
      ${
        info
          ? html`<p>${info.sentence}</p>`
          : invalid
            ? html`<p>
                ${msg('Deze datum klopt niet. Kies de datum die bovenaan uw brief staat.')}
              </p>`
            : nothing
      }
    </div>
    ${
      info && info.state !== 'passed'
        ? html`<div class="wle-actions">
            <button type="button" class="wle-btn" @click=${() => addToCalendar(view)}>
              ${msg('Zet in mijn agenda')}
            </button>
          </div>`
        : nothing
    }`;
}

/** The .ics text for the deadline (made on the device). */
export async function calendarFile(
  view: LetterView,
  options: { uid?: string; stamp?: Date } = {},
): Promise<string | undefined> {
  const data = view.data;
  const info = data && deadlineInfo(view, data);
  if (!info || !data) return undefined;
  const { buildIcs } = await import('./ics.js');
  const { locale } = view.host.locales;
  const label = resolveText(data.deadline?.label ?? data.title, locale, view.contentLang)?.text;
  const todo = resolveText(data.answers.todo, locale, view.contentLang)?.text;
  return buildIcs({
    date: info.date,
    summary: label ?? msg('Uiterste datum voor uw brief'),
    description: todo ? richTextToPlain(todo) : undefined,
    ...options,
  });
}

async function addToCalendar(view: LetterView): Promise<void> {
  const ics = await calendarFile(view);
  const info = view.data && deadlineInfo(view, view.data);
  if (!ics || !info) return;
  const { downloadIcs } = await import('./ics.js');
  downloadIcs(ics, `deadline-${toIsoDate(info.date)}.ics`);
}
