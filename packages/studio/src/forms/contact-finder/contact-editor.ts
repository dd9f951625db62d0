/**
 * The fields of one contact, in a dialog opened from the table: labelled inputs in groups
 * (who, languages and topics, how to reach, where and when, promises), every text for
 * residents with its other languages beside the Dutch, and the check's problems under the
 * field they concern (`aria-describedby`, `aria-invalid`). Reflows to one column at 400 %.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { KINDS, TOPICS } from '@wegwijs/contact-finder';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { directionOf } from '@wegwijs/core/locale/locales';
import { accessLabel, columnHint, columnLabel, kindLabel, topicLabel } from './labels.js';
import { codesOf, type Draft } from './contact-draft.js';
import type { PlacedProblem } from './problem-paths.js';

/** Languages offered as checkboxes (others can be typed as codes). */
const OFFERED_LANGUAGES = [
  'nl',
  'ar',
  'tr',
  'ber',
  'rif',
  'pl',
  'uk',
  'bg',
  'ro',
  'fa',
  'prs',
  'ps',
  'ti',
  'so',
  'am',
  'ku',
  'ur',
  'ru',
  'zh',
  'pap',
  'en',
  'fr',
  'de',
  'es',
  'pt',
];

export interface EditorHost {
  uid: string;
  draft: Draft;
  /** Content languages, Dutch first. */
  languages: readonly string[];
  problemsOfField(column: string): PlacedProblem[];
  setField(column: string, value: string): void;
}

const fieldId = (host: EditorHost, column: string) =>
  `${host.uid}-f-${column.replace(/[^\w-]/g, '-')}`;

function problemList(host: EditorHost, column: string): TemplateResult | typeof nothing {
  const problems = host.problemsOfField(column);
  if (!problems.length) return nothing;
  return html`<ul class="problems" id="${fieldId(host, column)}-problems">
    ${problems.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
  </ul>`;
}

function describedBy(host: EditorHost, column: string): string | typeof nothing {
  const ids = [
    columnHint(column.split(':')[0]!) ? `${fieldId(host, column)}-hint` : '',
    host.problemsOfField(column).length ? `${fieldId(host, column)}-problems` : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

const invalid = (host: EditorHost, column: string) =>
  host.problemsOfField(column).some((p) => p.severity === 'error') ? 'true' : nothing;

/** One text input (or textarea) for a column; `lang` for a text in another language. */
function textField(
  host: EditorHost,
  column: string,
  options: { lang?: string; multiline?: boolean; type?: string; required?: boolean } = {},
): TemplateResult {
  const id = fieldId(host, column);
  const base = column.split(':')[0]!;
  const hint = columnHint(base);
  const input = (e: Event) => host.setField(column, (e.target as HTMLInputElement).value);
  const lang = options.lang ?? 'nl';
  return html`<div class="field">
    <label for=${id}
      >${columnLabel(base)}${
        options.lang ? html` – <bdi lang=${options.lang}>${endonym(options.lang)}</bdi>` : nothing
      }${
        options.required
          ? html` <span class="required">${msg('(verplicht)', { id: 'studio-cf-required' })}</span>`
          : nothing
      }</label
    >
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${
      options.multiline
        ? html`<textarea
            id=${id}
            lang=${lang}
            dir=${directionOf(lang)}
            rows="3"
            aria-describedby=${describedBy(host, column)}
            aria-invalid=${invalid(host, column)}
            .value=${host.draft[column] ?? ''}
            @input=${input}
          ></textarea>`
        : html`<input
            id=${id}
            type=${options.type ?? 'text'}
            lang=${lang}
            dir=${options.type && options.type !== 'text' ? 'ltr' : directionOf(lang)}
            ?required=${options.required}
            aria-describedby=${describedBy(host, column)}
            aria-invalid=${invalid(host, column)}
            .value=${host.draft[column] ?? ''}
            @input=${input}
          />`
    }
    ${problemList(host, column)}
  </div>`;
}

/** A text for residents: the Dutch field, and beside it one per other content language. */
function localizedField(host: EditorHost, column: string, multiline = false): TemplateResult {
  const others = host.languages.filter((lang) => lang !== 'nl');
  return html`<div class="side-by-side">
    ${textField(host, column, { multiline })}
    ${others.map((lang) => textField(host, `${column}:${lang}`, { lang, multiline }))}
  </div>`;
}

function selectField(
  host: EditorHost,
  column: string,
  options: readonly string[],
  label: (value: string) => string,
  empty?: string,
): TemplateResult {
  const id = fieldId(host, column);
  const value = host.draft[column] ?? '';
  return html`<div class="field">
    <label for=${id}>${columnLabel(column)}</label>
    <select
      id=${id}
      aria-describedby=${describedBy(host, column)}
      aria-invalid=${invalid(host, column)}
      @change=${(e: Event) => host.setField(column, (e.target as HTMLSelectElement).value)}
    >
      ${empty !== undefined ? html`<option value="" ?selected=${!value}>${empty}</option>` : nothing}
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${label(o)}</option>`)}
    </select>
    ${problemList(host, column)}
  </div>`;
}

/** A group of checkboxes that edits a list cell (languages, topics). */
function checkboxGroup(
  host: EditorHost,
  column: string,
  offered: readonly string[],
  label: (code: string) => TemplateResult | string,
): TemplateResult {
  const chosen = codesOf(host.draft[column]);
  const all = [...offered, ...chosen.filter((c) => !offered.includes(c))];
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    host.setField(column, next.join(' '));
  };
  return html`<fieldset
    class="choices"
    aria-describedby=${
      host.problemsOfField(column).length ? `${fieldId(host, column)}-problems` : nothing
    }
  >
    <legend>${columnLabel(column)}</legend>
    ${all.map((code) => {
      const id = `${fieldId(host, column)}-${code}`;
      return html`<span class="choice">
        <input
          type="checkbox"
          id=${id}
          .checked=${chosen.includes(code)}
          @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)}
        /><label for=${id}>${label(code)}</label>
      </span>`;
    })}
    ${problemList(host, column)}
  </fieldset>`;
}

function yesField(host: EditorHost, column: string): TemplateResult {
  const id = fieldId(host, column);
  const value = host.draft[column];
  return html`<span class="choice">
    <input
      type="checkbox"
      id=${id}
      .checked=${value === 'ja'}
      @change=${(e: Event) =>
        host.setField(column, (e.target as HTMLInputElement).checked ? 'ja' : value ? 'nee' : '')}
    /><label for=${id}>${columnLabel(column)}</label>
  </span>`;
}

export function contactEditor(host: EditorHost): TemplateResult {
  const name = host.draft['name']?.trim();
  return html`<h2 id="${host.uid}-dialog-title">
      ${
        name
          ? msg(str`Contact bewerken: ${name}`, { id: 'studio-cf-dialog-title' })
          : msg('Nieuw contact', { id: 'studio-cf-dialog-title-new' })
      }
    </h2>
    <p class="hint">
      ${msg('Wijzigingen worden meteen bewaard en in het voorbeeld getoond.', {
        id: 'studio-cf-dialog-live',
      })}
    </p>
    <fieldset>
      <legend>${msg('Wie', { id: 'studio-cf-group-who' })}</legend>
      ${textField(host, 'name', { required: true })} ${selectField(host, 'kind', KINDS, kindLabel)}
      ${localizedField(host, 'role')} ${textField(host, 'organization')}
      ${textField(host, 'organization_url', { type: 'url' })}
      ${localizedField(host, 'description', true)} ${textField(host, 'photo')}
      ${localizedField(host, 'photo_alt')}
    </fieldset>
    <fieldset>
      <legend>${msg('Talen en onderwerpen', { id: 'studio-cf-group-languages' })}</legend>
      ${checkboxGroup(
        host,
        'languages',
        OFFERED_LANGUAGES,
        (code) =>
          html`<bdi lang=${code}>${endonym(code)}</bdi> <span class="code">(${code})</span>`,
      )}
      ${checkboxGroup(host, 'topics', TOPICS, topicLabel)}
    </fieldset>
    <fieldset>
      <legend>${msg('Bereikbaar via', { id: 'studio-cf-col-channels' })}</legend>
      ${textField(host, 'phone', { type: 'tel' })} ${textField(host, 'phone_languages')}
      ${textField(host, 'whatsapp', { type: 'tel' })} ${textField(host, 'email', { type: 'email' })}
      ${textField(host, 'website', { type: 'url' })}
    </fieldset>
    <fieldset>
      <legend>${msg('Waar en wanneer', { id: 'studio-cf-group-where' })}</legend>
      ${textField(host, 'address')} ${textField(host, 'postal_code')} ${textField(host, 'city')}
      ${textField(host, 'areas')}
      ${selectField(
        host,
        'access',
        ['walk-in', 'appointment', 'both'],
        accessLabel,
        msg('Niet ingevuld', { id: 'studio-cf-access-empty' }),
      )}
      ${textField(host, 'hours')} ${textField(host, 'exceptions')}
    </fieldset>
    <fieldset class="choices">
      <legend>${msg('Wat de inwoner mag weten', { id: 'studio-cf-group-promises' })}</legend>
      ${yesField(host, 'free')} ${yesField(host, 'independent')} ${yesField(host, 'confidential')}
    </fieldset>`;
}
