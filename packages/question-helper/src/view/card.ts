/** Step 4: the question card in two languages, and what the resident can do with it. */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { directionOf } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { cardHalf, shareText, type CardHalf } from '../card.js';
import { findFinder, handOver } from '../handover.js';
import { copyText, shareCard, whatsappHref } from '../share.js';
import type { QuestionHost } from '../host.js';
import type { QuestionSet } from '../types.js';
import { phrases } from './text.js';

/** The card's two halves: Dutch, and the resident's language (one half when that is Dutch). */
export function halves(h: QuestionHost, set: QuestionSet): CardHalf[] | undefined {
  const langs = h.answers.language === 'nl' ? ['nl'] : ['nl', h.answers.language];
  const list = langs.map((lang) => phrases(h, lang));
  if (list.some((p) => !p)) return undefined;
  return langs.map((lang, i) => cardHalf(set, h.answers, lang, list[i]!));
}

function renderHalf(h: QuestionHost, half: CardHalf, index: number) {
  const level = Math.min(6, h.level + 1);
  const sub = Math.min(6, h.level + 2);
  const id = `${h.uid}-card${index}`;
  const head = (l: number, content: unknown, hid?: string) =>
    l === 3
      ? html`<h3 id=${hid ?? nothing}>${content}</h3>`
      : l === 4
        ? html`<h4 id=${hid ?? nothing}>${content}</h4>`
        : l === 5
          ? html`<h5 id=${hid ?? nothing}>${content}</h5>`
          : html`<h6 id=${hid ?? nothing}>${content}</h6>`;
  return html`<section
    class="wegwijs-question-helper__half"
    lang=${half.lang}
    dir=${directionOf(half.lang)}
    aria-labelledby=${id}
  >
    ${head(level, html`${half.title} <span class="wegwijs-question-helper__langname">(${endonym(half.lang)})</span>`, id)}
    ${half.sections.map(
      (section) =>
        html`${head(sub, section.heading)}
          <ul>
            ${section.items.map(
              (item) =>
                html`<li
                  lang=${item.lang === half.lang ? nothing : item.lang}
                  dir=${item.lang === half.lang ? nothing : directionOf(item.lang)}
                >
                  ${item.text}
                </li>`,
            )}
          </ul>`,
    )}
    ${
      half.ownWords
        ? html`${head(sub, html`${half.ownWords.heading} <span class="wegwijs-question-helper__note">(${half.ownWords.note})</span>`)}
            <blockquote
              class="wegwijs-question-helper__own"
              lang=${half.ownWords.text.lang}
              dir="auto"
            >
              ${half.ownWords.text.text}
            </blockquote>`
        : nothing
    }
  </section>`;
}

export function renderCard(h: QuestionHost, set: QuestionSet) {
  const list = halves(h, set);
  if (!list) return html`<p aria-busy="true">…</p>`;
  const share = shareText(list);
  const finder = findFinder(h);
  const actions = html`<div class="wegwijs-question-helper__actions">
    ${
      h.full
        ? html`<button
            type="button"
            class="wegwijs-question-helper__close"
            @click=${() => fullScreen(h, false)}
          >
            ${msg('Sluit volledig scherm')}
          </button>`
        : html`<button
            type="button"
            class="wegwijs-question-helper__full-btn"
            @click=${() => fullScreen(h, true)}
          >
            ${msg('Toon op volledig scherm')}
          </button>`
    }
    <button type="button" class="wegwijs-question-helper__print" @click=${() => print()}>
      ${msg('Afdrukken')}
    </button>
    <button
      type="button"
      class="wegwijs-question-helper__share"
      @click=${() => void doShare(h, share)}
    >
      ${msg('Delen')}
    </button>
    <button
      type="button"
      class="wegwijs-question-helper__copy"
      @click=${() => void doCopy(h, share)}
    >
      ${msg('Kopiëren')}
    </button>
    <a
      class="wegwijs-question-helper__whatsapp"
      href=${whatsappHref(share)}
      target="_blank"
      rel="noopener noreferrer"
      >${msg('Stuur via WhatsApp')}</a
    >
  </div>`;
  const card = html`<div class="wegwijs-question-helper__card" id="${h.uid}-card">
    <div class="wegwijs-question-helper__halves">
      ${list.map((half, i) => renderHalf(h, half, i))}
    </div>
  </div>`;
  return html`<p class="wegwijs-question-helper__hint">
      ${msg('Laat deze kaart zien aan de ondersteuner, of deel hem. De kaart staat in het Nederlands en in uw taal.')}
    </p>
    ${
      h.full
        ? html`<dialog
            class="wegwijs-question-helper__dialog"
            aria-labelledby="${h.uid}-card0"
            @close=${() => fullScreen(h, false)}
          >
            ${actions}${card}
          </dialog>`
        : html`${actions}${card}`
    }
    ${
      finder
        ? html`<p>
            <button
              type="button"
              class="wegwijs-question-helper__find"
              @click=${() => handOver(h, finder)}
            >
              ${msg('Zoek iemand die u kan helpen')}
            </button>
          </p>`
        : nothing
    }`;
}

function fullScreen(h: QuestionHost, on: boolean): void {
  if (h.full === on) return;
  h.setFull(on);
  void h.updateComplete.then(() => {
    const dialog = h.querySelector<HTMLDialogElement>('dialog.wegwijs-question-helper__dialog');
    if (on && dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.wegwijs-question-helper__close')?.focus();
    }
    if (!on) h.querySelector<HTMLElement>('.wegwijs-question-helper__full-btn')?.focus();
  });
}

async function doShare(h: QuestionHost, text: string): Promise<void> {
  const result = await shareCard(msg('Mijn hulpvraag'), text);
  if (result === 'shared') h.say(msg('Gedeeld.'));
  else if (result === 'unavailable') await doCopy(h, text, true);
}

async function doCopy(h: QuestionHost, text: string, fromShare = false): Promise<void> {
  const ok = await copyText(text);
  h.say(
    ok
      ? fromShare
        ? msg('Delen kan niet op dit toestel. De tekst is gekopieerd: plak hem in een bericht.')
        : msg('Gekopieerd. Plak de tekst in een bericht.')
      : msg('Kopiëren lukte niet. Gebruik de knop WhatsApp of maak een foto van de kaart.'),
  );
}
