import { css } from 'lit';

/** The letter form (after formControlStyles): fields side by side, the marked letter, the choices. */
export const styles = css`
  button[aria-pressed='true'] {
    background: CanvasText;
    color: Canvas;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
    min-inline-size: 0;
  }
  textarea,
  input:not([type='checkbox']) {
    max-inline-size: 100%;
    padding: 0.25rem;
    border: 1px solid #595959;
  }
  textarea.letter {
    min-block-size: 12rem;
  }
  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
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
  .problems .error {
    color: #b00020;
    font-weight: 700;
  }
  .problems .warning {
    color: #7a4d00;
  }
  .letter-marked {
    white-space: pre-wrap;
    border: 1px solid #767676;
    padding: 0.5rem 0.75rem;
    /* No inner scrolling: a scrollable box needs keyboard focus (axe scrollable-region-focusable),
       and at 400 % zoom the page's own scroll is easier to use. */
  }
  mark {
    color: inherit;
    background: #fff3b0;
    border-block-end: 2px dashed currentColor;
  }
  mark.confirmed {
    background: #cde8cf;
    border-block-end-style: solid;
  }
  mark.removed {
    background: transparent;
    border-block-end: 1px dotted #767676;
  }
  mark.deadline {
    outline: 2px solid #7a4d00;
  }
  .findings {
    list-style: none;
    padding: 0;
  }
  .findings li {
    border-block-end: 1px solid #c4c4c4;
    padding-block: 0.5rem;
  }
  .findings p {
    margin-block: 0 0.25rem;
  }
  .choice-buttons {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  fieldset {
    border: 1px solid #767676;
    margin-block: 0 1rem;
    padding: 0.5rem 1rem 1rem;
  }
  legend {
    font-weight: 700;
  }
  .choice {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    margin-inline-end: 1rem;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
