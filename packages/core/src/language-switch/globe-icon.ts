import { html } from 'lit';

/** A globe: the language symbol residents recognise without reading. Decorative. */
export const globeIcon = html`<svg
  viewBox="0 0 24 24"
  aria-hidden="true"
  focusable="false"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
>
  <circle cx="12" cy="12" r="9" />
  <path
    d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z"
  />
</svg>`;
