/**
 * The results live in the light DOM (read-aloud and translation tools skip shadow roots).
 * Their styles are one constructable stylesheet adopted by the document, scoped by the tag and
 * in `@layer wegwijs` so the host's own (unlayered) styles win.
 *
 * Except the few rules that keep the controls usable (display, minimum target size 24×24 px of
 * WCAG 2.5.8, padding, cursor, focus outline): those are unlayered and scoped
 * by tag (`wegwijs-contact-finder a`, specificity 0,0,2 and up), so a host reset such as
 * `button, a { all: unset }` (0,0,1, unlayered) cannot shrink them to the text. Unlayered rules
 * beat every layered one, so these properties are set ONLY here, not in the layer.
 */
import { css } from 'lit';
import { lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';

const lightCss = css`
  @layer wegwijs {
    wegwijs-contact-finder > .wegwijs-cf {
      display: block;
    }
    .wegwijs-cf ul.wegwijs-cf-list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .wegwijs-cf-contact {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      background: var(--_background);
    }
    .wegwijs-cf-contact > * {
      margin-block: 0 0.5rem;
    }
    .wegwijs-cf-contact img {
      float: inline-end;
      border-radius: 50%;
      object-fit: cover;
      margin-inline-start: 0.5rem;
    }
    .wegwijs-cf :is(h2, h3, h4, h5) {
      margin-block: 0 0.25rem;
      font-size: 1.25rem;
    }
    .wegwijs-cf-kind {
      font-weight: 600;
    }
    .wegwijs-cf-channels {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .wegwijs-cf-channels a,
    .wegwijs-cf button {
      align-items: center;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      font: inherit;
      color: var(--_link);
      background: var(--_background);
    }
    .wegwijs-cf button {
      color: var(--_primary);
    }
    .wegwijs-cf button.wegwijs-cf-more {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .wegwijs-cf-promises {
      padding-inline-start: 1.25rem;
    }
    .wegwijs-cf-status {
      font-weight: 600;
    }
    .wegwijs-cf-status[data-state='open'] {
      color: var(--_success);
    }
    .wegwijs-cf-next {
      display: block;
      font-weight: 400;
    }
    .wegwijs-cf-share {
      margin-block: 0.5rem;
    }
    .wegwijs-cf-copied {
      margin-block: 0.25rem 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .wegwijs-cf-outside {
      border-inline-start: 4px solid var(--_warning);
      padding-inline-start: var(--_space);
      margin-block: var(--_space);
    }
    .wegwijs-cf-outside > * {
      margin-block: 0 0.5rem;
    }
    .wegwijs-cf-count {
      font-weight: 600;
    }
    .wegwijs-cf summary {
      align-items: center;
    }
    .wegwijs-cf :focus-visible {
      box-shadow: 0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo);
    }
    .wegwijs-cf [lang|='ar'],
    .wegwijs-cf [lang|='fa'] {
      letter-spacing: normal;
    }
    .wegwijs-cf-missing {
      border-inline-start: 6px solid var(--_primary);
      padding-inline-start: 0.75rem;
      margin-block: var(--_space);
    }
    .wegwijs-cf-missing p {
      margin-block: 0 0.5rem;
    }
    .wegwijs-cf-widen {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block: var(--_space);
    }
    @media (forced-colors: active) {
      .wegwijs-cf-contact,
      .wegwijs-cf-channels a,
      .wegwijs-cf button {
        border-color: CanvasText;
      }
      .wegwijs-cf :focus-visible {
        box-shadow: none;
      }
    }
  }
  wegwijs-contact-finder .wegwijs-cf-channels a,
  wegwijs-contact-finder .wegwijs-cf button {
    display: inline-flex;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  wegwijs-contact-finder .wegwijs-cf summary {
    display: flex;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  wegwijs-contact-finder .wegwijs-cf :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  wegwijs-contact-finder .wegwijs-cf-contact p > a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  wegwijs-contact-finder .wegwijs-cf a > .wegwijs-cf-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-inline-end: 0.4em;
  }
  wegwijs-contact-finder .wegwijs-cf-channels a:is([href^='tel:'], [href^='https://wa.me/']) bdi {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    wegwijs-contact-finder .wegwijs-cf :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The result styles as one sheet (the text carries its own layer and its unlayered rules). */
export const resultsSheet = (): CSSStyleSheet =>
  lightStyleSheet(lightCss.cssText, { layered: false });
