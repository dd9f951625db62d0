/**
 * For editors (`preview`, in Dutch): the deadlines found in the letter's text, each with its
 * sentence, and how to use one. Its own chunk, loaded only with `preview`: residents never see
 * it, so it is no part of the first view they download.
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { css, html, nothing, type TemplateResult } from 'lit';
import { describeRule } from './deadline-text.js';
import { tag } from './letter-explainer.styles.js';
import type { LetterContent } from './schema.js';
import type { LetterView } from './letter-view.js';

const proposalCss = css`
  ${tag} .wegwijs-letter-explainer__proposal {
    border: 2px dashed currentColor;
    padding: 0.5rem 0.75rem;
    margin-block: 0.75rem;
  }
  ${tag} .wegwijs-letter-explainer__proposal code {
    white-space: pre-wrap;
    word-break: break-word;
  }
`;

/**
 * The deadlines found in the letter, each with its sentence, and how to use one. The first one
 * applies at once with "Gebruik deze termijn" (this page only) or `deadline: { auto: true }`;
 * the JSON snippet makes it the content's own rule.
 */
export function proposalTemplate(
  view: LetterView,
  data: LetterContent,
): TemplateResult | typeof nothing {
  const found = view.foundDeadlines;
  if (!found.length) return nothing;
  adoptLightStyles(view.host, lightStyleSheet(proposalCss.cssText));
  const active = view.activeDeadline(data);
  return html`<div class="wegwijs-letter-explainer__proposal" lang="nl" dir="ltr">
    <p><strong>Voor de redactie: termijn gevonden in de brief</strong></p>
    <ol>
      ${found.map(
        (f, i) =>
          html`<li>
            <q>${f.sentence}</q><br />
            Voorstel: ${describeRule(f.rule)}.
            ${
              active && active.source === f.sentence
                ? html`<strong>In gebruik.</strong>`
                : i === 0
                  ? html`<button
                      type="button"
                      class="wegwijs-letter-explainer__btn"
                      @click=${() => {
                        view.host.deadline = 'auto';
                      }}
                    >
                      Gebruik deze termijn
                    </button>`
                  : nothing
            }
            <br /><code>${JSON.stringify({ deadline: { ...f.rule, source: f.sentence } })}</code>
          </li>`,
      )}
    </ol>
    <p>
      Controleer de termijn altijd met de brief. Neem hem over met <code>"auto": true</code> in
      <code>deadline</code>, of zet de regel hierboven in de inhoud.
    </p>
  </div>`;
}
