import { css } from 'lit';

/** The full player's styles, added to the shadow root when the player loads. */
export const playerStyles = css`
  .stage:has(.sign) {
    grid-template-columns: 3fr 1fr;
  }
  .sign {
    grid-area: 1 / 2;
    inline-size: 100%;
    align-self: start;
    background: #333;
  }
  .captions {
    grid-column: 1 / -1;
    min-block-size: 2.5em;
    padding: 0.25em 0.5em;
    text-align: center;
    white-space: pre-line;
    background: #000;
    color: #fff;
    font-size: 1.125em;
  }
  .captions.s {
    font-size: 0.9em;
  }
  .captions.l {
    font-size: 1.5em;
  }
  .captions.xl {
    font-size: 2em;
  }
  .captions.yellow {
    color: #ff0;
  }
  .captions.light {
    background: #fff;
    color: #000;
  }
  .bar,
  .simple {
    display: grid;
    gap: 0.5em;
  }
  .row,
  .pair {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    padding: 0.25em;
  }
  svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: currentColor;
  }
  input,
  progress {
    accent-color: var(--_primary);
  }
  .seek {
    flex: 1 1 8em;
    min-inline-size: 6em;
  }
  .volume {
    inline-size: 6em;
  }
  .time {
    font-variant-numeric: tabular-nums;
  }
  .chapter {
    font-weight: 700;
  }
  .panel {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .panel[hidden] {
    display: none;
  }
  .panel label {
    display: grid;
    gap: 0.25em;
  }
  .panel p {
    flex-basis: 100%;
    margin: 0;
  }
  .keys div {
    display: flex;
    gap: 0.75em;
  }
  .keys dt {
    min-inline-size: 7em;
  }
  .keys,
  .keys dd {
    margin: 0;
  }
  kbd {
    font-family: ui-monospace, monospace;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding-inline: 0.3em;
  }
  .simple {
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
  }
  .big {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    min-block-size: 4rem;
  }
  .big svg {
    inline-size: 2em;
    block-size: 2em;
  }
  .simple progress {
    grid-column: 1 / -1;
    inline-size: 100%;
  }
  .link {
    grid-column: 1 / -1;
    justify-self: start;
    border: 0;
    background: none;
    color: var(--_link);
    text-decoration: underline;
  }
  .fault {
    padding: 0.5em 1em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .fault p {
    margin: 0.25em 0;
  }
  .base:fullscreen {
    overflow: auto;
    padding: var(--_space);
    background: var(--_background);
  }
  .base:fullscreen .stage > video {
    max-block-size: 75vh;
  }
  @media (forced-colors: active) {
    .captions {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
