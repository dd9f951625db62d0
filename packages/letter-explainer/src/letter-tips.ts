/**
 * The explanations in the letter: a passage's button opens its explanation in place, right
 * after the passage (it never covers what it explains); it closes by the button, its close
 * button or Esc, never on its own (WCAG 1.4.13). Loaded just after the first render.
 */
import { html, render } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { MARK_SELECTOR } from './letter-dom.js';
import { WegwijsExplanationToggleEvent } from './events.js';
import { readAloud, readItems } from './letter-reader.js';
import type { LetterView } from './letter-view.js';
import type { Occurrence } from './view/letter-index.js';

/** Opens or closes the explanation of a term button, right after its passage. */
export function toggle(
  view: LetterView,
  button: HTMLButtonElement,
  open = button.getAttribute('aria-expanded') !== 'true',
): void {
  const occurrence = view.occurrences.get(button);
  if (!occurrence) return;
  button.setAttribute('aria-expanded', String(open));
  if (open && !occurrence.tip) {
    const tip = document.createElement('span');
    tip.className = 'wegwijs-letter-explainer__tip';
    tip.id = button.getAttribute('aria-controls') ?? '';
    occurrence.tip = tip;
    (button.parentElement?.matches(MARK_SELECTOR) ? button.parentElement : button).after(tip);
    renderTip(view, occurrence);
  } else if (!open) {
    occurrence.tip?.remove();
    occurrence.tip = undefined;
  }
  view.host.dispatchEvent(new WegwijsExplanationToggleEvent(occurrence.entry.key, open));
}

export function closeAll(view: LetterView): void {
  for (const occurrence of view.occurrences.values()) {
    if (occurrence.tip) toggle(view, occurrence.button, false);
  }
}

/** Esc closes the explanation (or image region) holding focus; focus returns to its button. */
export function onKeydown(view: LetterView, event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const target = event.composedPath()[0] as Element;
  for (const occurrence of view.occurrences.values()) {
    if (occurrence.tip && (target === occurrence.button || occurrence.tip.contains(target))) {
      event.preventDefault();
      toggle(view, occurrence.button, false);
      occurrence.button.focus();
      return;
    }
  }
  if (
    view.openRegion >= 0 &&
    target.closest?.('.wegwijs-letter-explainer__fig, .wegwijs-letter-explainer__region')
  ) {
    event.preventDefault();
    const marker = view.host.querySelector<HTMLElement>(`#${view.uid}-m${view.openRegion}`);
    view.openRegion = -1;
    view.renderLight();
    marker?.focus();
  }
}

/** Renders (or re-renders, e.g. in another language) an open explanation. */
export function renderTip(view: LetterView, occurrence: Occurrence): void {
  const { entry, button, tip } = occurrence;
  if (!tip) return;
  const { uiLocale } = view.localeInfo;
  render(
    html`<span class="wegwijs-letter-explainer__vh" lang=${uiLocale}
        >${msg(str`Uitleg ${entry.n}`)}</span
      >
      ${view.entryTemplate(entry)}
      <span class="wegwijs-letter-explainer__actions" lang=${uiLocale}>
        ${readAloud(view, readItems(view, entry), msg(str`Lees uitleg ${entry.n} voor`))}
        <button
          type="button"
          class="wegwijs-letter-explainer__btn"
          @click=${() => {
            toggle(view, button, false);
            button.focus();
          }}
        >
          ${msg('Sluit uitleg')}
        </button>
      </span>`,
    tip,
    { host: view.host },
  );
}
