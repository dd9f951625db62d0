import { css } from 'lit';

/**
 * What every widget form in Studio shares: the host, native controls in the page's font,
 * buttons with a 44 px target that keep their colours in forced-colours mode, and a visible
 * focus ring.
 */
export const formControlStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border: 2px solid currentColor;
    border-radius: 4px;
    background: Canvas;
    color: CanvasText;
    cursor: pointer;
    min-block-size: 2.75rem;
  }
  :focus-visible {
    outline: 3px solid var(--wegwijs-focus-color, #1a4fd6);
    outline-offset: 2px;
  }
`;
