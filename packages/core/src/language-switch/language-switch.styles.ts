import { css } from 'lit';

export const languageSwitchStyles = css`
  :host {
    display: block;
  }
  .switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  label,
  .legend {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 600;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  select {
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_color);
    max-inline-size: 100%;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul button {
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_primary);
    cursor: pointer;
  }
  ul button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    ul button[aria-pressed='true'] {
      border-width: 4px;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
