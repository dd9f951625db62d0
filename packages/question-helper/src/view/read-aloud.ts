/** Read aloud: one controller per helper, and the speaker button next to a text. */
import { html, nothing } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import type { LocalizedText } from '@wegwijs/core';
import { ReadAloudController } from '@wegwijs/core/read-aloud/read-aloud-controller';
import { speakerIcon } from '@wegwijs/core/read-aloud/speaker-icon';
import type { QuestionHost } from '../host.js';
import { text } from './text.js';

const speech = new WeakMap<QuestionHost, ReadAloudController>();

export const speechOf = (h: QuestionHost) => {
  let s = speech.get(h);
  if (!s) speech.set(h, (s = new ReadAloudController(h, { synth: h.synth })));
  return s;
};

/** The speaker button for the text with id `id`; nothing where the device cannot read it. */
export function readButton(
  h: QuestionHost,
  value: LocalizedText,
  audio: LocalizedText | undefined,
  id: string,
) {
  const t = text(h, value);
  if (!t) return nothing;
  const a = audio ? text(h, audio) : undefined;
  const s = speechOf(h);
  const item = { text: t.text, lang: t.lang, audio: a?.text };
  if (!s.canRead(item)) return nothing;
  return html`<button
    type="button"
    class="wegwijs-question-helper__read"
    aria-describedby=${id}
    @click=${() => s.play(item)}
  >
    ${speakerIcon}<span class="wegwijs-question-helper__vh">${msg('Lees voor')}</span>
  </button>`;
}
