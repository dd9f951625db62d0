import { css } from 'lit';

/** The facade: title, language select, stage and the large play button. */
export const facadeStyles = css`
  .base {
    display: grid;
    gap: 0.5em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  /* The notice when no version is in the resident's language (core's missing-language). */
  .missing {
    border-inline-start: 6px solid var(--_primary, currentColor);
    padding-inline-start: 0.75em;
  }
  .missing p {
    margin-block: 0 0.5em;
  }
  /* "Made with a computer's help": smaller, in the text colour (a muted grey could fail 1.4.3). */
  .note {
    font-size: 0.9375rem;
    margin-block: 0 0.5em;
  }
  .missing-link {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    color: var(--_link);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
  }
  select,
  button {
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_background);
    color: var(--_color);
    cursor: pointer;
  }
  :host([mode='simple']) select {
    font-size: 1.25em;
    min-block-size: 3.5rem;
  }
  .stage {
    display: grid;
    background: var(--wegwijs-video-background, #000);
    color: #fff;
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .stage > * {
    grid-area: 1 / 1;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
  }
  .stage > .play {
    place-self: center;
    inline-size: auto;
    aspect-ratio: auto;
  }
  .play,
  [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: currentColor;
  }
  .play {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    padding: 0.5em 1em;
  }
  .play svg {
    inline-size: 1.5em;
    fill: currentColor;
  }
  @media (forced-colors: active) {
    .play,
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
