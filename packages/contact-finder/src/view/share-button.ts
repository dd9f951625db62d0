/** The share button and, after copying, its visible confirmation (or the link to copy by hand). */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';

export interface Shared {
  key: string;
  outcome: 'copied' | 'failed';
  url: string;
}

export const copiedText = () => msg('Link gekopieerd. U kunt hem nu plakken in een bericht.');

export function shareButton(
  key: string,
  label: string,
  shared: Shared | undefined,
  onShare: () => void,
) {
  const mine = shared?.key === key ? shared : undefined;
  return html`<div class="wegwijs-contact-finder__share">
    <button type="button" @click=${onShare}>${label}</button>
    ${
      mine?.outcome === 'copied'
        ? html`<p class="wegwijs-contact-finder__copied">${copiedText()}</p>`
        : mine
          ? html`<p class="wegwijs-contact-finder__copied">
              ${msg('Kopiëren lukte niet. Dit is de link:')}
              <bdi dir="ltr">${mine.url}</bdi>
            </p>`
          : nothing
    }
  </div>`;
}
