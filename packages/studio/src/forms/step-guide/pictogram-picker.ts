/**
 * Picks a built-in pictogram: the current one shown, a search in Dutch (the pictogram's Dutch
 * name and its key), and every match as a button with its picture. Fires `wegwijs-studio-pictogram-change` with
 * `detail.value` (a pictogram name, or '' for none).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import { pictogramNames, renderPictogram, type Pictogram } from '@wegwijs/pictograms';

let all: Promise<Pictogram[]> | undefined;
/** Every pictogram, loaded once when a picker first opens (about 17 kB). */
const loadAll = () =>
  (all ??= import('@wegwijs/pictograms/all').then((m) =>
    Object.values(m as Record<string, Pictogram>).filter((p) =>
      pictogramNames.includes(p.name as never),
    ),
  ));

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

@customElement('wegwijs-studio-pictogram-picker')
export class WegwijsStudioPictogramPicker extends LitElement {
  @property() value = '';
  /** Base of the ids (the field's path). */
  @property() path = '';
  @state() private open = false;
  @state() private query = '';
  @state() private pictograms: Pictogram[] = [];

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    void loadAll().then((list) => (this.pictograms = list));
  }

  private choose(name: string) {
    this.dispatchEvent(
      new CustomEvent('wegwijs-studio-pictogram-change', { detail: { value: name } }),
    );
    this.close();
  }

  /** Closes the panel and gives the focus back to its button (also for Escape). */
  private close() {
    this.open = false;
    void this.updateComplete.then(() =>
      this.querySelector<HTMLButtonElement>('.picker-toggle')?.focus(),
    );
  }

  /** Escape in the open panel closes it, as a keyboard user expects of a pop-up choice. */
  private onPanelKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.open) return;
    // An Escape that only empties the search field (type="search") is left to the field.
    const target = e.target as HTMLInputElement;
    if (target.type === 'search' && target.value) return;
    e.preventDefault();
    e.stopPropagation();
    this.close();
  };

  private dutch = (p: Pictogram) => p.alt['nl'] ?? p.name;

  protected override render() {
    const current = this.pictograms.find((p) => p.name === this.value);
    const q = fold(this.query.trim());
    // The grid only while open: a form with dozens of pickers (the question helper's OCO set
    // has 37) would otherwise hold thousands of hidden buttons with pictures.
    const matches = !this.open
      ? []
      : this.pictograms
          .filter((p) => !q || fold(this.dutch(p)).includes(q) || p.name.includes(q))
          .sort((a, b) => this.dutch(a).localeCompare(this.dutch(b), 'nl'));
    const panel = `${this.path}-pictograms`;
    return html`<div class="picker">
      <p class="picker-current">
        <span class="pictogram-preview"
          >${current ? renderPictogram(current, { decorative: true }) : nothing}</span
        >
        <span
          >${msg('Pictogram')}:
          <strong>${current ? this.dutch(current) : this.value || msg('geen')}</strong></span
        >
      </p>
      <button
        type="button"
        class="picker-toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${panel}
        @click=${() => (this.open = !this.open)}
      >
        ${msg('Kies een pictogram')}
      </button>
      <div id=${panel} class="picker-panel" ?hidden=${!this.open} @keydown=${this.onPanelKey}>
        <label for=${`${panel}-search`}>${msg('Zoek een pictogram (in het Nederlands)')}</label>
        <input
          id=${`${panel}-search`}
          type="search"
          lang="nl"
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
        <p class="hint" role="status">${msg(str`${matches.length} pictogrammen`)}</p>
        <ul class="picker-grid">
          <li>
            <button
              type="button"
              aria-pressed=${this.value ? 'false' : 'true'}
              @click=${() => this.choose('')}
            >
              <span class="pictogram-preview"></span>${msg('Geen pictogram')}
            </button>
          </li>
          ${matches.map(
            (p) =>
              html`<li>
                <button
                  type="button"
                  lang="nl"
                  aria-pressed=${p.name === this.value ? 'true' : 'false'}
                  @click=${() => this.choose(p.name)}
                >
                  <span class="pictogram-preview">${renderPictogram(p, { decorative: true })}</span
                  >${this.dutch(p)}
                </button>
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-pictogram-picker': WegwijsStudioPictogramPicker;
  }
}
