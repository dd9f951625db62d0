import { css } from 'lit';
import { tokens } from '../theme/tokens.js';

/** What every widget shares: tokens, focus ring, forced colours, reduced motion. */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      color: var(--_color);
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :host(:lang(ar)),
    :host(:lang(fa)),
    [lang|='ar'],
    [lang|='fa'] {
      letter-spacing: normal;
    }
    :focus-visible {
      outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
      outline-offset: var(--_focus-offset);
      box-shadow: 0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo);
    }
    button,
    select,
    input {
      font: inherit;
      min-block-size: var(--_target);
      min-inline-size: var(--_target);
    }
    a {
      color: var(--_link);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .editor-notice {
      border: 3px dashed #b00020;
      background: #fff4f4;
      color: #5c0010;
      padding: 0.75rem 1rem;
      margin-block: 0 1rem;
      border-radius: var(--_radius);
      font-size: 0.9375rem;
    }
    .editor-notice ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .editor-notice li {
      white-space: pre-wrap;
    }
    .editor-notice code {
      font-family: ui-monospace, monospace;
      font-size: 0.8125rem;
    }
    .fallback {
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--_border);
      background: var(--_surface);
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
        box-shadow: none;
      }
      .editor-notice,
      .fallback {
        border-color: CanvasText;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
