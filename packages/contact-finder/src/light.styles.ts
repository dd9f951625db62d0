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
    wegwijs-contact-finder > .wegwijs-contact-finder__results {
      display: block;
    }
    .wegwijs-contact-finder__results ul.wegwijs-contact-finder__list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .wegwijs-contact-finder__contact {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      background: var(--_background);
    }
    .wegwijs-contact-finder__contact > * {
      margin-block: 0 0.5rem;
    }
    .wegwijs-contact-finder__contact img {
      float: inline-end;
      border-radius: 50%;
      object-fit: cover;
      margin-inline-start: 0.5rem;
    }
    .wegwijs-contact-finder__results :is(h2, h3, h4, h5) {
      margin-block: 0 0.25rem;
      font-size: 1.25rem;
    }
    .wegwijs-contact-finder__kind {
      font-weight: 600;
    }
    .wegwijs-contact-finder__channels {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .wegwijs-contact-finder__channels a,
    .wegwijs-contact-finder__results button {
      align-items: center;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      font: inherit;
      color: var(--_link);
      background: var(--_background);
    }
    .wegwijs-contact-finder__results button {
      color: var(--_primary);
    }
    .wegwijs-contact-finder__results button.wegwijs-contact-finder__more {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .wegwijs-contact-finder__promises {
      padding-inline-start: 1.25rem;
    }
    .wegwijs-contact-finder__status {
      font-weight: 600;
    }
    .wegwijs-contact-finder__status[data-state='open'] {
      color: var(--_success);
    }
    .wegwijs-contact-finder__next {
      display: block;
      font-weight: 400;
    }
    .wegwijs-contact-finder__share {
      margin-block: 0.5rem;
    }
    .wegwijs-contact-finder__copied {
      margin-block: 0.25rem 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .wegwijs-contact-finder__outside {
      border-inline-start: 4px solid var(--_warning);
      padding-inline-start: var(--_space);
      margin-block: var(--_space);
    }
    .wegwijs-contact-finder__outside > * {
      margin-block: 0 0.5rem;
    }
    .wegwijs-contact-finder__count {
      font-weight: 600;
    }
    .wegwijs-contact-finder__results summary {
      align-items: center;
    }
    .wegwijs-contact-finder__results :focus-visible {
      box-shadow: 0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo);
    }
    .wegwijs-contact-finder__results [lang|='ar'],
    .wegwijs-contact-finder__results [lang|='fa'] {
      letter-spacing: normal;
    }
    .wegwijs-contact-finder__missing {
      border-inline-start: 6px solid var(--_primary);
      padding-inline-start: 0.75rem;
      margin-block: var(--_space);
    }
    .wegwijs-contact-finder__missing p {
      margin-block: 0 0.5rem;
    }
    .wegwijs-contact-finder__widen {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block: var(--_space);
    }
    @media (forced-colors: active) {
      .wegwijs-contact-finder__contact,
      .wegwijs-contact-finder__channels a,
      .wegwijs-contact-finder__results button {
        border-color: CanvasText;
      }
      .wegwijs-contact-finder__results :focus-visible {
        box-shadow: none;
      }
    }
  }
  wegwijs-contact-finder .wegwijs-contact-finder__channels a,
  wegwijs-contact-finder .wegwijs-contact-finder__results button {
    display: inline-flex;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  wegwijs-contact-finder .wegwijs-contact-finder__results summary {
    display: flex;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  wegwijs-contact-finder .wegwijs-contact-finder__results :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  wegwijs-contact-finder .wegwijs-contact-finder__contact p > a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  wegwijs-contact-finder .wegwijs-contact-finder__results a > .wegwijs-contact-finder__icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-inline-end: 0.4em;
  }
  wegwijs-contact-finder
    .wegwijs-contact-finder__channels
    a:is([href^='tel:'], [href^='https://wa.me/'])
    bdi {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    wegwijs-contact-finder .wegwijs-contact-finder__results :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The result styles as one sheet (the text carries its own layer and its unlayered rules). */
export const resultsSheet = (): CSSStyleSheet =>
  lightStyleSheet(lightCss.cssText, { layered: false });
