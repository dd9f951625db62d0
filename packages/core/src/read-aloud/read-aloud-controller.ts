/**
 * Read aloud for one widget: a recorded audio file where the content has one (a key person's
 * voice beats a synthetic one), else on-device speech synthesis. Play, pause, stop, speed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickVoice } from './voices.js';
import { STORAGE_KEYS, readDevice, writeDevice } from '../storage/device-storage.js';
import { safeMediaUrl } from '../content/safe-url.js';

export type ReadAloudState = 'idle' | 'playing' | 'paused';

export interface ReadAloudItem {
  text: string;
  lang: string;
  /** A recorded audio file for this text; takes precedence over synthesis. */
  audio?: string;
}

export interface ReadAloudOptions {
  /** Injected for tests and for hosts that wrap speech; defaults to `window.speechSynthesis`. */
  synth?: SpeechSynthesis;
  /** Let the browser use voices that send text to a server (off by default). */
  allowRemoteVoices?: boolean;
  /** Called with the character index of the word being spoken (where supported). */
  onBoundary?: (charIndex: number, charLength: number) => void;
}

export const SPEECH_RATES = [0.75, 1, 1.25] as const;

export class ReadAloudController implements ReactiveController {
  state: ReadAloudState = 'idle';
  /** Which item is being read (index into the last `play` call's items). */
  current = -1;
  #audio?: HTMLAudioElement;
  #queue: ReadAloudItem[] = [];
  #run = 0;
  readonly #synth: SpeechSynthesis | undefined;
  readonly #onVoicesChanged = () => this.#host.requestUpdate();

  readonly #host: ReactiveControllerHost;
  readonly #options: ReadAloudOptions;

  constructor(host: ReactiveControllerHost, options: ReadAloudOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.#synth = options.synth ?? globalThis.speechSynthesis;
    host.addController(this);
  }

  hostConnected(): void {
    this.#synth?.addEventListener?.('voiceschanged', this.#onVoicesChanged);
  }

  hostDisconnected(): void {
    this.#synth?.removeEventListener?.('voiceschanged', this.#onVoicesChanged);
    this.stop();
  }

  get rate(): number {
    const stored = Number(readDevice(STORAGE_KEYS.speechRate));
    return SPEECH_RATES.includes(stored as (typeof SPEECH_RATES)[number]) ? stored : 1;
  }

  set rate(value: number) {
    writeDevice(STORAGE_KEYS.speechRate, String(value));
    if (this.#audio) this.#audio.playbackRate = value;
    this.#host.requestUpdate();
  }

  /** Can this item be read: a recorded file, or an allowed voice for its language? */
  canRead(item: Pick<ReadAloudItem, 'lang' | 'audio'>): boolean {
    if (safeMediaUrl(item.audio)) return true;
    return this.voiceFor(item.lang) !== undefined;
  }

  voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const voices = this.#synth?.getVoices() ?? [];
    return pickVoice(voices, lang, { allowRemote: this.#options.allowRemoteVoices });
  }

  /** Read the items in order; a new call replaces what was playing. */
  play(items: ReadAloudItem | ReadAloudItem[]): void {
    this.stop();
    this.#queue = (Array.isArray(items) ? items : [items]).filter(
      (item) => item.text.trim() || item.audio,
    );
    this.#run++;
    this.#next(this.#run, 0);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    if (this.#audio) this.#audio.pause();
    else this.#synth?.pause();
    this.#setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    if (this.#audio) void this.#audio.play();
    else this.#synth?.resume();
    this.#setState('playing');
  }

  stop(): void {
    this.#run++;
    this.#audio?.pause();
    this.#audio = undefined;
    if (this.state !== 'idle') this.#synth?.cancel();
    this.current = -1;
    this.#setState('idle');
  }

  #next(run: number, index: number): void {
    if (run !== this.#run) return;
    const item = this.#queue[index];
    if (!item) {
      this.current = -1;
      this.#setState('idle');
      return;
    }
    this.current = index;
    this.#setState('playing');
    const done = () => this.#next(run, index + 1);
    const audioUrl = safeMediaUrl(item.audio);
    if (audioUrl) {
      const audio = new Audio(audioUrl);
      audio.playbackRate = this.rate;
      audio.addEventListener('ended', done, { once: true });
      // A broken recording falls back to the synthetic voice (once, from whichever says so first).
      let fellBack = false;
      const fallBack = () => {
        if (fellBack || run !== this.#run) return;
        fellBack = true;
        this.#speak(item, run, done);
      };
      audio.addEventListener('error', fallBack, { once: true });
      this.#audio = audio;
      audio.play().catch(fallBack);
      return;
    }
    this.#speak(item, run, done);
  }

  #speak(item: ReadAloudItem, run: number, done: () => void): void {
    this.#audio = undefined;
    const voice = this.voiceFor(item.lang);
    if (!this.#synth || !voice || !item.text.trim()) {
      done();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = voice.lang;
    // Only a real engine's voice object can be set; an injected engine picks by `lang`.
    if (voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
    utterance.rate = this.rate;
    utterance.addEventListener('end', () => run === this.#run && done());
    utterance.addEventListener('error', () => run === this.#run && done());
    utterance.addEventListener('boundary', (event) => {
      if (run === this.#run) this.#options.onBoundary?.(event.charIndex, event.charLength ?? 0);
    });
    this.#synth.speak(utterance);
  }

  #setState(state: ReadAloudState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
