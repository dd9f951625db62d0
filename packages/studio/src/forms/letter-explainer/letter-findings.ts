/**
 * What Studio found in the pasted letter, for the editor to confirm or remove: the letter with
 * the glossary terms and deadline phrases marked, the list of terms (with the glossary's plain
 * explanation) and the list of deadlines (in the editor's words, with the letter's sentence).
 * Every choice is a pair of toggle buttons (`aria-pressed`): keyboard and screen reader
 * operable, and the state is in words, not only in colour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeRule, type FoundDeadline } from '@wegwijs/letter-explainer/deadline-text';
import { findTermsInText } from '@wegwijs/glossary';
import type { Choice } from './letter-state.js';
import type { FoundTerm } from './letter-marks.js';

export interface FindingsHost {
  uid: string;
  plain: string;
  terms: FoundTerm[];
  deadlines: FoundDeadline[];
  termChoice(id: string): Choice;
  deadlineChoice(found: FoundDeadline): Choice;
  chooseTerm(id: string, choice: Choice): void;
  chooseDeadline(found: FoundDeadline, choice: Choice): void;
}

const choiceText = (choice: Choice) =>
  choice === 'confirmed'
    ? msg('bevestigd', { id: 'studio-letter-choice-confirmed' })
    : choice === 'removed'
      ? msg('verwijderd', { id: 'studio-letter-choice-removed' })
      : msg('nog niet gekozen', { id: 'studio-letter-choice-open' });

/** The letter's text with terms and deadline phrases in `<mark>` (text nodes only). */
function markedLetter(host: FindingsHost): TemplateResult {
  const spans = [
    ...findTermsInText(host.plain).map((m) => ({
      start: m.index,
      end: m.index + m.length,
      kind: `term ${host.termChoice(m.term.id)}`,
    })),
    ...host.deadlines.map((d) => ({
      start: d.index,
      end: d.index + d.phrase.length,
      kind: `deadline ${host.deadlineChoice(d)}`,
    })),
  ]
    .sort((a, b) => a.start - b.start)
    .filter((span, i, all) => i === 0 || span.start >= all[i - 1]!.end);
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(host.plain.slice(at, span.start));
    parts.push(html`<mark class=${span.kind}>${host.plain.slice(span.start, span.end)}</mark>`);
    at = span.end;
  }
  parts.push(host.plain.slice(at));
  return html`<div class="letter-marked" lang="nl">${parts}</div>`;
}

function choiceButtons(
  label: string,
  choice: Choice,
  choose: (choice: Choice) => void,
  confirmText: string,
  removeText: string,
): TemplateResult {
  return html`<span class="choice-buttons" role="group" aria-label=${label}>
    <button
      type="button"
      class="confirm"
      aria-pressed=${choice === 'confirmed' ? 'true' : 'false'}
      @click=${() => choose(choice === 'confirmed' ? 'open' : 'confirmed')}
    >
      ${confirmText}
    </button>
    <button
      type="button"
      class="reject"
      aria-pressed=${choice === 'removed' ? 'true' : 'false'}
      @click=${() => choose(choice === 'removed' ? 'open' : 'removed')}
    >
      ${removeText}
    </button>
  </span>`;
}

function termList(host: FindingsHost): TemplateResult {
  if (!host.terms.length)
    return html`<p>
      ${msg('Geen woorden uit de woordenlijst gevonden.', { id: 'studio-letter-no-terms' })}
    </p>`;
  return html`<ul class="findings terms">
    ${host.terms.map((term) => {
      const choice = host.termChoice(term.id);
      return html`<li data-term=${term.id}>
        <p>
          <strong lang="nl">${term.term}</strong>
          ${
            term.forms.some((f) => f.toLocaleLowerCase('nl') !== term.term)
              ? html`<span lang="nl">(${term.forms.join(', ')})</span>`
              : nothing
          }
          – ${msg(str`${term.count} keer in de brief`, { id: 'studio-letter-term-count' })} –
          <span class="state">${choiceText(choice)}</span>
        </p>
        <p class="hint" lang="nl">${term.explanation}</p>
        ${choiceButtons(
          term.term,
          choice,
          (next) => host.chooseTerm(term.id, next),
          msg('Uitleggen', { id: 'studio-letter-term-confirm' }),
          msg('Niet uitleggen', { id: 'studio-letter-term-remove' }),
        )}
      </li>`;
    })}
  </ul>`;
}

function deadlineList(host: FindingsHost): TemplateResult {
  if (!host.deadlines.length)
    return html`<p>
      ${msg('Geen termijn gevonden in de brief.', { id: 'studio-letter-no-deadline' })}
    </p>`;
  return html`<ul class="findings deadlines">
    ${host.deadlines.map((found) => {
      const choice = host.deadlineChoice(found);
      return html`<li>
        <p>
          <strong lang="nl">${found.phrase}</strong>: ${describeRule(found.rule)} –
          <span class="state">${choiceText(choice)}</span>
        </p>
        <p class="hint" lang="nl">${found.sentence}</p>
        ${choiceButtons(
          found.phrase,
          choice,
          (next) => host.chooseDeadline(found, next),
          msg('Deze termijn gebruiken', { id: 'studio-letter-deadline-confirm' }),
          msg('Niet gebruiken', { id: 'studio-letter-deadline-remove' }),
        )}
      </li>`;
    })}
  </ul>`;
}

export function letterFindings(host: FindingsHost): TemplateResult {
  if (!host.plain.trim()) return html``;
  return html`<section aria-labelledby="${host.uid}-found">
    <h3 id="${host.uid}-found">${msg('Gevonden in de brief', { id: 'studio-letter-found' })}</h3>
    <p class="hint">
      ${msg(
        'Gemarkeerd: woorden uit de woordenlijst en termijnen. Kies bij elk of de inwoner er uitleg bij krijgt.',
        { id: 'studio-letter-found-hint' },
      )}
    </p>
    ${markedLetter(host)}
    <h4>${msg('Moeilijke woorden', { id: 'studio-letter-terms' })}</h4>
    ${termList(host)}
    <h4>${msg('Termijnen', { id: 'studio-letter-deadlines' })}</h4>
    ${deadlineList(host)}
  </section>`;
}
