/**
 * A text for residents with its languages side by side: the Dutch field first, then one per
 * other content language (with its `lang` and `dir`), each with the check's problems for that
 * language under it. Reflows to one column at 400 %.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { directionOf } from '@wegwijs/core/locale/locales';
import type { StudioProblem } from '../contract.js';
import { textIn } from './localized.js';

export interface TextFieldsHost {
  uid: string;
  languages: readonly string[];
  /** Problems whose path is exactly this path. */
  problemsAt(path: string): StudioProblem[];
}

export interface TextFieldsOptions {
  /** Path in the content, e.g. `answers.what` (the language is added: `answers.what.ar`). */
  path: string;
  label: string;
  value: LocalizedText | undefined;
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  onInput(lang: string, text: string): void;
}

const idOf = (host: TextFieldsHost, path: string) => `${host.uid}-${path.replace(/[^\w-]/g, '-')}`;

function problemList(id: string, problems: StudioProblem[]) {
  return problems.length
    ? html`<ul class="problems" id="${id}-problems">
        ${problems.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
      </ul>`
    : nothing;
}

function oneField(host: TextFieldsHost, options: TextFieldsOptions, lang: string): TemplateResult {
  const path = lang === 'nl' ? options.path : `${options.path}.${lang}`;
  const id = idOf(host, path);
  // A Dutch problem may be reported on the text as a whole (`answers.what`).
  const problems =
    lang === 'nl'
      ? [...host.problemsAt(options.path), ...host.problemsAt(`${options.path}.nl`)]
      : host.problemsAt(path);
  const hint = lang === 'nl' ? options.hint : undefined;
  const describedBy =
    [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ') ||
    nothing;
  const invalid = problems.some((p) => p.severity === 'error') ? 'true' : nothing;
  const input = (e: Event) => options.onInput(lang, (e.target as HTMLTextAreaElement).value);
  const value = textIn(options.value, lang);
  return html`<div class="field">
    <label for=${id}
      >${options.label}${
        lang === 'nl' ? nothing : html` – <bdi lang=${lang}>${endonym(lang)}</bdi>`
      }${
        options.required && lang === 'nl'
          ? html` <span class="required"
              >${msg('(verplicht)', { id: 'studio-letter-required' })}</span
            >`
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
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${value}
            @input=${input}
          ></textarea>`
        : html`<input
            id=${id}
            lang=${lang}
            dir=${directionOf(lang)}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${value}
            @input=${input}
          />`
    }
    ${problemList(id, problems)}
  </div>`;
}

export function textFields(host: TextFieldsHost, options: TextFieldsOptions): TemplateResult {
  return html`<div class="side-by-side">
    ${host.languages.map((lang) => oneField(host, options, lang))}
  </div>`;
}
