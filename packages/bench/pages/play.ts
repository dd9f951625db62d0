import { deepVideos } from './rendered.js';

declare global {
  interface Window {
    /** Starts playback the way a resident would (a click on the player's play button). */
    __benchPlay?: () => Promise<void>;
  }
}

/** Resolves when any video on the page (also in shadow roots) shows moving frames. */
export function playing(timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (deepVideos().some((v) => !v.paused && v.currentTime > 0 && v.readyState >= 3)) resolve();
      else if (performance.now() - started > timeoutMs)
        reject(new Error('no video started playing'));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

export function definePlay(click: () => void): void {
  window.__benchPlay = async () => {
    click();
    await playing();
  };
}
