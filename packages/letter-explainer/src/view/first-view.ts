/**
 * The parts that shape the letter's first view: the deadline (date field, the letter's own
 * sentence, the objection steps), the search for that sentence in the letter, the read-aloud
 * buttons and core's elements (language switch, read aloud). They are fetched when the element
 * is created, in parallel with its content, and the content is only shown once they are in:
 * shown before them, the answers grew when they landed and pushed everything below down
 * (issue 23: CLS 0.126 on the bench page, the deadline and the objection steps ~600 px on a
 * 412 px wide phone, the language switch 200 px sideways). A letter given as an image loads its
 * image mode before its first view too (letter-view.ts: only the checked content says so); the
 * glossary and the explanations' tips stay for after the first view (see prepare.ts).
 *
 * Each part may fail to load (offline, a blocked chunk): the letter is then shown without it,
 * as before.
 */
import { defineCoreElements } from '@wegwijs/core/define-lazy';
import type { LetterView } from '../letter-view.js';

/** Starts loading the parts and sets them on the view as they arrive; never rejects. */
export function loadFirstView(view: LetterView): Promise<unknown> {
  const optional = <T>(load: Promise<T>, use: (module: T) => void) =>
    load.then(use, () => undefined);
  return Promise.all([
    optional(import('../letter-deadline.js'), (m) => (view.deadline = m)),
    optional(import('../deadline-text.js'), (m) => (view.deadlineText = m)),
    optional(import('../letter-text.js'), (m) => (view.letterText = m.letterText)),
    optional(import('../letter-reader.js'), (m) => (view.speech = m)),
    optional(defineCoreElements(), () => undefined),
  ]);
}
