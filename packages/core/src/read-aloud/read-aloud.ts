import { html, css, nothing } from 'lit';
import { msg, str } from '../locale/msg.js';
import { endonym } from '../locale/endonyms.js';
import { primaryLanguage } from '../locale/locales.js';
import { WegwijsElement } from '../base/wegwijs-element.js';
import { ReadAloudController, SPEECH_RATES, type ReadAloudItem } from './read-aloud-controller.js';
import { speakerIcon } from './speaker-icon.js';
import { VOICELESS_LANGUAGES } from './voiceless-languages.js';

/**
 * A read-aloud button for a text or a list of texts. It plays the recorded audio when there is
 * one, else an on-device voice for the text's language; with neither it renders nothing.
 *
 * @tagname wegwijs-read-aloud
 * @summary Read a text aloud: recorded audio first, on-device speech otherwise.
 * @csspart button - The play/pause button.
 * @csspart stop - The stop button (while reading).
 * @csspart speed - The speed select (with `show-speed`).
 * @cssprop --wegwijs-primary-background - Button background.
 */
export class WegwijsReadAloud extends WegwijsElement {
  static override styles = [
    WegwijsElement.styles,
    css`
      :host {
        display: inline-block;
      }
      .no-voice {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin: 0;
        color: var(--_muted, inherit);
      }
      .no-voice svg {
        flex: none;
        inline-size: 1.25em;
        block-size: 1.25em;
      }
      .controls {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        padding-block: 0.5rem;
        padding-inline: 0.75rem;
        border: 2px solid var(--_primary);
        border-radius: var(--_radius);
        background: var(--_background);
        color: var(--_primary);
        cursor: pointer;
      }
      button[data-state='playing'] {
        background: var(--_primary);
        color: var(--_on-primary);
      }
      svg {
        inline-size: 1.25em;
        block-size: 1.25em;
        flex: none;
      }
      :host(:dir(rtl)) svg {
        transform: scaleX(-1);
      }
      @media (forced-colors: active) {
        button {
          border-color: ButtonText;
        }
      }
    `,
  ];

  // Declared statically, not with decorators: no decorator runtime in core elements' file.
  static override properties = {
    text: {},
    textLang: { attribute: 'text-lang' },
    audio: {},
    items: { attribute: false },
    label: {},
    showSpeed: { type: Boolean, attribute: 'show-speed' },
    allowRemoteVoices: { type: Boolean, attribute: 'allow-remote-voices' },
    synth: { attribute: false },
  };

  /** The text to read. */
  text = '';
  /** The language of the text (BCP 47); defaults to the page locale. */
  textLang?: string;
  /** A recorded audio file of the same text. */
  audio?: string;
  /** Several texts to read in order (overrides `text`). */
  items?: ReadAloudItem[];
  /** An accessible name that says what is read, e.g. "Lees stap 2 voor". */
  label?: string;
  /** Show the speed choice. */
  showSpeed = false;
  /** Let the browser use voices that send the text to a server (off: privacy). */
  allowRemoteVoices = false;
  /** Injected speech engine (tests, or a host that wraps speech). */
  synth?: SpeechSynthesis;

  private reader?: ReadAloudController;

  private get controller(): ReadAloudController {
    if (!this.reader) {
      this.reader = new ReadAloudController(this, {
        synth: this.synth,
        allowRemoteVoices: this.allowRemoteVoices,
      });
    }
    return this.reader;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.controller;
  }

  get state() {
    return this.controller.state;
  }

  private get queue(): ReadAloudItem[] {
    if (this.items?.length) return this.items;
    const lang = this.textLang ?? this.localeController.locale;
    return [{ text: this.text, lang, audio: this.audio }];
  }

  /** Start, pause or resume. */
  toggle(): void {
    const reader = this.controller;
    if (reader.state === 'playing') reader.pause();
    else if (reader.state === 'paused') reader.resume();
    else reader.play(this.queue);
  }

  stop(): void {
    this.controller.stop();
  }

  /**
   * No voice and no recording for the text's language, while the device has voices for other
   * languages (nearly always so for Tigrinya): say so, and which languages it can read, rather
   * than let the button vanish without a word (#26). With no voices at all (yet) it stays empty.
   */
  private renderNoVoice() {
    const voices = (this.synth ?? globalThis.speechSynthesis)?.getVoices?.() ?? [];
    const usable = voices.filter((voice) => this.allowRemoteVoices || voice.localService);
    const lang = this.queue[0]?.lang ?? this.localeController.locale;
    // No voices (yet) may mean they are still loading; a language no device speaks will not
    // get one, so say it at once (Tigrinya, Somali: device-voices.json of the content pack).
    const voiceless = VOICELESS_LANGUAGES.includes(primaryLanguage(lang));
    if (!usable.length && !voiceless) return nothing;
    const ui = this.localeController.uiLocale;
    const name = endonym(lang);
    const others = [...new Set(usable.map((voice) => primaryLanguage(voice.lang)))].map(endonym);
    const list = new Intl.ListFormat(ui, { type: 'conjunction' }).format(others);
    return html`<p part="no-voice" class="no-voice" dir=${this.localeController.dir} lang=${ui}>
      ${speakerIcon}<span
        >${msg(str`Voorlezen in ${name} kan niet: dit apparaat heeft geen stem voor deze taal.`)}
        ${usable.length ? msg(str`Wel in: ${list}.`) : nothing}</span
      >
    </p>`;
  }

  override render() {
    const reader = this.controller;
    if (!this.queue.some((item) => reader.canRead(item))) return this.renderNoVoice();
    const state = reader.state;
    const action =
      state === 'playing'
        ? msg('Pauzeer')
        : state === 'paused'
          ? msg('Verder voorlezen')
          : msg('Lees voor');
    return html`<span
      class="controls"
      dir=${this.localeController.dir}
      lang=${this.localeController.uiLocale}
    >
      <button
        type="button"
        part="button"
        data-state=${state}
        aria-label=${this.label && state === 'idle' ? this.label : nothing}
        @click=${this.toggle}
      >
        ${speakerIcon}<span>${action}</span>
      </button>
      ${
        state === 'idle'
          ? nothing
          : html`<button type="button" part="stop" @click=${this.stop}>${msg('Stop')}</button>`
      }
      ${
        this.showSpeed
          ? html`<label
              >${msg('Snelheid')}
              <select
                part="speed"
                @change=${(event: Event) => (reader.rate = Number((event.target as HTMLSelectElement).value))}
              >
                ${SPEECH_RATES.map(
                  (rate) =>
                    html`<option value=${rate} ?selected=${rate === reader.rate}>
                      ${new Intl.NumberFormat(this.localeController.uiLocale).format(rate)}×
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
    </span>`;
  }
}
