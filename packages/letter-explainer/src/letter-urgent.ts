/**
 * What a resident can still do: when the deadline has passed, a direct route to help now
 * (call, a person who speaks their language, a late objection with a reason) instead of only
 * a past date; and for a letter they can object to, what an objection letter must contain,
 * as steps. A past date alone reads as "too late, nothing to do": BRIEF §6 (shame keeps people
 * from asking), so the text says help is still there and free.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { resolveText } from '@wegwijs/core/content/localized-text';
import { telHref } from '@wegwijs/core/content/safe-url';
import type { LetterContent } from './schema.js';
import type { LetterView } from './letter-view.js';

/** "Get help now", shown below a deadline that has passed. */
export function lateHelpTemplate(view: LetterView, data: LetterContent): TemplateResult {
  const help = data.help;
  const phone = help?.phone && telHref(help.phone);
  const finder = view.contactFinderHref(help?.contactFinder, data);
  const walkIn = resolveText(help?.walkIn, view.localeInfo.locale, view.contentLang);
  return html`<div
    class="wegwijs-letter-explainer__late"
    role="group"
    aria-labelledby="${view.uid}-late"
  >
    <p id="${view.uid}-late">
      <strong>${msg('Te laat? Vraag nu om hulp. Er kan vaak nog iets.')}</strong>
    </p>
    <div class="wegwijs-letter-explainer__actions">
      ${
        phone
          ? html`<a class="wegwijs-letter-explainer__btn" href=${phone}
              >${msg('Bel nu')}&nbsp;<bdi dir="ltr">${help!.phone}</bdi></a
            >`
          : nothing
      }
      ${
        finder
          ? html`<a class="wegwijs-letter-explainer__btn" href=${finder}
              >${msg('Zoek nu iemand die u helpt')}</a
            >`
          : nothing
      }
    </div>
    <ul>
      ${walkIn ? html`<li lang=${walkIn.lang} dir=${walkIn.dir}>${walkIn.text}</li>` : nothing}
      ${
        data.objection
          ? html`<li>
              ${msg('Een bezwaar mag soms nog te laat. Schrijf dan in uw bezwaar waarom u te laat bent.')}
            </li>`
          : nothing
      }
      <li>
        ${msg('Een cliëntondersteuner of sleutelpersoon helpt u gratis. Die kan ook met de gemeente bellen.')}
      </li>
    </ul>
  </div>`;
}

/** What an objection (bezwaar) must contain, as steps. */
export function objectionStepsTemplate(view: LetterView, data: LetterContent): TemplateResult {
  const when = data.deadline ? view.deadlineInfo(data)?.when : undefined;
  return html`<div class="wegwijs-letter-explainer__objection">
    ${view.heading(msg('Wat moet er in uw bezwaar staan?'), view.host.headingLevel + 2)}
    <ol>
      <li>${msg('Uw naam en adres.')}</li>
      <li>${msg('De datum van vandaag.')}</li>
      <li>${msg('Over welk besluit het gaat: de datum en het kenmerk van de brief.')}</li>
      <li>${msg('Waarom u het niet eens bent met het besluit.')}</li>
      <li>${msg('Uw handtekening.')}</li>
      <li>
        ${
          when
            ? msg(str`Stuur uw bezwaar op tijd: uiterlijk ${when}.`)
            : msg('Stuur uw bezwaar op tijd: binnen de termijn in de brief.')
        }
      </li>
    </ol>
    <p>${msg('Een cliëntondersteuner kan u gratis helpen uw bezwaar te schrijven.')}</p>
  </div>`;
}
