/**
 * The media state mediator (as media-chrome's): the video's events become one snapshot that
 * the views read, and the views change the video only through these actions.
 */
import { SPEEDS } from './settings.js';

/** What the controls show, read from the video at render time. */
export interface MediaSnapshot {
  readonly paused: boolean;
  readonly currentTime: number;
  /** NaN or Infinity until known, as the video reports it. */
  readonly duration: number;
  readonly muted: boolean;
  readonly volume: number;
  readonly rate: number;
}

export interface MediaEvents {
  /** Anything the controls show changed. */
  changed(): void;
  timeChanged(time: number): void;
  playingChanged(playing: boolean): void;
  seeked(): void;
  failed(): void;
}

export class PlayerState {
  readonly video: HTMLVideoElement;
  /** Playing (between `play` and `pause`/`ended`). */
  playing: boolean;
  /** The last reported play position (kept across a language switch). */
  lastTime = 0;

  constructor(video: HTMLVideoElement, events: MediaEvents) {
    this.video = video;
    // The player may come in after the video started (its first render waits for that).
    this.playing = !video.paused;
    // The resident interacted: the duration and chapter seeking need the metadata (a few kB).
    if (video.preload === 'none') video.preload = 'metadata';
    for (const type of ['durationchange', 'volumechange', 'ratechange', 'loadedmetadata']) {
      video.addEventListener(type, () => events.changed());
    }
    video.addEventListener('timeupdate', () => {
      this.lastTime = video.currentTime;
      events.timeChanged(this.lastTime);
    });
    const playing = (value: boolean) => () => {
      this.playing = value;
      events.playingChanged(value);
    };
    video.addEventListener('play', playing(true));
    video.addEventListener('pause', playing(false));
    video.addEventListener('ended', playing(false));
    video.addEventListener('seeked', () => events.seeked());
    video.addEventListener('error', () => events.failed());
  }

  get snapshot(): MediaSnapshot {
    const v = this.video;
    return {
      paused: v.paused,
      currentTime: v.currentTime,
      duration: v.duration,
      muted: v.muted,
      volume: v.volume,
      rate: v.playbackRate,
    };
  }

  play(): void {
    this.video.play().catch(() => undefined);
  }

  pause(): void {
    this.video.pause();
  }

  /** Seek (clamped to the video), optionally playing from there. */
  seek(time: number, play = false): void {
    const video = this.video;
    video.currentTime = Math.max(0, Math.min(time, video.duration || time));
    if (play && video.paused) this.play();
  }

  /** Seek by a number of seconds; returns the new position. */
  skip(seconds: number): number {
    this.seek(this.video.currentTime + seconds);
    return this.video.currentTime;
  }

  setRate(rate: number): void {
    this.video.playbackRate = rate;
  }

  /** One step slower (-1) or faster (1) through SPEEDS; returns the new rate. */
  stepRate(step: number): number {
    const index = SPEEDS.indexOf(this.video.playbackRate);
    const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (index < 0 ? 1 : index) + step))]!;
    this.setRate(next);
    return next;
  }

  toggleMuted(): void {
    this.video.muted = !this.video.muted;
  }

  setVolume(volume: number): void {
    this.video.volume = volume;
    this.video.muted = volume === 0;
  }
}
