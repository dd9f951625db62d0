/**
 * Preparing a letter: the editor's letter (or one built from the content) is moved into its
 * slot, the answers and explanations get their light-DOM containers, and what the first view
 * does not need (the glossary, the explanations' tips) loads after it.
 */
import { directionOf } from '@wegwijs/core/locale/locales';
import { nextTask } from '@wegwijs/core/net/next-task';
import type { LetterContent } from '../schema.js';
import { LETTER_SELECTOR, buildLetter } from '../letter-dom.js';
import type { LetterView } from '../letter-view.js';
import { QUESTIONS } from './questions.js';

function slotted(name: string, tag = 'div'): HTMLElement {
  const el = document.createElement(tag);
  el.slot = name;
  return el;
}

/** Puts the letter and the answers' containers in place (synchronously, for the first view). */
function placeLetter(view: LetterView, data: LetterContent): void {
  const host = view.host;
  view.tips?.closeAll(view);
  view.ownLetter?.remove();
  view.ownLetter = undefined;
  view.top ??= slotted('wegwijs-top');
  view.bottom ??= slotted('wegwijs-bottom');
  let letter = host.querySelector<HTMLElement>(LETTER_SELECTOR) ?? undefined;
  if (!letter && data.letter) letter = buildLetter(data.letter, view.contentLang);
  if (!letter && data.image) letter = document.createElement('div');
  if (letter && !letter.isConnected) view.ownLetter = letter;
  if (letter !== view.letterEl) view.index.clear();
  view.letterEl = letter;
  if (letter) {
    letter.slot = 'wegwijs-letter';
    letter.lang ||= view.contentLang;
    letter.dir ||= directionOf(letter.lang);
  }
  host.prepend(view.top);
  if (letter && !letter.isConnected) view.top.after(letter);
  host.append(view.bottom);
}

/** The letter's chunks that are loaded after the first view; each may fail (offline). */
function loadTools(view: LetterView): Promise<unknown> {
  return Promise.all([
    view.tips ? undefined : view.loadTips(),
    view.host.preview ? view.loadProposal() : undefined,
    import('../letter-glossary.js').then(
      (m) => (view.glossary = m),
      () => undefined, // offline or blocked chunk: the rest still works
    ),
  ]);
}

/**
 * What the first view needs from the parts loaded with the content (view/first-view.ts): the
 * reader of the whole letter, and the deadlines in the letter's text, whose sentence is shown
 * beside the deadline (found later, it pushed the answers below it down).
 */
function prepareFirstView(view: LetterView, data: LetterContent): void {
  const { letterEl, speech } = view;
  if (speech && letterEl)
    view.reader ??= new speech.LetterReader(view.host, {
      synth: view.host.synth,
      allowRemoteVoices: view.host.allowRemoteVoices,
    });
  view.foundDeadlines =
    letterEl && !data.image && view.deadlineText && view.letterText
      ? view.deadlineText.findDeadlines(view.letterText(letterEl))
      : [];
}

/**
 * Shows the letter with its own explanations, deadline and read-aloud buttons at once; then
 * loads what is not needed for that first view and adds the glossary's terms.
 */
export async function prepareLetter(view: LetterView, data: LetterContent): Promise<void> {
  placeLetter(view, data);
  prepareFirstView(view, data);
  view.buildIndex(data, false);
  // The first view is rendered in this task (hostUpdated renders the light DOM next); starting
  // the later chunks' requests and the pictograms waits for the next one: each import() costs
  // the first view's task time (5–10 ms each at 4× CPU, ten of them).
  await nextTask();
  if (view.preparedFor !== data) return;
  void loadPictograms(view);
  await loadTools(view);
  // Each part below in its own task, after the chunks' own evaluation: together they were one
  // long task right after the first view. The glossary's marks are plain spans (nothing a
  // resident sees or hears) until the last part turns them into buttons, all at once as before.
  await nextTask();
  if (view.preparedFor !== data) return;
  if (view.letterEl && !data.image && data.autoTerms !== false) {
    view.glossary?.markTerms(view.letterEl, data.skipTerms ?? []);
    await nextTask();
    if (view.preparedFor !== data) return;
  }
  view.buildIndex(data, true);
  view.host.requestUpdate();
  await view.host.updateComplete;
}

/**
 * The answers' pictograms (each its own small chunk), shown together in one update: one
 * update each rendered the whole light DOM again, five times in a row. Each fits a box of
 * fixed size, so nothing moves when they land; one that fails to load leaves its box empty.
 */
async function loadPictograms(view: LetterView): Promise<void> {
  const missing = QUESTIONS.filter(({ key }) => !view.pictograms.has(key));
  if (!missing.length) return;
  const loaded = await Promise.allSettled(missing.map(({ icon }) => icon()));
  loaded.forEach((result, i) => {
    if (result.status === 'fulfilled') view.pictograms.set(missing[i]!.key, result.value);
  });
  view.host.requestUpdate();
}
