import { html } from 'lit';

/** The play triangle of the facade and the YouTube/Vimeo notice (the player has its own icons). */
export const PLAY_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M8 5v14l11-7z" />
</svg>`;
