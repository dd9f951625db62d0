/** The panels under the control bar: settings (speed, captions) and the shortcut list. */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import type { VideoVersion } from '../content.js';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { SIZES, SPEEDS, STYLES } from './settings.js';
import { SHORTCUTS, keyLabel } from './shortcuts.js';
import type { PlayerUi } from './player-ui.js';

const select = <T>(
  label: string,
  values: readonly T[],
  current: T,
  text: (value: T) => unknown,
  change: (value: T) => void,
) =>
  html`<label
    >${label}
    <select @change=${(e: Event) => change(values[(e.target as HTMLSelectElement).selectedIndex]!)}>
      ${values.map((value) => html`<option ?selected=${value === current}>${text(value)}</option>`)}
    </select></label
  >`;

export function settingsPanel(ui: PlayerUi, v: VideoVersion) {
  return html`${select(
    msg('Snelheid'),
    SPEEDS,
    ui.state.snapshot.rate,
    (r) => ui.rate(r),
    (r) => ui.state.setRate(r),
  )}
  ${
    v.captions.length > 1
      ? select(
          msg('Taal van de ondertiteling'),
          v.captions,
          ui.tracks.captionTrack(v)!,
          (c) => c.label ?? endonym(c.lang),
          (c) => ui.chooseCaptions(v, c),
        )
      : nothing
  }
  ${select(
    msg('Grootte van de ondertiteling'),
    SIZES,
    ui.prefs.size,
    (s) => ({ s: msg('Klein'), m: msg('Normaal'), l: msg('Groot'), xl: msg('Heel groot') })[s],
    (size) => ui.setPrefs({ size }),
  )}
  ${select(
    msg('Kleuren van de ondertiteling'),
    STYLES,
    ui.prefs.style,
    (s) =>
      ({
        dark: msg('Wit op zwart'),
        yellow: msg('Geel op zwart'),
        light: msg('Zwart op wit'),
      })[s],
    (style) => ui.setPrefs({ style }),
  )}`;
}

/** The shortcut list, from the same table the key handler reads. */
export function shortcutsPanel() {
  return html`<p>${msg('Sneltoetsen werken als de speler de focus heeft.')}</p>
    <dl class="keys">
      ${SHORTCUTS.map(
        ({ keys, what }) =>
          html`<div>
            <dt>
              ${keys.map((k, i) => html`${i ? ' / ' : ''}<kbd dir="ltr">${keyLabel(k)}</kbd>`)}
            </dt>
            <dd>${what()}</dd>
          </div>`,
      )}
    </dl>`;
}
