/**
 * One text for residents in every working language: Dutch first, each other language beside
 * it (with its own `lang` and `dir`), the check's problems under the field they concern, and
 * for Dutch texts the readability (Flesch-Douma, B1 verdict, long sentences, glossary terms
 * with their plain explanation). Light DOM, so labels and the page's styles simply work.
 * Fires `wegwijs-studio-text-change` (not composed; a native `change` of its inputs bubbles too) with `detail.value`: the text as the content model holds it.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { StudioProblem } from './contract.js';
import { concerns } from '../checks/paths.js';
import { readText } from '../checks/readability.js';
import { dirOf, languageName } from '../shell/language-names.js';
import { asTexts } from './texts.js';

@customElement('wegwijs-studio-text-field')
export class WegwijsStudioTextField extends LitElement {
  @property() label = '';
  /** The field's path in the content, e.g. `steps.0.title`; also the base of its ids. */
  @property() path = '';
  @property({ attribute: false }) value: unknown;
  @property({ attribute: false }) languages: string[] = ['nl'];
  @property({ attribute: false }) problems: StudioProblem[] = [];
  @property({ type: Boolean }) multiline = false;
  @property({ type: Boolean }) required = false;
  /** Show the Dutch readability (for running text, not titles). */
  @property({ type: Boolean }) readability = false;

  protected override createRenderRoot() {
    return this;
  }

  private edit(lang: string, text: string) {
    const texts = asTexts(this.value);
    if (text) texts[lang] = text;
    else delete texts[lang];
    this.dispatchEvent(new CustomEvent('wegwijs-studio-text-change', { detail: { value: texts } }));
  }

  private renderReadability(text: string, id: string) {
    if (!text.trim()) return nothing;
    const { score, terms } = readText(text);
    const verdict = !score.scored
      ? msg('te kort voor een B1-oordeel')
      : score.aboveB1
        ? msg('moeilijker dan B1')
        : msg('B1 of makkelijker');
    return html`<div class="readability" id=${id}>
      <p>
        ${msg('Leesbaarheid')}:
        ${score.scored ? html`Flesch-Douma ${score.fleschDouma}, ` : nothing}
        <strong class=${!score.scored ? '' : score.aboveB1 ? 'bad' : 'good'}>${verdict}</strong>
      </p>
      ${
        score.longSentences.length
          ? html`<p>
                ${msg(str`Lange zinnen (meer dan 15 woorden): ${score.longSentences.length}`)}
              </p>
              <ul>
                ${score.longSentences.map((s) => html`<li lang="nl">${s.text}</li>`)}
              </ul>`
          : nothing
      }
      ${
        terms.length
          ? html`<p>${msg('Moeilijke woorden, met een gewone uitleg:')}</p>
              <ul>
                ${terms.map((t) => html`<li lang="nl"><mark>${t.text}</mark>: ${t.plain}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const texts = asTexts(this.value);
    const langs = ['nl', ...this.languages.filter((l) => l !== 'nl')];
    return html`<fieldset class="text-field">
      <legend>
        ${this.label}${this.required ? html` <span class="required">(${msg('verplicht')})</span>` : nothing}
      </legend>
      <div class="languages">
        ${langs.map((lang) => {
          const id = `${this.path}-${lang}`;
          const here = this.problems.filter(
            (p) =>
              concerns(p.path, `${this.path}.${lang}`) || (lang === 'nl' && p.path === this.path),
          );
          const text = texts[lang] ?? '';
          const described = [
            here.length ? `${id}-problems` : '',
            this.readability && lang === 'nl' && text ? `${id}-readability` : '',
          ]
            .filter(Boolean)
            .join(' ');
          const control = this.multiline
            ? html`<textarea
                id=${id}
                rows="3"
                lang=${lang}
                dir=${dirOf(lang)}
                .value=${text}
                aria-invalid=${here.some((p) => p.severity === 'error') ? 'true' : 'false'}
                aria-describedby=${described || nothing}
                @input=${(e: Event) => this.edit(lang, (e.target as HTMLTextAreaElement).value)}
              ></textarea>`
            : html`<input
                id=${id}
                type="text"
                lang=${lang}
                dir=${dirOf(lang)}
                .value=${text}
                aria-invalid=${here.some((p) => p.severity === 'error') ? 'true' : 'false'}
                aria-describedby=${described || nothing}
                @input=${(e: Event) => this.edit(lang, (e.target as HTMLInputElement).value)}
              />`;
          return html`<div class="language ${text ? '' : 'empty'}">
            <label for=${id}
              >${languageName(lang)}${lang !== 'nl' && !text ? html` <span class="missing">— ${msg('ontbreekt')}</span>` : nothing}</label
            >
            ${control}
            ${
              here.length
                ? html`<ul class="problems" id=${`${id}-problems`}>
                    ${here.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
                  </ul>`
                : nothing
            }
            ${this.readability && lang === 'nl' ? this.renderReadability(text, `${id}-readability`) : nothing}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-text-field': WegwijsStudioTextField;
  }
}
