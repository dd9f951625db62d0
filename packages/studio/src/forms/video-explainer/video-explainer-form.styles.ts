import { css } from 'lit';

/** The video form (after formControlStyles): language cards side by side, one column at 400 %. */
export const styles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .versions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
    gap: 1rem;
    align-items: start;
  }
  .version {
    border: 2px solid #767676;
    border-radius: 4px;
    padding: 0.5rem 1rem 1rem;
    min-inline-size: 0;
  }
  .version.missing {
    border-style: dashed;
  }
  h3 {
    margin-block: 0.25rem 0.75rem;
  }
  .field,
  .vtt-field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
    min-inline-size: 0;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    max-inline-size: 100%;
    padding: 0.25rem;
    border: 1px solid #595959;
    box-sizing: border-box;
  }
  input[type='text'],
  textarea {
    inline-size: 100%;
  }
  .vtt-text {
    font-family: ui-monospace, monospace;
  }
  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    gap: 0 1rem;
  }
  .hint {
    margin: 0;
    color: #4a4a4a;
    font-size: 0.9em;
  }
  .required {
    font-weight: 400;
  }
  .problems {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .error {
    color: #b00020;
    font-weight: 700;
  }
  .warning {
    color: #7a4d00;
  }
  .vtt-ok {
    color: #1d6b2c;
    margin: 0.25rem 0 0;
  }
  .vtt-problems p {
    margin: 0.25rem 0 0;
  }
  details {
    margin-block: 0.5rem;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  fieldset {
    border: 1px solid #767676;
    margin-block: 0.5rem 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .choice {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  ol.sources,
  ol.captions {
    padding-inline-start: 1.25rem;
  }
  li.caption {
    border-block-end: 1px solid #c4c4c4;
    padding-block-end: 0.75rem;
    margin-block-end: 0.75rem;
  }
  button.danger {
    color: #b00020;
    border-color: #b00020;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
