/**
 * Text audio description: at each description cue the video pauses, the cue is spoken (on the
 * device) and the video plays on when it is done. Without a voice for the language the cue is
 * announced to screen readers instead. The speech code loads when the resident turns it on.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ReadAloudController } from '@wegwijs/core/read-aloud/read-aloud-controller';
import { cueAt, type Cue } from '../vtt.js';

export class AudioDescription {
  readonly #host: ReactiveControllerHost;
  #speech?: ReadAloudController;
  /** Cues spoken since the last seek or language switch. */
  readonly #spoken = new Set<Cue>();
  /** Turned on by the resident. */
  on = false;
  /** Speaking now, with the video paused for it. */
  #speaking = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  toggle(): void {
    this.on = !this.on;
    if (this.on) void this.#loadSpeech();
  }

  async #loadSpeech(): Promise<void> {
    const { ReadAloudController } = await import('@wegwijs/core/read-aloud/read-aloud-controller');
    this.#speech ??= new ReadAloudController(this.#host);
  }

  /** Speak again from here (after a seek or a language switch). */
  reset(): void {
    this.#spoken.clear();
  }

  /** The video reached time t: speak the cue there, once. */
  timeChanged(
    video: HTMLVideoElement,
    cues: Cue[],
    lang: string,
    t: number,
    announce: (text: string) => void,
  ): void {
    if (!this.on || video.paused) return;
    const cue = cueAt(cues, t);
    const speech = this.#speech; // until it has loaded, the cue is tried again on the next update
    if (!cue || !speech || this.#spoken.has(cue)) return;
    this.#spoken.add(cue);
    const item = { text: cue.text, lang };
    if (speech.canRead(item)) {
      // Pause while the description is spoken; play on when it is done (resumeWhenDone).
      video.pause();
      this.#speaking = true;
      speech.play(item);
    } else {
      announce(cue.text);
    }
  }

  /** After each update: play on once the description has been spoken. */
  resumeWhenDone(video: HTMLVideoElement): void {
    if (this.#speaking && this.#speech?.state === 'idle') {
      this.#speaking = false;
      video.play().catch(() => undefined);
    }
  }

  /** The resident pressed play or pause: stop speaking. */
  interrupt(): void {
    if (!this.#speaking) return;
    this.#speaking = false;
    this.#speech?.stop();
  }
}
