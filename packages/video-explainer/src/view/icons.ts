import { html } from 'lit';

/** Paths of the player's icons (24 × 24). */
export const ICONS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  back: 'M11 6v12L3 12zm9 0v12l-8-6z',
  forward: 'M4 6v12l8-6zm9 0v12l8-6z',
  prev: 'M6 6h2v12H6zm3 6 9 6V6z',
  next: 'M16 6h2v12h-2zM6 18l9-6-9-6z',
  volume: 'M4 9v6h4l5 5V4L8 9zm12 3a4 4 0 0 0-2-3.5v7a4 4 0 0 0 2-3.5z',
  muted:
    'M4 9v6h4l5 5V4L8 9zm17 .4L19.6 8 17 10.6 14.4 8 13 9.4l2.6 2.6-2.6 2.6 1.4 1.4 2.6-2.6 2.6 2.6 1.4-1.4-2.6-2.6z',
  full: 'M5 5h5v2H7v3H5zm9 0h5v5h-2V7h-3zM5 14h2v3h3v2H5zm12 0h2v5h-5v-2h3z',
  repeat: 'M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z',
  cc: 'M3 5h18v14H3zm2 2v10h14V7zm2 3h4v1.5H8.5v1H11V14H7zm6 0h4v1.5h-2.5v1H17V14h-4z',
};

export const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;
