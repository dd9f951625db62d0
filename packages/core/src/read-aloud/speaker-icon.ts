import { html } from 'lit';

/** A speaker with sound waves; decorative (the button has words). */
export const speakerIcon = html`<svg
  viewBox="0 0 24 24"
  aria-hidden="true"
  focusable="false"
  fill="currentColor"
>
  <path
    d="M3 9v6h4l5 4V5L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"
  />
</svg>`;
