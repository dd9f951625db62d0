import { css } from 'lit';

/**
 * Styles for the helper rendered in the light DOM (so read-aloud tools, browser translation and
 * reader modes reach the text), scoped by tag, in `@layer wegwijs` so the host's own styles win.
 * Colours come from core's tokens, which the light DOM inherits from the host. As in the step
 * guide, the few rules that keep controls usable under a host's resets are unlayered.
 */
export const helperStyles = css`
  @layer wegwijs {
    wegwijs-question-helper .wegwijs-question-helper__in :focus-visible {
      box-shadow: 0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo);
    }
    wegwijs-question-helper .wegwijs-question-helper__bar,
    wegwijs-question-helper .wegwijs-question-helper__nav,
    wegwijs-question-helper .wegwijs-question-helper__actions,
    wegwijs-question-helper .wegwijs-question-helper__keep {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-block: var(--_space);
    }
    wegwijs-question-helper .wegwijs-question-helper__bar {
      justify-content: space-between;
    }
    /* core's notices: missing language, machine-assisted translation */
    wegwijs-question-helper [role='note'] {
      border-inline-start: 6px solid var(--_primary);
      padding-inline-start: 0.75rem;
      margin-block: 0.75rem;
    }
    wegwijs-question-helper .wegwijs-question-helper__missing p {
      margin-block: 0 0.5rem;
    }
    wegwijs-question-helper .wegwijs-question-helper__missing-link {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: 44px;
      min-inline-size: 44px;
      color: var(--_link);
    }
    wegwijs-question-helper .wegwijs-question-helper__private,
    wegwijs-question-helper .wegwijs-question-helper__letter {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin: 0;
    }
    wegwijs-question-helper .wegwijs-question-helper__progress,
    wegwijs-question-helper .wegwijs-question-helper__hint {
      color: var(--_muted);
    }
    wegwijs-question-helper .wegwijs-question-helper__error {
      color: var(--_warning);
      font-weight: 700;
    }
    wegwijs-question-helper .wegwijs-question-helper__in button,
    wegwijs-question-helper .wegwijs-question-helper__whatsapp {
      font: inherit;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_primary);
      text-decoration: none;
    }
    wegwijs-question-helper .wegwijs-question-helper__next,
    wegwijs-question-helper .wegwijs-question-helper__find {
      background: var(--_primary) !important;
      color: var(--_on-primary) !important;
    }
    wegwijs-question-helper .wegwijs-question-helper__domains {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 0.5rem;
      padding: 0;
      margin: 0;
      list-style: none;
    }
    wegwijs-question-helper .wegwijs-question-helper__domain {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.25rem;
      inline-size: 100%;
      block-size: 100%;
      text-align: center;
    }
    wegwijs-question-helper .wegwijs-question-helper__domain[aria-pressed='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
      outline: 3px solid var(--_primary);
      outline-offset: 2px;
    }
    wegwijs-question-helper .wegwijs-question-helper__pic {
      display: inline-block;
      inline-size: 2.5rem;
      block-size: 2.5rem;
      flex: none;
    }
    wegwijs-question-helper .wegwijs-question-helper__domain .wegwijs-question-helper__pic {
      inline-size: 3.5rem;
      block-size: 3.5rem;
    }
    wegwijs-question-helper .wegwijs-question-helper__pic svg {
      inline-size: 100%;
      block-size: 100%;
    }
    wegwijs-question-helper .wegwijs-question-helper__statement,
    wegwijs-question-helper .wegwijs-question-helper__option,
    wegwijs-question-helper .wegwijs-question-helper__check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      min-block-size: var(--_target);
    }
  }

  /* Unlayered: what keeps the controls usable under a host's resets. */
  wegwijs-question-helper [hidden] {
    display: none;
  }
  wegwijs-question-helper .wegwijs-question-helper__vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  wegwijs-question-helper button,
  wegwijs-question-helper a.wegwijs-question-helper__whatsapp {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.5rem 0.875rem;
    cursor: pointer;
  }
  wegwijs-question-helper button.wegwijs-question-helper__domain {
    display: flex;
  }
  wegwijs-question-helper button.wegwijs-question-helper__read svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  wegwijs-question-helper input[type='checkbox'],
  wegwijs-question-helper input[type='radio'] {
    appearance: auto;
    inline-size: max(1.5rem, 24px);
    block-size: max(1.5rem, 24px);
    flex: none;
  }
  wegwijs-question-helper :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  @media (forced-colors: active) {
    wegwijs-question-helper :focus-visible {
      outline-color: Highlight;
    }
    wegwijs-question-helper .wegwijs-question-helper__domain[aria-pressed='true'] {
      outline-color: Highlight;
    }
  }
`;
