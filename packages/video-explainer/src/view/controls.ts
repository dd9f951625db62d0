/** The controls below the stage: the full bar, the simple mode's few large buttons, faults. */
import { html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { directionOf } from '@wegwijs/core/locale/locales';
import type { VideoVersion } from '../content.js';
import { formatTime } from '../vtt.js';
import { ICONS as I, icon } from './icons.js';
import { settingsPanel, shortcutsPanel } from './panels.js';
import type { PlayerUi } from './player-ui.js';

const button = (label: string, path: string, action: () => void) =>
  html`<button type="button" class="icon" aria-label=${label} @click=${action}>
    ${icon(path)}
  </button>`;

export const toggleButton = (
  label: string,
  pressed: boolean,
  action: () => void,
  big = false,
  path?: string,
) =>
  html`<button
    type="button"
    class=${big ? 'big' : 'toggle'}
    aria-pressed=${pressed ? 'true' : 'false'}
    @click=${action}
  >
    ${path ? icon(path) : nothing}<span>${label}</span>
  </button>`;

/** The video failed, or its captions or chapters: say so, and offer the download. */
export function faults(ui: PlayerUi, v: VideoVersion, failed: boolean) {
  const messages: string[] = [];
  if (failed) messages.push(msg('De video kan nu niet worden afgespeeld.'));
  const track = ui.tracks.captionTrack(v);
  if (track && ui.tracks.captionCues(v) === null)
    messages.push(msg('De ondertiteling kan nu niet worden getoond.'));
  if (v.chapters && ui.tracks.cues(v.chapters) === null)
    messages.push(msg('De hoofdstukken kunnen nu niet worden getoond.'));
  if (!messages.length) return nothing;
  return html`<div class="fault" part="fault" role="status">
    ${messages.map((m) => html`<p>${m}</p>`)}
    ${
      v.download
        ? html`<p>
            <a href=${v.download} download>${msg('Download de video')}</a>
          </p>`
        : nothing
    }
  </div>`;
}

/** Simple mode: a few large labelled buttons for residents who read little. */
export function simpleControls(ui: PlayerUi, v: VideoVersion) {
  const { paused, duration: d, currentTime } = ui.state.snapshot;
  return html`<div class="simple" part="controls">
    <button type="button" class="big" data-play @click=${() => ui.run('toggle')}>
      ${icon(paused ? I.play : I.pause)}<span>${paused ? msg('Afspelen') : msg('Pauzeer')}</span>
    </button>
    <button type="button" class="big" @click=${() => ui.run('repeat')}>
      ${icon(I.repeat)}<span>${msg('Herhaal de zin')}</span>
    </button>
    ${
      v.captions.length
        ? toggleButton(msg('Ondertiteling'), ui.prefs.on, () => ui.run('captions'), true, I.cc)
        : nothing
    }
    <progress
      dir="ltr"
      aria-label=${msg('Voortgang')}
      max=${d > 0 ? d : 1}
      .value=${currentTime}
    ></progress>
    <button type="button" class="link" data-mode @click=${() => ui.setMode('full')}>
      ${msg('Meer knoppen')}
    </button>
  </div>`;
}

function valueText(t: number, d: number): string {
  const time = formatTime(t);
  const total = formatTime(d);
  return msg(str`${time} van ${total}`);
}

/** The full control bar, with the settings and shortcuts panel. */
export function fullControls(ui: PlayerUi, v: VideoVersion) {
  const media = ui.state.snapshot;
  const t = media.currentTime;
  const d = Number.isFinite(media.duration) ? media.duration : 0;
  const chapters = ui.tracks.cues(v.chapters);
  const chapter = chapters?.[ui.tracks.chapterIndex(v, t)];
  const captionsReady = !!ui.tracks.captionCues(v);
  const descriptions = v.descriptions && ui.tracks.cues(v.descriptions);
  const canFullscreen = document.fullscreenEnabled || 'webkitEnterFullscreen' in ui.state.video;
  return html`<div class="bar" part="controls">
    <div class="row" dir="ltr">
      <button
        type="button"
        class="icon"
        data-play
        aria-label=${media.paused ? msg('Afspelen') : msg('Pauzeer')}
        @click=${() => ui.run('toggle')}
      >
        ${icon(media.paused ? I.play : I.pause)}
      </button>
      ${button(msg('5 seconden terug'), I.back, () => ui.run('back'))}
      ${button(msg('5 seconden vooruit'), I.forward, () => ui.run('forward'))}
      <input
        class="seek"
        type="range"
        aria-label=${msg('Tijdlijn')}
        min="0"
        max=${d || 1}
        step="0.1"
        .value=${String(t)}
        aria-valuetext=${valueText(t, d)}
        @input=${(e: Event) => ui.seek(Number((e.target as HTMLInputElement).value))}
      />
      <span class="time">${formatTime(t)} / ${formatTime(d)}</span>
    </div>
    ${
      chapters
        ? html`<div class="row">
            <span dir="ltr" class="pair">
              ${button(msg('Vorig hoofdstuk'), I.prev, () => ui.run('previousChapter'))}
              ${button(msg('Volgend hoofdstuk'), I.next, () => ui.run('nextChapter'))}
            </span>
            <span class="chapter" lang=${v.lang} dir=${directionOf(v.lang)}>${chapter?.text}</span>
          </div>`
        : nothing
    }
    <div class="row">
      ${
        captionsReady
          ? toggleButton(msg('Ondertiteling'), ui.prefs.on, () => ui.run('captions'))
          : nothing
      }
      ${
        ui.transcriptFor(v)
          ? toggleButton(msg('Tekst'), ui.transcriptOpen, () => ui.run('transcript'))
          : nothing
      }
      ${
        descriptions
          ? toggleButton(msg('Audiobeschrijving'), ui.describing, () => ui.toggleDescription())
          : nothing
      }
      ${v.signLanguage ? toggleButton(msg('Gebarentaal'), ui.sign, () => ui.toggleSign()) : nothing}
      <span class="pair" dir="ltr">
        <button
          type="button"
          class="icon"
          aria-label=${msg('Geluid uit')}
          aria-pressed=${media.muted ? 'true' : 'false'}
          @click=${() => ui.run('mute')}
        >
          ${icon(media.muted ? I.muted : I.volume)}
        </button>
        <input
          type="range"
          class="volume"
          aria-label=${msg('Volume')}
          min="0"
          max="1"
          step="0.1"
          .value=${String(media.muted ? 0 : media.volume)}
          @input=${(e: Event) => ui.state.setVolume(Number((e.target as HTMLInputElement).value))}
        />
      </span>
      <button
        type="button"
        class="toggle"
        aria-expanded=${ui.panel === 'settings' ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => ui.openPanel('settings')}
      >
        ${msg('Instellingen')}
      </button>
      <button
        type="button"
        class="toggle"
        aria-expanded=${ui.panel === 'keys' ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => ui.openPanel('keys')}
      >
        <span aria-hidden="true">?</span> ${msg('Sneltoetsen')}
      </button>
      ${canFullscreen ? button(msg('Volledig scherm'), I.full, () => ui.run('fullscreen')) : nothing}
      <button type="button" class="toggle" data-mode @click=${() => ui.setMode('simple')}>
        ${msg('Eenvoudige knoppen')}
      </button>
    </div>
    <div id="panel" class="panel" ?hidden=${!ui.panel}>
      ${
        ui.panel === 'settings'
          ? settingsPanel(ui, v)
          : ui.panel === 'keys'
            ? shortcutsPanel()
            : nothing
      }
    </div>
  </div>`;
}
