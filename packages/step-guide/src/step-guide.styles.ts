import { css } from 'lit';

/**
 * Styles for the guide rendered in the light DOM (so read-aloud tools, browser translation and
 * reader modes reach the text). Adopted once into the document (or the shadow root the guide
 * lives in), scoped by tag, inside `@layer wegwijs` so the host's own styles win when they
 * want to. Colours come from core's tokens, which the host inherits from our shadow root.
 *
 * Except the few rules that keep the controls usable: display, minimum target size (WCAG 2.5.8),
 * padding, cursor, the focus outline, `hidden` and visually hidden text. They are unlayered and
 * scoped by tag (`wegwijs-step-guide button`: specificity 0,0,2 and up), so a host reset such as
 * `div, p, button, a { all: unset }` (0,0,1, unlayered) cannot shrink a button to its text.
 * Unlayered rules beat every layered one, so these properties are set only there.
 */
export const guideStyles = css`
  @layer wegwijs {
    wegwijs-step-guide .wegwijs-step-guide__in {
      --wsg-num: 2.75rem;
    }
    wegwijs-step-guide .wegwijs-step-guide__in :focus-visible {
      box-shadow: 0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo);
    }
    wegwijs-step-guide .wegwijs-step-guide__bar,
    wegwijs-step-guide .wegwijs-step-guide__tools,
    wegwijs-step-guide .wegwijs-step-guide__nav,
    wegwijs-step-guide .wegwijs-step-guide__views {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    wegwijs-step-guide .wegwijs-step-guide__bar {
      margin-block-end: var(--_space);
    }
    /* core's notices: missing language, machine-assisted translation */
    wegwijs-step-guide [role='note'] {
      border-inline-start: 6px solid var(--_primary);
      padding-inline-start: 0.75rem;
      margin-block-end: var(--_space);
    }
    wegwijs-step-guide .wegwijs-step-guide__missing p {
      margin-block: 0 0.5rem;
    }
    wegwijs-step-guide .wegwijs-step-guide__missing-link {
      display: inline-flex;
      align-items: center;
      box-sizing: border-box;
      min-block-size: 44px;
      min-inline-size: 44px;
      color: var(--_primary);
    }
    wegwijs-step-guide .wegwijs-step-guide__in button {
      font: inherit;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_primary);
    }
    wegwijs-step-guide .wegwijs-step-guide__in [aria-pressed='true'],
    wegwijs-step-guide .wegwijs-step-guide__in .wegwijs-step-guide__next {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    wegwijs-step-guide .wegwijs-step-guide__in button:disabled {
      opacity: 0.5;
    }
    wegwijs-step-guide .wegwijs-step-guide__steps {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    wegwijs-step-guide .wegwijs-step-guide__step {
      position: relative;
      display: grid;
      grid-template-columns: var(--wsg-num) minmax(0, 1fr);
      column-gap: 0.75rem;
      padding-block-end: var(--_space);
    }
    wegwijs-step-guide
      .wegwijs-step-guide__steps
      > .wegwijs-step-guide__step:not(:last-child)::before {
      content: '';
      position: absolute;
      inset-block: var(--wsg-num) 0;
      inset-inline-start: calc(var(--wsg-num) / 2 - 1.5px);
      border-inline-start: 3px solid var(--_border);
    }
    wegwijs-step-guide .wegwijs-step-guide__num {
      grid-row: 1 / span 3;
      display: grid;
      place-items: center;
      inline-size: var(--wsg-num);
      block-size: var(--wsg-num);
      border: 2px solid var(--_border);
      border-radius: 50%;
      background: var(--_background);
      font-weight: 700;
      print-color-adjust: exact;
    }
    wegwijs-step-guide [aria-current='step'] > .wegwijs-step-guide__num {
      background: var(--_primary);
      border-color: var(--_primary);
      color: var(--_on-primary);
    }
    wegwijs-step-guide [data-status='done'] > .wegwijs-step-guide__num {
      background: var(--_success);
      border-color: var(--_success);
      color: #fff;
    }
    wegwijs-step-guide [data-status='attention'] > .wegwijs-step-guide__num {
      border: 4px solid var(--_warning);
    }
    wegwijs-step-guide .wegwijs-step-guide__title {
      margin: 0;
      font-size: 1.25rem;
      line-height: 1.3;
      align-self: center;
    }
    wegwijs-step-guide .wegwijs-step-guide__in .wegwijs-step-guide__toggle {
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
      inline-size: 100%;
      border: 0;
      background: none;
      color: var(--_link);
      font-weight: 700;
      text-align: start;
    }
    wegwijs-step-guide .wegwijs-step-guide__toggle::after {
      content: '';
      flex: none;
      margin-inline-end: 0.5rem;
      padding: 0.25rem;
      border: solid currentColor;
      border-width: 0 3px 3px 0;
      transform: rotate(45deg);
    }
    wegwijs-step-guide .wegwijs-step-guide__toggle[aria-expanded='true']::after {
      transform: rotate(-135deg);
    }
    wegwijs-step-guide .wegwijs-step-guide__chip {
      display: inline-block;
      margin-inline-start: 0.5rem;
      padding: 0 0.5rem;
      border: 2px solid;
      border-radius: 1rem;
      font-size: 0.875rem;
      color: var(--_success);
    }
    wegwijs-step-guide .wegwijs-step-guide__chip[data-status='attention'] {
      color: var(--_warning);
    }
    wegwijs-step-guide .wegwijs-step-guide__rel {
      display: block;
      font-size: 1rem;
      font-style: italic;
      color: var(--_muted);
    }
    wegwijs-step-guide .wegwijs-step-guide__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-start;
      margin-block-start: 0.5rem;
    }
    wegwijs-step-guide .wegwijs-step-guide__pic {
      flex: none;
      inline-size: 4rem;
      block-size: 4rem;
      color: var(--_primary);
      object-fit: contain;
    }
    wegwijs-step-guide .wegwijs-step-guide__pic svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    wegwijs-step-guide .wegwijs-step-guide__body {
      flex: 1 1 12rem;
      min-inline-size: 0;
    }
    wegwijs-step-guide .wegwijs-step-guide__body > :first-child,
    wegwijs-step-guide .wegwijs-step-guide__text > :first-child {
      margin-block-start: 0;
    }
    wegwijs-step-guide .wegwijs-step-guide__bring {
      padding: 0.5rem 1rem;
      margin-block: 0.75rem;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    wegwijs-step-guide .wegwijs-step-guide__bring ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    wegwijs-step-guide .wegwijs-step-guide__act {
      align-items: center;
      margin-block: 0.25rem 0.75rem;
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 700;
    }
    /* A phone number never breaks over two lines ("020 123 45 / 67", issue #26). */
    wegwijs-step-guide .wegwijs-step-guide__act bdi {
      white-space: nowrap;
    }
    wegwijs-step-guide .wegwijs-step-guide__check {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: var(--_target);
      cursor: pointer;
    }
    wegwijs-step-guide .wegwijs-step-guide__check input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--_success);
    }
    wegwijs-step-guide .wegwijs-step-guide__one {
      touch-action: pan-y;
    }
    wegwijs-step-guide .wegwijs-step-guide__one .wegwijs-step-guide__step {
      display: block;
      padding: var(--_space);
      margin-block: 0.5rem var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    wegwijs-step-guide .wegwijs-step-guide__one .wegwijs-step-guide__title {
      font-size: 1.5rem;
    }
    wegwijs-step-guide .wegwijs-step-guide__one .wegwijs-step-guide__pic {
      inline-size: min(9rem, 40vw);
      block-size: min(9rem, 40vw);
    }
    wegwijs-step-guide .wegwijs-step-guide__progress {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
    }
    wegwijs-step-guide .wegwijs-step-guide__nav button {
      flex: 1 1 8rem;
      font-size: 1.25rem;
      font-weight: 700;
    }
    @media (forced-colors: active) {
      wegwijs-step-guide .wegwijs-step-guide__num,
      wegwijs-step-guide .wegwijs-step-guide__chip {
        border-color: CanvasText;
      }
      wegwijs-step-guide [aria-current='step'] > .wegwijs-step-guide__num,
      wegwijs-step-guide .wegwijs-step-guide__in [aria-pressed='true'] {
        outline: 4px double CanvasText;
      }
      wegwijs-step-guide .wegwijs-step-guide__in :focus-visible {
        box-shadow: none;
      }
    }
    @media print {
      wegwijs-step-guide .wegwijs-step-guide__bar,
      wegwijs-step-guide .wegwijs-step-guide__tools,
      wegwijs-step-guide .wegwijs-step-guide__nav,
      wegwijs-step-guide .wegwijs-step-guide__toggle::after {
        display: none !important;
      }
      wegwijs-step-guide .wegwijs-step-guide__body[hidden] {
        display: block !important;
      }
      wegwijs-step-guide .wegwijs-step-guide__step {
        break-inside: avoid;
      }
      wegwijs-step-guide a.wegwijs-step-guide__act[href^='http']::after {
        content: ' (' attr(href) ')';
        font-weight: 400;
      }
    }
  }

  /* Unlayered: what keeps the controls usable under a host's resets (see above). */
  wegwijs-step-guide [hidden] {
    display: none;
  }
  wegwijs-step-guide .wegwijs-step-guide__vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  wegwijs-step-guide button {
    display: inline-block;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.5rem 0.875rem;
    cursor: pointer;
  }
  wegwijs-step-guide button:disabled {
    cursor: default;
  }
  wegwijs-step-guide button.wegwijs-step-guide__toggle {
    display: flex;
    padding-inline: 0;
  }
  wegwijs-step-guide .wegwijs-step-guide__nav button {
    min-block-size: 3.5rem;
  }
  wegwijs-step-guide a.wegwijs-step-guide__act {
    display: inline-flex;
    min-block-size: var(--_target);
    padding: 0.5rem 1rem;
    cursor: pointer;
  }
  wegwijs-step-guide :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  @media (forced-colors: active) {
    wegwijs-step-guide :focus-visible {
      outline-color: Highlight;
    }
  }
`;
