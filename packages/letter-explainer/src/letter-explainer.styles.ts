import { css, unsafeCSS } from 'lit';

/** Shadow DOM: only the frame; the resident's text lives in the light DOM (slotted). */
export const shadowStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
`;

/** The tag that scopes the light-DOM rules. */
export const T = 'wegwijs-letter-explainer';
/** The same tag for `css` templates (a trusted constant, so `unsafeCSS` is safe here). */
export const tag = unsafeCSS(T);

/**
 * The light-DOM text (letter, answers, explanations, glossary) is styled by one constructable
 * stylesheet adopted by the document, scoped by tag and in `@layer wegwijs` so the host's own
 * styles win. Tokens (`--_*`) are inherited from the element's shadow root through its slots.
 */
export const documentCss = css`
  ${tag} .wegwijs-letter-explainer__vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${tag} :is(button, a, input, summary):focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo);
  }
  ${tag} :is(section, [slot]) {
    display: block;
  }
  ${tag} [slot]>*+* {
    margin-block-start: var(--_space);
  }
  ${tag} .wegwijs-letter-explainer__box, ${tag} [slot=wegwijs-letter] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }
  ${tag} .wegwijs-letter-explainer__tools, ${tag} .wegwijs-letter-explainer__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  ${tag} .wegwijs-letter-explainer__btn {
    font: inherit;
    min-block-size: var(--_target);
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_primary);
    cursor: pointer;
  }
  ${tag} .wegwijs-letter-explainer__btn[aria-pressed=true] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  ${tag} .wegwijs-letter-explainer__q {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  ${tag} .wegwijs-letter-explainer__q>li {
    display: grid;
    grid-template-columns: 3rem 1fr;
    gap: 0.25rem 0.75rem;
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  ${tag} .wegwijs-letter-explainer__q>li>:not(.wegwijs-letter-explainer__pic) {
    grid-column: 2;
  }
  ${tag} .wegwijs-letter-explainer__pic {
    inline-size: 3rem;
    block-size: 3rem;
    grid-row: span 9;
    color: var(--_primary);
  }
  ${tag} .wegwijs-letter-explainer__qh {
    font-size: 1.125rem;
    font-weight: 700;
    margin: 0;
  }
  ${tag} .wegwijs-letter-explainer__q p {
    margin: 0;
  }
  ${tag} mark:has(>.wegwijs-letter-explainer__term), ${tag} .wegwijs-letter-explainer__term {
    background: none;
    color: inherit;
  }
  ${tag} .wegwijs-letter-explainer__term {
    font: inherit;
    line-height: inherit;
    padding: 0 0.1em;
    border: 0;
    border-block-end: 2px dashed currentColor;
    background: #fff3b0;
    color: #1a1a1a;
    cursor: pointer;
    text-align: start;
    min-inline-size: 0;
    min-block-size: 0;
  }
  ${tag} .wegwijs-letter-explainer__term[aria-expanded=true] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  ${tag} .wegwijs-letter-explainer__n {
    display: inline-block;
    min-inline-size: 1.4em;
    margin-inline-start: 0.2em;
    border-radius: 1em;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.8em;
    font-weight: 700;
    text-align: center;
  }
  ${tag} .wegwijs-letter-explainer__tip {
    display: block;
    margin-block: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_color);
  }
  ${tag} .wegwijs-letter-explainer__tip>span {
    display: block;
  }
  ${tag} .wegwijs-letter-explainer__tip .wegwijs-letter-explainer__actions {
    margin-block-start: 0.5rem;
  }
  ${tag} .wegwijs-letter-explainer__nl {
    font-weight: 700;
  }
  ${tag} dfn {
    font-style: normal;
  }
  ${tag} .wegwijs-letter-explainer__missing {
    border-inline-start: 6px solid var(--_primary);
    padding-inline-start: 0.75rem;
    margin-block: 0.75rem;
  }
  ${tag} .wegwijs-letter-explainer__missing p {
    margin-block: 0 0.5rem;
  }
  ${tag} .wegwijs-letter-explainer__missing-link {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    color: var(--_link);
  }
  ${tag} .wegwijs-letter-explainer__note {
    font-size: 0.9375rem;
    color: var(--_muted);
  }
  ::highlight(wegwijs-reading) {
    background: #ffdd00;
    color: #000;
  }
  @media (forced-colors: active) {
    ${tag} :is(.wegwijs-letter-explainer__term, .wegwijs-letter-explainer__n) {
      forced-color-adjust: none;
      background: Canvas;
      color: LinkText;
      border-color: LinkText;
    }
    ${tag} .wegwijs-letter-explainer__term[aria-expanded=true] {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    ${tag} :is(.wegwijs-letter-explainer__tools, .wegwijs-letter-explainer__actions, .wegwijs-letter-explainer__date, wegwijs-read-aloud, wegwijs-language-switch) {
      display: none !important;
    }
    ${tag} .wegwijs-letter-explainer__term {
      border: 0;
      background: none;
    }
    ${tag} .wegwijs-letter-explainer__q>li {
      break-inside: avoid;
    }
  }
`;

/**
 * What keeps controls usable on any host: outside the layer, so a host reset such as
 * `button { all: unset }` cannot shrink buttons below the target size or hide focus
 * (tag + class beats a host's element selector). Everything else stays overridable.
 */
export const usableCss = css`
  ${tag} .wegwijs-letter-explainer__btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 0.75rem;
    border: 2px solid;
    cursor: pointer;
  }
  ${tag} :is(button, a, input, summary):focus-visible {
    outline: 3px solid;
    outline-offset: 2px;
  }
  ${tag} input[type=date] {
    box-sizing: border-box;
    min-block-size: 44px;
    font: inherit;
    padding: 0.25rem 0.5rem;
  }
  ${tag} .wegwijs-letter-explainer__q li>a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  ${tag} .wegwijs-letter-explainer__q a[href^="tel:"] {
    white-space: nowrap;
  }
`;
