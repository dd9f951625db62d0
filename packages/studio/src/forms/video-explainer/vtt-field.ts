/**
 * One WebVTT file of a version (captions, chapters or the audio description): its address in
 * the content, and beside it the file itself, loaded from the computer or pasted, checked at
 * once by the widget's own reader. Problems are in Dutch with the line and the cue they are
 * in, next to the field; the address field points to them (`aria-describedby`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { StudioProblem } from '../contract.js';
import { checkCaptionText } from './caption-files.js';

export interface VttFieldHost {
  /** The check's problems whose path is exactly this path. */
  problemsAt(path: string): StudioProblem[];
  /** The file text kept for this field, if the editor added one. */
  vttText(key: string): string | undefined;
  /** The editor added (or emptied) the file text; `name` when it came from a file. */
  setVttText(key: string, text: string, name?: string): void;
}

export interface VttFieldOptions {
  /** Where the text is kept (`ar:captions:0`). */
  key: string;
  /** The address's path in the content (`versions.1.captions.0.src`). */
  path: string;
  /** Base of the ids in the form. */
  id: string;
  label: string;
  address: string;
  required?: boolean;
  onAddress(value: string): void;
}

export function problemList(id: string, problems: StudioProblem[]) {
  return problems.length
    ? html`<ul class="problems" id=${id}>
        ${problems.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
      </ul>`
    : nothing;
}

function vttReport(id: string, text: string) {
  if (!text) return nothing;
  const result = checkCaptionText(text);
  if (!result.errors.length)
    return html`<p class="vtt-ok" id=${id}>
      ${msg(str`Het bestand is in orde: ${result.cues.length} ondertitel(s).`, {
        id: 'studio-video-vtt-ok',
      })}
    </p>`;
  return html`<div class="vtt-problems" id=${id}>
    <p class=${result.usable ? 'warning' : 'error'}>
      ${
        result.usable
          ? msg(str`Het bestand heeft ${result.errors.length} probleem of problemen:`, {
              id: 'studio-video-vtt-problems',
            })
          : msg('Dit is geen WebVTT-bestand: de widget kan het niet gebruiken.', {
              id: 'studio-video-vtt-unusable',
            })
      }
    </p>
    <ul class="problems">
      ${result.errors.map((e, i) => {
        const cue = result.cueOf[i] ?? 0;
        return html`<li class=${result.usable ? 'warning' : 'error'}>
          ${
            cue
              ? msg(str`Regel ${e.line} (ondertitel ${cue}):`, { id: 'studio-video-vtt-line-cue' })
              : msg(str`Regel ${e.line}:`, { id: 'studio-video-vtt-line' })
          }
          ${e.message}
        </li>`;
      })}
    </ul>
  </div>`;
}

export function vttField(host: VttFieldHost, o: VttFieldOptions): TemplateResult {
  const text = host.vttText(o.key) ?? '';
  const problems = host.problemsAt(o.path);
  const unusable = !!text && !checkCaptionText(text).usable;
  const describedBy =
    [problems.length ? `${o.id}-problems` : '', text ? `${o.id}-vtt` : '']
      .filter(Boolean)
      .join(' ') || nothing;
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    host.setVttText(o.key, await file.text(), file.name);
  };
  return html`<div class="vtt-field">
    <label for=${o.id}
      >${o.label}${
        o.required
          ? html` <span class="required"
              >${msg('(verplicht)', { id: 'studio-video-required' })}</span
            >`
          : nothing
      }</label
    >
    <p class="hint" id="${o.id}-hint">
      ${msg('Adres van het WebVTT-bestand (.vtt) op uw website.', { id: 'studio-video-vtt-hint' })}
    </p>
    <input
      id=${o.id}
      type="text"
      dir="ltr"
      spellcheck="false"
      autocomplete="off"
      aria-describedby="${o.id}-hint${describedBy === nothing ? '' : ` ${describedBy}`}"
      aria-invalid=${problems.some((p) => p.severity === 'error') || unusable ? 'true' : nothing}
      .value=${o.address}
      @input=${(e: Event) => o.onAddress((e.target as HTMLInputElement).value)}
    />
    ${problemList(`${o.id}-problems`, problems)}
    <details class="vtt-check" ?open=${!!text}>
      <summary>${msg('Het bestand controleren', { id: 'studio-video-vtt-check' })}</summary>
      <label for="${o.id}-file"
        >${msg('Kies het bestand op uw computer', { id: 'studio-video-vtt-file' })}</label
      >
      <input id="${o.id}-file" type="file" accept=".vtt,text/vtt" @change=${onFile} />
      <label for="${o.id}-text"
        >${msg('Of plak de inhoud van het bestand', { id: 'studio-video-vtt-paste' })}</label
      >
      <textarea
        id="${o.id}-text"
        class="vtt-text"
        rows="5"
        dir="auto"
        spellcheck="false"
        aria-describedby=${text ? `${o.id}-vtt` : nothing}
        .value=${text}
        @input=${(e: Event) => host.setVttText(o.key, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${vttReport(`${o.id}-vtt`, text)}
    </details>
  </div>`;
}
