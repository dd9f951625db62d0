import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Pictogram } from './types.js';

export interface RenderPictogramOptions {
  /** Alt text that overrides the pictogram's own. An empty string makes the picture decorative. */
  alt?: string;
  /** BCP 47 language of the surrounding text (`ar-MA`); picks the default alt text. */
  locale?: string;
  /** Writing direction of the surrounding text; `rtl` mirrors pictograms with `mirrorInRtl`. */
  dir?: 'ltr' | 'rtl';
  /** Hide the picture from assistive technology (when the text next to it says the same). */
  decorative?: boolean;
  /** Any CSS length for width and height; default `100%`, so the parent sets the size. */
  size?: string;
}

/** The alt text that was chosen, and the language it is in (when it came from the pictogram). */
interface ResolvedAlt {
  text: string;
  lang?: string;
}

function pick(p: Pictogram, locale: string | undefined): ResolvedAlt {
  if (locale) {
    const code = locale.trim().replace(/_/g, '-').toLowerCase();
    const primary = code.split('-')[0] ?? '';
    for (const key of [code, primary]) {
      const text = key ? p.alt[key] : undefined;
      if (text) return { text, lang: key };
    }
  }
  const nl = p.alt['nl'];
  return nl ? { text: nl, lang: 'nl' } : { text: p.name };
}

/**
 * The alt text for a pictogram: `override`, else the text for `locale` (exact tag, then its
 * primary subtag: `ar-MA` → `ar`), else Dutch.
 */
export function resolvePictogramAlt(p: Pictogram, locale?: string, override?: string): string {
  return override ?? pick(p, locale).text;
}

/** Neutral placeholder shown for an unknown or not yet loaded pictogram: a rounded square. */
export const placeholderPictogram: SVGTemplateResult = svg`<rect x="6" y="6" width="36" height="36" rx="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="4 3"/><circle cx="24" cy="24" r="5" fill="currentColor"/>`;

/**
 * Renders a pictogram as an inline `<svg>` that fills its parent and takes the text colour.
 *
 * - `role="img"` with an `aria-label`, or `aria-hidden="true"` when decorative (or alt is empty);
 * - mirrored (an SVG transform, no CSS needed) when `dir` is `rtl` and the pictogram has a
 *   direction;
 * - an unknown pictogram (`undefined`) renders a neutral placeholder with the given alt.
 *
 * Uses only Lit templates: no `innerHTML`, no `unsafeSVG`, safe under CSP and Trusted Types.
 */
export function renderPictogram(
  p: Pictogram | undefined,
  opts: RenderPictogramOptions = {},
): TemplateResult {
  const resolved: ResolvedAlt = p
    ? opts.alt !== undefined
      ? { text: opts.alt }
      : pick(p, opts.locale)
    : { text: opts.alt ?? '' };
  const hidden = opts.decorative === true || resolved.text.trim() === '';
  const mirrored = p !== undefined && opts.dir === 'rtl' && p.mirrorInRtl === true;
  const size = opts.size ?? '100%';
  const body = p ? p.body : placeholderPictogram;
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 48 48"
    width=${size}
    height=${size}
    part="pictogram"
    class=${mirrored ? 'pictogram mirrored' : 'pictogram'}
    data-pictogram=${p ? p.name : 'placeholder'}
    focusable="false"
    role=${hidden ? nothing : 'img'}
    aria-label=${hidden ? nothing : resolved.text}
    aria-hidden=${hidden ? 'true' : nothing}
    lang=${!hidden && resolved.lang ? resolved.lang : nothing}
  >
    ${mirrored ? svg`<g transform="matrix(-1 0 0 1 48 0)">${body}</g>` : body}
  </svg>`;
}
