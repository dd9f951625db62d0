/**
 * The live preview: the real widget in a frame of phone width (360 px) or desktop width, in
 * any working language (right to left too), in the Voorbeeldstad theme or custom colours. Custom
 * colours go through the contrast check first; what it changed is said next to the fields.
 */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { fixTheme } from '../theme/contrast.js';
import { languageName } from './language-names.js';
import type { PreviewMessage } from '../preview/messages.js';
import type { WegwijsStudioApp } from './studio-app.js';

export const WIDTHS = { phone: 360, desktop: 1024 } as const;

export function themeOf(app: WegwijsStudioApp) {
  return fixTheme({ primary: app.settings.primary, link: app.settings.link });
}

/** Send the current state to the preview frame (after every render of the shell). */
export function postPreview(app: WegwijsStudioApp) {
  const frame = app.querySelector<HTMLIFrameElement>('#preview-frame');
  if (!frame?.contentWindow || !app.formReady) return;
  const message: PreviewMessage = {
    type: 'wegwijs-studio:preview',
    widget: app.settings.widget,
    content: app.draft.content,
    profile: app.profile,
    lang: app.settings.previewLang,
    theme: app.settings.theme,
    tokens: themeOf(app).tokens,
  };
  frame.contentWindow.postMessage(message, location.origin);
}

export function renderPreview(app: WegwijsStudioApp) {
  const s = app.settings;
  const fix = s.theme === 'custom' ? themeOf(app) : undefined;
  const colour = (key: 'primary' | 'link', label: string) =>
    html`<div class="colour-field">
      <label for=${`colour-${key}`}>${label}</label>
      <input
        id=${`colour-${key}`}
        type="text"
        dir="ltr"
        spellcheck="false"
        autocomplete="off"
        aria-describedby="colour-hint"
        .value=${s[key]}
        @change=${(e: Event) => app.setSettings({ [key]: (e.target as HTMLInputElement).value.trim() })}
      />
      <span
        class="swatch"
        style=${`background:${fix?.tokens.find(([k]) => k.includes(key === 'primary' ? 'primary-background' : 'link'))?.[1] ?? s[key]}`}
      ></span>
    </div>`;
  return html`<section class="panel" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${msg('Voorbeeld')}</h2>
    <div class="preview-controls">
      <div>
        <label for="preview-lang">${msg('Taal van het voorbeeld')}</label>
        <select
          id="preview-lang"
          @change=${(e: Event) => app.setSettings({ previewLang: (e.target as HTMLSelectElement).value })}
        >
          ${app.draft.languages.map(
            (lang) =>
              html`<option value=${lang} lang=${lang} ?selected=${lang === s.previewLang}>
                ${languageName(lang)}
              </option>`,
          )}
        </select>
      </div>
      <fieldset>
        <legend>${msg('Breedte')}</legend>
        <div class="choices">
          ${(['phone', 'desktop'] as const).map(
            (w) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="preview-width"
                  .checked=${s.previewWidth === w}
                  @change=${() => app.setSettings({ previewWidth: w })}
                />${
                  w === 'phone' ? msg('Telefoon (360 pixels)') : msg('Computer (1024 pixels)')
                }</label
              >`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('Huisstijl')}</legend>
        <div class="choices">
          <label class="choice"
            ><input
              type="radio"
              name="preview-theme"
              .checked=${s.theme === 'site'}
              @change=${() => app.setSettings({ theme: 'site' })}
            />${msg('Huisstijl van Voorbeeldstad (NL Design System)')}</label
          >
          <label class="choice"
            ><input
              type="radio"
              name="preview-theme"
              .checked=${s.theme === 'custom'}
              @change=${() => app.setSettings({ theme: 'custom' })}
            />${msg('Eigen kleuren')}</label
          >
        </div>
        ${
          s.theme === 'custom'
            ? html`<p class="hint" id="colour-hint">
                  ${msg('Een kleur als #6a1b7a. Studio controleert het contrast (WCAG 1.4.3 en 1.4.11).')}
                </p>
                ${colour('primary', msg('Hoofdkleur (knoppen)'))}
                ${colour('link', msg('Linkkleur'))}
                <div role="status" class="contrast-notes">
                  ${
                    fix?.notes.length
                      ? html`<ul>
                          ${fix.notes.map((n) => html`<li>${n}</li>`)}
                        </ul>`
                      : msg('Het contrast van deze kleuren is goed.')
                  }
                </div>`
            : nothing
        }
      </fieldset>
    </div>
    <div
      class="preview-viewport"
      tabindex="0"
      role="group"
      aria-label=${msg('Voorbeeld van de widget (schuifbaar)')}
    >
      <iframe
        id="preview-frame"
        title=${msg('Voorbeeld van de widget')}
        src="./preview.html"
        style=${`inline-size:${WIDTHS[s.previewWidth]}px`}
        @load=${() => postPreview(app)}
      ></iframe>
    </div>
  </section>`;
}
