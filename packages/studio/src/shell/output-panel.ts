/**
 * The snippet for the CMS: markup (default, readable without JavaScript), `src` with the file
 * to upload, or an iframe; each with the loader's script tag and its integrity. The snippet is
 * in a read-only text box that wraps, so nothing overflows at 360 px.
 */
import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import { msg } from '@wegwijs/core/locale/msg';
import { applyProfile } from '@wegwijs/core/check';
import { DEFAULT_CDN, makeSnippet, type SnippetMode } from '../output/snippets.js';
import { download } from './content-file.js';
import { themeOf } from './preview-panel.js';
import type { WegwijsStudioApp } from './studio-app.js';

/** A widget without a markup writer (yet) gets the file snippet instead of an empty tag. */
const modeOf = (app: WegwijsStudioApp): SnippetMode =>
  app.settings.mode === 'markup' && !app.form.markup ? 'src' : app.settings.mode;

/** The snippet for the state of now (also at the moment of copying, never a stale one). */
async function snippetCode(app: WegwijsStudioApp) {
  const s = { ...app.settings, mode: modeOf(app) };
  const entry = app.form;
  const markup =
    s.mode === 'markup' && entry.markup
      ? await entry.markup(app.draft.content, app.draft.languages, app.profile)
      : '';
  return makeSnippet({
    mode: s.mode,
    widget: s.widget,
    cdn: s.cdn,
    contentUrl: s.contentUrl,
    markup,
    tokens: s.theme === 'custom' ? themeOf(app).tokens : [],
    title: msg('Uitleg van de gemeente'),
  });
}

async function snippet(app: WegwijsStudioApp) {
  const s = { ...app.settings, mode: modeOf(app) };
  const result = await snippetCode(app);
  if (!result.ok) return html`<p class="problem error" id="snippet-problem">${result.reason}</p>`;
  const losses =
    s.mode === 'markup' && app.form.markupLosses
      ? await app.form.markupLosses(app.draft.content)
      : [];
  return html`${
      losses.length
        ? html`<div class="problem warning" id="snippet-losses">
            <p>${msg('De code met de inhoud erin kan dit niet bevatten:')}</p>
            <ul>
              ${losses.map((l) => html`<li>${l}</li>`)}
            </ul>
            <p>${msg('Kies "Een inhoudsbestand dat u op uw site zet" om alles te houden.')}</p>
          </div>`
        : nothing
    }<label for="snippet">${msg('Code voor uw CMS')}</label>
    <textarea
      id="snippet"
      readonly
      rows="12"
      spellcheck="false"
      dir="ltr"
      .value=${result.code}
    ></textarea>
    <div class="button-row">
      <button
        type="button"
        id="copy-snippet"
        @click=${async () => {
          const now = await snippetCode(app);
          const code = now.ok ? now.code : result.code;
          try {
            await navigator.clipboard.writeText(code);
          } catch {
            app.querySelector<HTMLTextAreaElement>('#snippet')?.select();
            document.execCommand('copy');
          }
          app.notice = msg('De code is gekopieerd.');
        }}
      >
        ${msg('Kopieer de code')}
      </button>
      ${
        s.mode !== 'markup'
          ? html`<button
              type="button"
              class="secondary"
              @click=${() => {
                // The file residents get: the profile filled in, so it works on any page.
                const filled = applyProfile(app.draft.content, app.profile);
                download(`${s.widget}.json`, `${JSON.stringify(filled, null, 2)}\n`);
              }}
            >
              ${msg('Download het bestand om te uploaden')}
            </button>`
          : nothing
      }
    </div>`;
}

/** The last snippet shown, kept while the next one is made (no flicker while typing). */
let shown: unknown = nothing;
let pending: ReturnType<typeof setTimeout> | undefined;
function latestSnippet(app: WegwijsStudioApp) {
  clearTimeout(pending);
  return new Promise<unknown>((resolve) => {
    pending = setTimeout(() => void snippet(app).then((t) => resolve((shown = t))), 250);
  });
}

export function renderOutput(app: WegwijsStudioApp) {
  const s = { ...app.settings, mode: modeOf(app) };
  const modes: [SnippetMode, string][] = [
    ['markup', msg('De inhoud in de code (aanbevolen: leesbaar zonder JavaScript)')],
    ['src', msg('Een inhoudsbestand dat u op uw site zet')],
    ['iframe', msg('Een iframe (als uw CMS geen scripts toestaat)')],
  ];
  return html`<section class="panel" aria-labelledby="output-heading">
    <h2 id="output-heading">${msg('Code voor uw website')}</h2>
    <fieldset>
      <legend>${msg('Hoe zet u de widget op uw pagina?')}</legend>
      <div class="choices stacked">
        ${modes.map(
          ([mode, label]) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="snippet-mode"
                .checked=${s.mode === mode}
                ?disabled=${mode === 'markup' && !app.form.markup}
                @change=${() => app.setSettings({ mode })}
              />${label}</label
            >`,
        )}
      </div>
    </fieldset>
    ${
      s.mode !== 'markup'
        ? html`<label for="content-url"
              >${msg('Volledig adres van het inhoudsbestand op uw site')}</label
            >
            <input
              id="content-url"
              type="url"
              dir="ltr"
              placeholder="https://www.gemeente.nl/wegwijs/stappenplan.json"
              .value=${s.contentUrl}
              @change=${(e: Event) => app.setSettings({ contentUrl: (e.target as HTMLInputElement).value })}
            />`
        : nothing
    }
    <details>
      <summary>${msg('Wegwijs-bestanden op uw eigen server')}</summary>
      <label for="cdn">${msg('Adres van de map met de Wegwijs-bestanden')}</label>
      <input
        id="cdn"
        type="url"
        dir="ltr"
        placeholder=${DEFAULT_CDN}
        .value=${s.cdn}
        @change=${(e: Event) => app.setSettings({ cdn: (e.target as HTMLInputElement).value })}
      />
    </details>
    <div class="snippet">${until(latestSnippet(app), shown)}</div>
  </section>`;
}
