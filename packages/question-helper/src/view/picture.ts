/** A pictogram next to a label (decorative: the text says the same), or a neutral placeholder. */
import { html, nothing, svg } from 'lit';
import type { QuestionHost } from '../host.js';

export function picture(h: QuestionHost, name: string | undefined) {
  const icon = name ? h.pictograms.get(name) : null;
  const body = icon
    ? icon.mirrorInRtl && h.localeInfo.dir === 'rtl'
      ? svg`<g transform="matrix(-1 0 0 1 48 0)">${icon.body}</g>`
      : icon.body
    : icon === null
      ? svg`<rect x="6" y="6" width="36" height="36" rx="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="4 3"/>`
      : nothing;
  return html`<span
    class="wegwijs-question-helper__pic"
    data-pictogram=${icon ? name! : icon === null ? 'placeholder' : 'loading'}
    ><svg viewBox="0 0 48 48" focusable="false" aria-hidden="true">${body}</svg></span
  >`;
}
