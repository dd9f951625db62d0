import { css } from 'lit';

/**
 * Styles of the steps after the first screen (statements, "how do you want help", the card and
 * its full-screen dialog, print), adopted by later-steps.ts when it loads, next to
 * view.styles.ts (same layer, same scoping). Rules that the first screen shares with these
 * steps (buttons, pictograms, the bar of actions) stay in view.styles.ts.
 */
export const laterStepStyles = css`
  @layer wegwijs {
    wegwijs-question-helper .wegwijs-question-helper__group {
      margin-block: var(--_space);
      padding: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    wegwijs-question-helper .wegwijs-question-helper__group legend {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: 700;
    }
    wegwijs-question-helper .wegwijs-question-helper__statements {
      padding: 0;
      margin: 0;
      list-style: none;
    }
    wegwijs-question-helper .wegwijs-question-helper__statements li {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      justify-content: space-between;
      padding-block: 0.25rem;
    }
    wegwijs-question-helper .wegwijs-question-helper__field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block: var(--_space);
    }
    wegwijs-question-helper .wegwijs-question-helper__field label {
      font-weight: 700;
    }
    wegwijs-question-helper .wegwijs-question-helper__field :is(select, textarea, input) {
      font: inherit;
      max-inline-size: 30rem;
      padding: 0.5rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    wegwijs-question-helper .wegwijs-question-helper__halves {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: var(--_space);
    }
    wegwijs-question-helper .wegwijs-question-helper__half {
      padding: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    wegwijs-question-helper .wegwijs-question-helper__half :is(h3, h4, h5, h6) {
      margin-block: 0.75rem 0.25rem;
    }
    wegwijs-question-helper .wegwijs-question-helper__langname,
    wegwijs-question-helper .wegwijs-question-helper__note {
      font-weight: 400;
    }
    wegwijs-question-helper .wegwijs-question-helper__own {
      margin: 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 4px solid var(--_border);
      font-style: italic;
    }
    wegwijs-question-helper .wegwijs-question-helper__dialog {
      inline-size: 100vw;
      max-inline-size: 100vw;
      block-size: 100vh;
      max-block-size: 100vh;
      margin: 0;
      padding: var(--_space);
      border: 0;
      background: var(--_background);
      color: inherit;
      font-size: 1.25em;
    }
    @media print {
      wegwijs-question-helper
        :is(
          .wegwijs-question-helper__bar,
          .wegwijs-question-helper__nav,
          .wegwijs-question-helper__actions,
          .wegwijs-question-helper__keep,
          .wegwijs-question-helper__hint,
          .wegwijs-question-helper__find,
          .wegwijs-question-helper__progress
        ) {
        display: none !important;
      }
      wegwijs-question-helper .wegwijs-question-helper__half {
        break-inside: avoid;
      }
    }
  }
`;
