/** What the player adds to the stage: the captions band and the sign-language window. */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { directionOf } from '@wegwijs/core/locale/locales';
import type { VideoVersion } from '../content.js';
import { cueAt } from '../vtt.js';
import type { PlayerUi } from './player-ui.js';

export function stageOverlay(ui: PlayerUi, v: VideoVersion, onSignLoaded: () => void) {
  const track = ui.tracks.captionTrack(v);
  const cues = ui.tracks.captionCues(v);
  const cue = cues && cueAt(cues, ui.state.video.currentTime);
  const { size, style, on } = ui.prefs;
  return html`${
    on && cues
      ? html`<div
          class="captions ${size} ${style}"
          part="captions"
          lang=${track!.lang}
          dir=${directionOf(track!.lang)}
        >
          ${cue ? html`<span>${cue.text}</span>` : nothing}
        </div>`
      : nothing
  }
  ${
    ui.sign && v.signLanguage
      ? html`<video
          class="sign"
          part="sign-language"
          src=${v.signLanguage}
          muted
          playsinline
          disablepictureinpicture
          preload="auto"
          aria-label=${msg('Gebarentaal (NGT)')}
          @loadedmetadata=${onSignLoaded}
        ></video>`
      : nothing
  }`;
}
