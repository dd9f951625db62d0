/**
 * Read aloud, loaded after the first render: the read-aloud buttons of the answers and the
 * explanations (core's `<wegwijs-read-aloud>`), and reading the whole letter with the sentence
 * being read highlighted (CSS Custom Highlight API, where the browser has it).
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  ReadAloudController,
  type ReadAloudItem,
  type ReadAloudOptions,
} from '@wegwijs/core/read-aloud/read-aloud-controller';
import { richTextToPlain } from '@wegwijs/core/content/rich-text';
import { highlight, segments, sentenceRange, type Segment } from './letter-text.js';
import { resolveText } from '@wegwijs/core/content/localized-text';
import type { LetterView } from './letter-view.js';
import type { LetterEntry } from './view/letter-index.js';
import { questionText } from './view/questions.js';
import type { AnswerKey, LetterContent } from './schema.js';

/** A read-aloud button (core's element, registered lazily: it upgrades when its code is in). */
export function readAloud(view: LetterView, items: ReadAloudItem[], label: string): TemplateResult {
  return html`<wegwijs-read-aloud
    .items=${items}
    .synth=${view.host.synth}
    ?allow-remote-voices=${view.host.allowRemoteVoices}
    label=${label}
  ></wegwijs-read-aloud>`;
}

/** What the read-aloud button of an answer reads: the question, the answer (and the deadline). */
export function answerItems(
  view: LetterView,
  data: LetterContent,
  key: AnswerKey,
): ReadAloudItem[] {
  const { locale, uiLocale } = view.localeInfo;
  const answer = resolveText(data.answers[key], locale, view.contentLang);
  const items: ReadAloudItem[] = [{ text: questionText(key), lang: uiLocale }];
  if (answer) items.push({ text: richTextToPlain(answer.text), lang: answer.lang });
  if (key === 'when') {
    const deadline = view.deadlineInfo(data);
    if (deadline) items.push({ text: deadline.sentence, lang: uiLocale });
  }
  return items;
}

/** What the read-aloud button of an explanation reads: the Dutch term, then its explanation. */
export function readItems(view: LetterView, entry: LetterEntry): ReadAloudItem[] {
  const { text } = view.explain(entry);
  return [
    { text: entry.term, lang: view.contentLang },
    ...(text ? [{ text: text.text, lang: text.lang }] : []),
  ];
}

export class LetterReader {
  readonly controller: ReadAloudController;
  private blocks: Segment[] = [];

  constructor(host: ReactiveControllerHost, options: Omit<ReadAloudOptions, 'onBoundary'>) {
    this.controller = new ReadAloudController(host, {
      ...options,
      onBoundary: (charIndex) => {
        const segment = this.blocks[this.controller.current];
        highlight(segment && sentenceRange(segment, charIndex));
      },
    });
  }

  get playing(): boolean {
    return this.controller.state !== 'idle';
  }

  canRead(lang: string): boolean {
    return this.controller.canRead({ lang });
  }

  /** Reads the letter's text blocks (or the given items, e.g. an image's regions); or stops. */
  toggle(letter: Element | undefined, lang: string, items?: ReadAloudItem[]): void {
    if (this.playing) {
      this.controller.stop();
      highlight(undefined);
      return;
    }
    this.blocks = items || !letter ? [] : segments(letter);
    this.controller.play(items ?? this.blocks.map((s) => ({ text: s.text, lang })));
  }

  /** Removes the highlight once reading has ended. */
  sync(): void {
    if (!this.playing) highlight(undefined);
  }
}
