/**
 * The deadline: the date on the resident's letter (a native date input; it never leaves the
 * device), the deadline worked out from it with a warning within 7 days, moved to the next
 * working day under the Algemene termijnenwet, the letter's own sentence beside it, and the
 * calendar file. Loaded with the content, for the first view (view/first-view.ts); for editors
 * (`preview`), the deadlines found in the letter's text are in letter-proposal.ts.
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { css, html, nothing, type TemplateResult } from 'lit';
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
import { extendToWorkingDay, type Holiday } from '@wegwijs/core/calendar/holidays';
import { sameRule } from './deadline-text.js';
import type { DeadlineRule } from './deadline.js';
import type { LocalizedText } from '@wegwijs/core/content/localized-text';
import { tag } from './letter-explainer.styles.js';
import type { LetterContent } from './schema.js';
import type { LetterView } from './letter-view.js';
import { lateHelpTemplate } from './letter-urgent.js';

export { objectionStepsTemplate } from './letter-urgent.js';

const deadlineCss = css`
  ${tag} .wegwijs-letter-explainer__deadline {
    border-inline-start: 6px solid var(--_success);
    padding-inline-start: 0.75rem;
    font-weight: 700;
  }
  ${tag} .wegwijs-letter-explainer__deadline:not([data-state='plenty'], [data-state='unknown']) {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  ${tag} .wegwijs-letter-explainer__deadline p {
    margin: 0;
  }
  ${tag} .wegwijs-letter-explainer__late {
    margin-block: 0.75rem;
  }
  ${tag} .wegwijs-letter-explainer__late .wegwijs-letter-explainer__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  ${tag} a.wegwijs-letter-explainer__btn {
    text-decoration: none;
  }
  ${tag} .wegwijs-letter-explainer__source {
    font-weight: 400;
    margin-block: 0.5rem;
  }
  @media (forced-colors: active) {
    ${tag} .wegwijs-letter-explainer__deadline {
      border-color: CanvasText;
    }
  }
`;

/**
 * The deadline residents see: the content's rule (with the letter's sentence it came from),
 * or with `deadline: { auto: true }` / `deadline="auto"` the first one found in the letter.
 */
export function activeDeadline(
  view: LetterView,
  data: LetterContent,
): { rule: DeadlineRule & { label?: LocalizedText }; source?: string } | undefined {
  const rule = data.deadline;
  if (rule && !rule.auto) {
    const found = view.foundDeadlines.find((f) => sameRule(f.rule, rule));
    return { rule, source: rule.source ?? found?.sentence };
  }
  const found = view.foundDeadlines[0];
  if (!found || (!rule?.auto && view.host.deadline !== 'auto')) return undefined;
  return { rule: { ...found.rule, label: rule?.label }, source: found.sentence };
}

/** The deadline worked out for the current letter date and today. */
export function deadlineInfo(view: LetterView, data: LetterContent) {
  const active = activeDeadline(view, data);
  const rule = active?.rule;
  const letterDate = parseIsoDate(view.host.letterDate);
  let date = deadlineDate(rule, letterDate);
  if (!date) return undefined;
  // Algemene termijnenwet: a period that ends on a Saturday, Sunday or holiday runs on to the
  // next working day. A fixed date in the letter is the municipality's own choice: kept.
  let moved: { from: string; reason: string } | undefined;
  if (isRelative(rule)) {
    const end = extendToWorkingDay(toIsoDate(date));
    const first = end.skipped[0];
    if (first) {
      moved = { from: formatDate(date, view.localeInfo.locale), reason: holidayReason(first) };
      date = parseIsoDate(end.date)!;
    }
  }
  const { locale } = view.localeInfo;
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
  return { date, daysLeft, state, when, sentence, moved, source: active?.source };
}

/** Why the last day moved, in the reader's language (the holiday's Dutch name kept). */
function holidayReason(day: Holiday): string {
  if (day.name === 'zaterdag') return msg('Dat is een zaterdag.');
  if (day.name === 'zondag') return msg('Dat is een zondag.');
  return msg(str`Dat is een feestdag: ${day.name}.`);
}

export function deadlineTemplate(
  view: LetterView,
  data: LetterContent,
): TemplateResult | typeof nothing {
  adoptLightStyles(view.host, lightStyleSheet(deadlineCss.cssText));
  const active = activeDeadline(view, data);
  const rule = active?.rule;
  if (!rule) return nothing;
  const info = deadlineInfo(view, data);
  const relative = isRelative(rule);
  const invalid = !!view.host.letterDate && !parseIsoDate(view.host.letterDate);
  return html`${
      relative
        ? html`<div class="wegwijs-letter-explainer__date">
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
            <p class="wegwijs-letter-explainer__note" id="${view.uid}-dh">
              ${msg('Deze datum blijft op uw telefoon of computer. Wij sturen hem nergens heen.')}
            </p>
          </div>`
        : nothing
    }
    ${
      active.source
        ? html`<p class="wegwijs-letter-explainer__source">
            ${msg('In de brief staat:')}
            <q lang=${view.contentLang} dir="ltr">${active.source}</q>
          </p>`
        : nothing
    }
    <div
      class="wegwijs-letter-explainer__deadline"
      role="status"
      data-state=${info?.state ?? 'unknown'}
    >
      ${
        info
          ? html`${
                info.moved
                  ? html`<p class="wegwijs-letter-explainer__moved">
                      ${msg(str`Volgens de brief is de laatste dag ${info.moved.from}.`)}
                      ${info.moved.reason}
                      ${msg('Dan mag het volgens de wet ook op de eerstvolgende werkdag. Die datum ziet u hieronder.')}
                    </p>`
                  : nothing
              }
              <p>${info.sentence}</p>`
          : invalid
            ? html`<p>
                ${msg('Deze datum klopt niet. Kies de datum die bovenaan uw brief staat.')}
              </p>`
            : nothing
      }
    </div>
    ${info?.state === 'passed' ? lateHelpTemplate(view, data) : nothing}
    ${
      info && info.state !== 'passed'
        ? html`<div class="wegwijs-letter-explainer__actions">
            <button
              type="button"
              class="wegwijs-letter-explainer__btn"
              @click=${() => addToCalendar(view)}
            >
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
  const { locale } = view.localeInfo;
  const label = resolveText(
    activeDeadline(view, data)?.rule.label ?? data.title,
    locale,
    view.contentLang,
  )?.text;
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
