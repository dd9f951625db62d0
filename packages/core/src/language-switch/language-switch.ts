import { html, type PropertyValues } from 'lit';
import { msg } from '../locale/msg.js';
import { WegwijsElement } from '../base/wegwijs-element.js';
import { languageSwitchStyles } from './language-switch.styles.js';
import { UI_LOCALES, directionOf, normaliseLocale, primaryLanguage } from '../locale/locales.js';
import { endonym } from '../locale/endonyms.js';
import { setPageLocale } from '../locale/page-locale.js';
import { globeIcon } from './globe-icon.js';
import { coded } from '../content/content-problem.js';

/**
 * Chooses the page-wide language of every Wegwijs widget. Language names are shown in their
 * own language (endonyms), never as flags; the choice is remembered on the device.
 *
 * @tagname wegwijs-language-switch
 * @summary The page-wide language switch, with endonyms.
 * @csspart select - The native select (variant `select`).
 * @csspart option-button - Each language button (variant `buttons`).
 * @cssprop --wegwijs-primary-background - Colour of the chosen language button.
 * @fires wegwijs-locale-change - On `window`, when the language changed.
 */
export class WegwijsLanguageSwitch extends WegwijsElement {
  static override styles = [WegwijsElement.styles, languageSwitchStyles];

  // Declared statically, not with decorators: no decorator runtime in core elements' file.
  static override properties = {
    languages: {
      converter: {
        fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean),
      },
    },
    variant: { reflect: true },
  };

  /** The languages offered (BCP 47 codes); by default every UI language. */
  languages: string[] = [...UI_LOCALES];

  /** `select`: a compact native select; `buttons`: every language visible as a button. */
  variant: 'select' | 'buttons' = 'select';

  private readonly labelId = 'wegwijs-language-label';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('languages')) {
      const valid = this.languages
        .map((code) => normaliseLocale(code))
        .filter((c): c is string => !!c);
      if (valid.length !== this.languages.length) {
        const value = this.languages.join(' ');
        this.reportProblems('languages', [
          coded('content', 'languages-ignored', {
            severity: 'warning',
            path: 'languages',
            params: { value },
          }),
        ]);
      } else this.reportProblems('languages', []);
      this.validLanguages = [...new Set(valid)];
    }
  }

  private validLanguages: string[] = [...UI_LOCALES];

  /** The offered language that matches the page locale (exact, else same primary language). */
  private get selected(): string | undefined {
    const locale = this.localeController.locale;
    return (
      this.validLanguages.find((code) => code.toLowerCase() === locale.toLowerCase()) ??
      this.validLanguages.find((code) => primaryLanguage(code) === primaryLanguage(locale))
    );
  }

  private choose(code: string): void {
    void setPageLocale(code);
  }

  override render() {
    const { dir, uiLocale } = this.localeController;
    return html`${this.renderEditorNotice()}
      <div class="switch" dir=${dir} lang=${uiLocale}>
        ${this.variant === 'buttons' ? this.renderButtons() : this.renderSelect()}
      </div>`;
  }

  private renderSelect() {
    const selected = this.selected;
    return html`<label for="select">${globeIcon}<span>${msg('Taal')}</span></label>
      <select
        id="select"
        part="select"
        @change=${(event: Event) => this.choose((event.target as HTMLSelectElement).value)}
      >
        ${selected ? '' : html`<option value="" selected disabled>—</option>`}
        ${this.validLanguages.map(
          (code) =>
            html`<option
              value=${code}
              lang=${code}
              dir=${directionOf(code)}
              ?selected=${code === selected}
            >
              ${endonym(code)}
            </option>`,
        )}
      </select>`;
  }

  // role="list" is not redundant: Safari drops list semantics from a list with list-style: none.
  /* eslint-disable lit-a11y/no-redundant-role */
  private renderButtons() {
    const selected = this.selected;
    return html`<span class="legend" id=${this.labelId}
        >${globeIcon}<span>${msg('Taal')}</span></span
      >
      <ul role="list" aria-labelledby=${this.labelId}>
        ${this.validLanguages.map(
          (code) =>
            html`<li>
              <button
                type="button"
                part="option-button"
                lang=${code}
                dir=${directionOf(code)}
                aria-pressed=${code === selected ? 'true' : 'false'}
                @click=${() => this.choose(code)}
              >
                ${endonym(code)}
              </button>
            </li>`,
        )}
      </ul>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */
}
