/**
 * The working languages (Dutch always first), what is missing per language, and per language
 * whether its translations were made with a machine or reviewed by a person (the content
 * model's `review`, e.g. `{ "ar": "machine-assisted" }`, or `machineTranslated`, e.g. `["ar"]`:
 * see translation-review.ts).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { UI_LOCALES } from '@wegwijs/core';
import { fieldFor } from './checks-panel.js';
import { languageName } from './language-names.js';
import type { WegwijsStudioApp } from './studio-app.js';
import {
  hasReviewState,
  reviewFieldOf,
  reviewState,
  withReviewState,
  type ReviewState,
} from './translation-review.js';

/** The missing text's field in that language, else its Dutch field (the form's ids end in the language). */
function focusMissing(path: string, lang: string): void {
  (fieldFor(`${path}-${lang}`) ?? fieldFor(`${path}.${lang}`) ?? fieldFor(path))?.focus();
}

export function renderLanguages(app: WegwijsStudioApp) {
  const { languages, content } = app.draft;
  const field = app.check?.shape ? reviewFieldOf(app.check.schema) : undefined;
  const hasReview = !!field;
  const setReview = (lang: string, value: ReviewState) => {
    if (field) app.setContent(withReviewState(content, field, lang, value));
  };
  return html`<section class="panel" aria-labelledby="languages-heading">
    <h2 id="languages-heading">${msg('Talen')}</h2>
    <fieldset>
      <legend>${msg('In welke talen maakt u deze inhoud? Nederlands is altijd de eerste.')}</legend>
      <div class="choices language-choices">
        ${UI_LOCALES.map(
          (lang) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                .checked=${languages.includes(lang)}
                ?disabled=${lang === 'nl'}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  app.setLanguages(on ? [...languages, lang] : languages.filter((l) => l !== lang));
                  // A new language starts as machine-assisted until a person has reviewed it.
                  if (on && field && !hasReviewState(content, field, lang))
                    setReview(lang, 'machine-assisted');
                }}
              /><span lang=${lang}>${languageName(lang)}</span></label
            >`,
        )}
      </div>
    </fieldset>
    ${
      languages.length > 1
        ? html`<table class="missing-table">
            <caption>
              ${msg('Wat ontbreekt er per taal?')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Taal')}</th>
                <th scope="col">${msg('Ontbrekende teksten')}</th>
                ${hasReview ? html`<th scope="col">${msg('Vertaling')}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${[...app.missing].map(
                ([lang, paths]) =>
                  html`<tr>
                    <th scope="row"><span lang=${lang}>${languageName(lang)}</span></th>
                    <td>
                      ${
                        paths.length
                          ? html`${
                                paths.length === 1
                                  ? msg('1 tekst ontbreekt')
                                  : msg(str`${paths.length} teksten ontbreken`)
                              }:
                              <ul class="paths">
                                ${paths.map(
                                  (path) =>
                                    html`<li>
                                      <button
                                        type="button"
                                        class="link-button"
                                        @click=${() => focusMissing(path, lang)}
                                      >
                                        <span class="visually-hidden"
                                          >${msg('Naar het veld:')}</span
                                        >
                                        <code>${path}</code>
                                      </button>
                                    </li>`,
                                )}
                              </ul>`
                          : msg('compleet')
                      }
                    </td>
                    ${
                      hasReview
                        ? html`<td>
                            <label class="visually-hidden" for=${`review-${lang}`}
                              >${msg(str`Vertaling ${languageName(lang)}`)}</label
                            >
                            <select
                              id=${`review-${lang}`}
                              @change=${(e: Event) =>
                                setReview(
                                  lang,
                                  (e.target as HTMLSelectElement).value as ReviewState,
                                )}
                            >
                              <option
                                value="machine-assisted"
                                ?selected=${reviewState(content, field!, lang) !== 'reviewed'}
                              >
                                ${msg('met hulp van een machine')}
                              </option>
                              <option
                                value="reviewed"
                                ?selected=${reviewState(content, field!, lang) === 'reviewed'}
                              >
                                ${msg('nagekeken door een moedertaalspreker')}
                              </option>
                            </select>
                          </td>`
                        : nothing
                    }
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
  </section>`;
}
