/** Choose the widget; start from the OCO pack, an example or nothing; open and save the file. */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { FORMS } from '../forms/registry.js';
import { download, readContentFile } from './content-file.js';
import type { WegwijsStudioApp } from './studio-app.js';

export function renderStart(app: WegwijsStudioApp) {
  const entry = app.form;
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await readContentFile(file, entry.widget);
    if (!result.ok) {
      app.notice = result.reason;
      return;
    }
    if (result.widget !== app.settings.widget) await app.openWidget(result.widget);
    app.start(result.content, msg('Het bestand is geopend.'));
  };
  return html`<section class="panel" aria-labelledby="start-heading">
    <h2 id="start-heading">${msg('Widget en inhoudsbestand')}</h2>
    <fieldset>
      <legend>${msg('Welke widget maakt u?')}</legend>
      <div class="choices">
        ${FORMS.map(
          (f) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="widget"
                .value=${f.widget}
                .checked=${f.widget === entry.widget}
                @change=${() => app.openWidget(f.widget)}
              />${f.label()}</label
            >`,
        )}
      </div>
    </fieldset>
    <div class="button-row">
      ${
        entry.oco
          ? html`<button
              type="button"
              class="secondary"
              @click=${async () => app.start(await entry.oco!(), msg('De OCO-inhoud staat klaar.'))}
            >
              ${msg('Begin met de OCO-inhoud')}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="secondary"
        @click=${async () => app.start(await entry.example(), msg('Het voorbeeld staat klaar.'))}
      >
        ${msg('Begin met een voorbeeld')}
      </button>
      <button
        type="button"
        class="secondary"
        @click=${() => app.start(entry.empty(), msg('U begint met een leeg formulier.'))}
      >
        ${msg('Begin leeg')}
      </button>
    </div>
    <p class="hint">
      ${msg('Let op: beginnen vervangt het concept van deze widget. Download het eerst als u het wilt houden.')}
    </p>
    <div class="button-row">
      <span class="file-input">
        <label for="import-file">${msg('Inhoudsbestand openen (JSON)')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json,.csv,text/csv"
          @change=${onFile}
        />
      </span>
      <button
        type="button"
        id="export-file"
        @click=${() => {
          download(`${entry.widget}.json`, `${JSON.stringify(app.draft.content, null, 2)}\n`);
          app.notice = msg('Het inhoudsbestand is gedownload.');
        }}
      >
        ${msg('Inhoudsbestand downloaden')}
      </button>
    </div>
  </section>`;
}
