/**
 * The image mode: an image of the letter with numbered region buttons that open the region's
 * explanation under the image, and the regions' text alternatives as a list. Loaded only for
 * a letter given as an image.
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import { resolveText } from '@wegwijs/core/content/localized-text';
import { safeMediaUrl } from '@wegwijs/core/content/safe-url';
import type { LetterContent } from './schema.js';
import type { LetterView } from './letter-view.js';
import { readAloud, readItems } from './letter-reader.js';
import { tag } from './letter-explainer.styles.js';

const imageCss = css`
  ${tag} .wegwijs-letter-explainer__fig {
    margin: 0;
    position: relative;
    max-inline-size: 40rem;
  }
  ${tag} .wegwijs-letter-explainer__fig img {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  ${tag} .wegwijs-letter-explainer__marker {
    position: absolute;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0;
    border: 3px solid var(--_primary);
    border-radius: var(--_radius);
    background: rgb(255 255 255 / 0.15);
    cursor: pointer;
    transform: translate(-2px, -2px);
  }
  ${tag} .wegwijs-letter-explainer__marker > span {
    position: absolute;
    inset-block-start: -0.9rem;
    inset-inline-start: -0.9rem;
    inline-size: 1.8rem;
    block-size: 1.8rem;
    line-height: 1.8rem;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  ${tag} .wegwijs-letter-explainer__marker[aria-expanded='true'] {
    background: rgb(255 221 0 / 0.3);
  }
  @media (forced-colors: active) {
    ${tag} .wegwijs-letter-explainer__marker > span {
      forced-color-adjust: none;
      background: Canvas;
      color: LinkText;
      border-color: LinkText;
    }
  }
`;

export function imageTemplate(
  view: LetterView,
  data: LetterContent,
): TemplateResult | typeof nothing {
  const image = data.image;
  if (!image) return nothing;
  adoptLightStyles(view.host, lightStyleSheet(imageCss.cssText));
  const { locale, uiLocale, dir } = view.localeInfo;
  const alt = resolveText(image.alt, locale, view.contentLang);
  const src = safeMediaUrl(image.src);
  const regions = image.regions.map((region, index) => ({
    region,
    index,
    entry: view.entries.find((e) => e.key === region.explain || e.glossaryId === region.explain),
    text: resolveText(region.text, 'nl', view.contentLang)!,
  }));
  const open = regions[view.openRegion];
  const toggle = (index: number) => {
    view.openRegion = view.openRegion === index ? -1 : index;
    view.renderLight();
  };
  return html`<figure class="wegwijs-letter-explainer__fig" dir="ltr">
      ${
        src
          ? html`<img src=${src} alt=${alt?.text ?? ''} lang=${alt?.lang ?? nothing} />`
          : html`<p>${alt?.text}</p>`
      }
      ${(src ? regions : []).map(
        ({ region, index, text }) =>
          html`<button
            type="button"
            class="wegwijs-letter-explainer__marker"
            id="${view.uid}-m${index}"
            aria-expanded=${view.openRegion === index ? 'true' : 'false'}
            aria-controls="${view.uid}-r"
            lang=${uiLocale}
            style=${styleMap({
              left: `${region.x}%`,
              top: `${region.y}%`,
              width: `${region.width}%`,
              height: `${region.height}%`,
            })}
            @click=${() => toggle(index)}
          >
            <span>${index + 1}</span
            ><span class="wegwijs-letter-explainer__vh">
              ${msg('uitleg')}: <span lang=${text.lang}>${text.text}</span></span
            >
          </button>`,
      )}
    </figure>
    <div class="wegwijs-letter-explainer__region" id="${view.uid}-r" lang=${uiLocale} dir=${dir}>
      ${
        open
          ? html`<div class="wegwijs-letter-explainer__tip">
              <div class="wegwijs-letter-explainer__qh">${msg(str`Uitleg ${open.index + 1}`)}</div>
              <p><q lang=${open.text.lang} dir="ltr">${open.text.text}</q></p>
              ${open.entry ? view.entryTemplate(open.entry, 'div') : nothing}
              <div class="wegwijs-letter-explainer__actions">
                ${
                  open.entry
                    ? readAloud(
                        view,
                        readItems(view, open.entry),
                        msg(str`Lees uitleg ${open.index + 1} voor`),
                      )
                    : nothing
                }
                <button
                  type="button"
                  class="wegwijs-letter-explainer__btn"
                  @click=${() => {
                    toggle(open.index);
                    view.host.querySelector<HTMLElement>(`#${view.uid}-m${open.index}`)?.focus();
                  }}
                >
                  ${msg('Sluit uitleg')}
                </button>
              </div>
            </div>`
          : nothing
      }
    </div>
    <div lang=${uiLocale} dir=${dir}>
      ${view.heading(msg('Wat staat er in de brief?'), view.host.headingLevel + 1)}
      <ol>
        ${regions.map(
          ({ text }) => html`<li><span lang=${text.lang} dir="ltr">${text.text}</span></li>`,
        )}
      </ol>
    </div>`;
}
