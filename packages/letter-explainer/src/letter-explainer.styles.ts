import { css } from 'lit';

/** Shadow DOM: only the frame; the resident's text lives in the light DOM (slotted). */
export const shadowStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
`;

/** The tag that scopes the light-DOM rules. */
export const T = 'wegwijs-letter-explainer';

/**
 * The light-DOM text (letter, answers, explanations, glossary) is styled by one constructable
 * stylesheet adopted by the document, scoped by tag and in `@layer wegwijs` so the host's own
 * styles win. Tokens (`--_*`) are inherited from the element's shadow root through its slots.
 */
export const documentCss = `
${T} .wle-vh{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
${T} :is(button,a,input,summary):focus-visible{outline:var(--_focus-width) var(--_focus-style) var(--_focus-color);outline-offset:var(--_focus-offset);box-shadow:0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo)}
${T} :is(section,[slot]){display:block}
${T} [slot]>*+*{margin-block-start:var(--_space)}
${T} .wle-box,${T} [slot=wegwijs-letter]{border:1px solid var(--_border);border-radius:var(--_radius);padding:var(--_space);background:var(--_background)}
${T} .wle-tools,${T} .wle-actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
${T} .wle-btn{font:inherit;min-block-size:var(--_target);padding:.5rem .75rem;border:2px solid var(--_primary);border-radius:var(--_radius);background:var(--_background);color:var(--_primary);cursor:pointer}
${T} .wle-btn[aria-pressed=true]{background:var(--_primary);color:var(--_on-primary)}
${T} .wle-q{list-style:none;margin:0;padding:0;display:grid;gap:var(--_space)}
${T} .wle-q>li{display:grid;grid-template-columns:3rem 1fr;gap:.25rem .75rem;padding:var(--_space);background:var(--_surface);border-radius:var(--_radius)}
${T} .wle-q>li>:not(.wle-pic){grid-column:2}
${T} .wle-pic{inline-size:3rem;block-size:3rem;grid-row:span 9;color:var(--_primary)}
${T} .wle-qh{font-size:1.125rem;font-weight:700;margin:0}
${T} .wle-q p{margin:0}
${T} mark:has(>.wle-term),${T} .wle-term{background:none;color:inherit}
${T} .wle-term{font:inherit;line-height:inherit;padding:0 .1em;border:0;border-block-end:2px dashed currentColor;background:#fff3b0;color:#1a1a1a;cursor:pointer;text-align:start;min-inline-size:0;min-block-size:0}
${T} .wle-term[aria-expanded=true]{background:var(--_primary);color:var(--_on-primary)}
${T} .wle-n{display:inline-block;min-inline-size:1.4em;margin-inline-start:.2em;border-radius:1em;background:var(--_primary);color:var(--_on-primary);font-size:.8em;font-weight:700;text-align:center}
${T} .wle-tip{display:block;margin-block:.5rem;padding:.75rem;border:2px solid var(--_primary);border-radius:var(--_radius);background:var(--_surface);color:var(--_color)}
${T} .wle-tip>span{display:block}
${T} .wle-tip .wle-actions{margin-block-start:.5rem}
${T} .wle-nl{font-weight:700}
${T} dfn{font-style:normal}
${T} .wle-note{font-size:.9375rem;color:var(--_muted)}
::highlight(wegwijs-reading){background:#ffdd00;color:#000}
@media (forced-colors:active){${T} :is(.wle-term,.wle-n){forced-color-adjust:none;background:Canvas;color:LinkText;border-color:LinkText}${T} .wle-term[aria-expanded=true]{background:Highlight;color:HighlightText}}
@media print{${T} :is(.wle-tools,.wle-actions,.wle-date,wegwijs-read-aloud,wegwijs-language-switch){display:none!important}${T} .wle-term{border:0;background:none}${T} .wle-q>li{break-inside:avoid}}`;

/**
 * What keeps controls usable on any host: outside the layer, so a host reset such as
 * `button { all: unset }` cannot shrink buttons below the target size or hide focus
 * (tag + class beats a host's element selector). Everything else stays overridable.
 */
export const usableCss = `
${T} .wle-btn{display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;min-block-size:44px;min-inline-size:44px;padding:.5rem .75rem;border:2px solid;cursor:pointer}
${T} :is(button,a,input,summary):focus-visible{outline:3px solid;outline-offset:2px}
${T} input[type=date]{box-sizing:border-box;min-block-size:44px;font:inherit;padding:.25rem .5rem}
${T} .wle-q li>a{display:inline-flex;align-items:center;min-block-size:24px}
${T} .wle-q a[href^="tel:"]{white-space:nowrap}`;
