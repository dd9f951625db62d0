import { css } from 'lit';

/** The shadow DOM: the filters (chrome). */
export const styles = css`
  form {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
    margin-block-end: var(--_space);
  }
  label,
  legend {
    font-weight: 600;
    display: block;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375rem;
    margin: 0;
  }
  .error {
    color: var(--_warning);
    font-weight: 600;
    margin: 0;
  }
  input:not([type]),
  input[type='search'],
  select {
    inline-size: 100%;
    max-inline-size: 24rem;
    padding-inline: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_warning);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .topics {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem;
    /* A topic's name breaks between words, not inside one ("Gezondhei/d", issue #26): the
       host's overflow-wrap: anywhere lets a flex item shrink below its longest word. */
    overflow-wrap: break-word;
  }
  .topics legend {
    margin-block-end: 0.5rem;
  }
  .topic,
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
    min-block-size: var(--_target);
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .topic:has(:checked) {
    outline: 3px solid var(--_primary);
    font-weight: 600;
  }
  .topic svg {
    inline-size: 2rem;
    block-size: 2rem;
    flex: none;
    color: var(--_primary);
  }
  input[type='radio'],
  input[type='checkbox'] {
    min-inline-size: 1.25rem;
    min-block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .check {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .topic:has(:checked) {
      outline-color: Highlight;
    }
    .topic svg {
      color: CanvasText;
    }
  }
`;
