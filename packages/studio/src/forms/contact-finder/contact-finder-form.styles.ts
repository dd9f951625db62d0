import { css } from 'lit';

/** The contact list form (after formControlStyles): table, dialog and fields; reflow at 400 %. */
export const styles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 1rem;
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  th,
  td {
    border: 1px solid #767676;
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  th button.sort {
    border: 0;
    padding-inline: 0;
    font-weight: 700;
    background: transparent;
    color: inherit;
  }
  td.actions {
    white-space: nowrap;
  }
  td.actions button + button {
    margin-inline-start: 0.25rem;
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
  dialog {
    inline-size: min(60rem, 100% - 1rem);
    max-block-size: calc(100% - 1rem);
    padding: 1rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  fieldset {
    border: 1px solid #767676;
    margin-block: 0 1rem;
    padding: 0.5rem 1rem 1rem;
  }
  legend {
    font-weight: 700;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
    min-inline-size: 0;
  }
  .field input,
  .field textarea,
  .field select {
    max-inline-size: 100%;
    padding: 0.25rem;
    border: 1px solid #595959;
  }
  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: 0 1rem;
  }
  .choices .choice {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    margin-inline-end: 1rem;
    min-block-size: 2rem;
  }
  .hint,
  .code {
    margin: 0;
    color: #4a4a4a;
    font-size: 0.9em;
  }
  .required {
    font-weight: 400;
  }
  .status:empty {
    display: none;
  }
  .notes {
    border-inline-start: 4px solid #7a4d00;
    padding-inline-start: 0.75rem;
  }
  .dialog-actions {
    position: sticky;
    inset-block-end: 0;
    background: Canvas;
    padding-block: 0.5rem;
  }
`;
