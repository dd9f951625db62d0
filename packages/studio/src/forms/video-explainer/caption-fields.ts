/**
 * A version's caption files: each a checked WebVTT field (vtt-field.ts) with its language and
 * its name in the player's menu, added and removed with a spoken announcement. One fieldset of
 * the video form; the form keeps the content, this only renders and reports edits.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { UI_LOCALES } from '@wegwijs/core';
import { languageName } from '../../shell/language-names.js';
import { problemList, vttField, type VttFieldHost } from './vtt-field.js';
import { cleanCaption, type Caption, type Version } from './version-edits.js';

/** What the caption fields need of the form. */
export interface CaptionFieldsHost extends VttFieldHost {
  /** Said by the form's live region. */
  announcement: string;
  /** The captions of version `index` replaced; `focus` (a selector) gets the focus after. */
  setCaptions(index: number, version: Version, captions: Caption[], focus?: string): void;
  /** Caption `j` of version `index` taken out. */
  removeCaption(index: number, version: Version, j: number): void;
}

export function captionFields(host: CaptionFieldsHost, index: number, version: Version) {
  const captions = version.captions ?? [];
  const id = `versions-${index}`;
  return html`<fieldset>
    <legend>${msg('Ondertitels', { id: 'studio-video-captions' })}</legend>
    ${
      captions.length
        ? nothing
        : html`<p class="hint">
            ${msg(
              'Nog geen ondertitels. Ondertitels zijn nodig voor wie doof of slechthorend is, en de widget maakt er de uitgeschreven tekst van.',
              { id: 'studio-video-captions-none' },
            )}
          </p>`
    }
    <ol class="captions">
      ${captions.map((caption, j) => {
        const set = (change: Partial<Caption>) =>
          host.setCaptions(
            index,
            version,
            captions.map((c, k) => (k === j ? cleanCaption({ ...c, ...change }) : c)),
          );
        const cid = `${id}-captions-${j}`;
        return html`<li class="caption">
          ${vttField(host, {
            key: `${version.lang}:captions:${j}`,
            path: `versions.${index}.captions.${j}.src`,
            id: cid,
            label: msg(str`Ondertitelbestand ${j + 1}`, { id: 'studio-video-caption-file' }),
            address: caption.src,
            required: true,
            onAddress: (src) => set({ src }),
          })}
          <div class="side-by-side">
            <div class="field">
              <label for="${cid}-lang"
                >${msg('Taal van de ondertitels', { id: 'studio-video-caption-lang' })}</label
              >
              <select
                id="${cid}-lang"
                @change=${(e: Event) => set({ lang: (e.target as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${!caption.lang}>
                  ${msg('Dezelfde taal als de video', { id: 'studio-video-caption-same' })}
                </option>
                ${UI_LOCALES.map(
                  (lang) =>
                    html`<option value=${lang} ?selected=${caption.lang === lang}>
                      ${languageName(lang)}
                    </option>`,
                )}
              </select>
              ${problemList(`${cid}-lang-problems`, host.problemsAt(`versions.${index}.captions.${j}.lang`))}
            </div>
            <div class="field">
              <label for="${cid}-label"
                >${msg('Naam in het menu (niet verplicht)', { id: 'studio-video-caption-label' })}</label
              >
              <input
                id="${cid}-label"
                type="text"
                dir="auto"
                .value=${caption.label ?? ''}
                @input=${(e: Event) => set({ label: (e.target as HTMLInputElement).value })}
              />
            </div>
          </div>
          <button
            type="button"
            class="secondary"
            @click=${() => host.removeCaption(index, version, j)}
          >
            ${msg(str`Ondertitels ${j + 1} weghalen`, { id: 'studio-video-caption-remove' })}
          </button>
        </li>`;
      })}
    </ol>
    <button
      type="button"
      class="secondary"
      id="${id}-add-caption"
      @click=${() => {
        host.announcement = msg(str`Ondertitels ${captions.length + 1} toegevoegd.`, {
          id: 'studio-video-caption-added',
        });
        host.setCaptions(
          index,
          version,
          [...captions, { src: '' }],
          `#${id}-captions-${captions.length}`,
        );
      }}
    >
      ${msg('Ondertitels toevoegen', { id: 'studio-video-caption-add' })}
    </button>
  </fieldset>`;
}
