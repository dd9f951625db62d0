/**
 * Hand the question to a `<wegwijs-contact-finder>` on the page, through the finder's
 * documented presets: its `language` attribute, and its `topic` attribute with the chosen
 * domains' topics (several, separated by spaces). A host can take over by cancelling the
 * `wegwijs-question-handover` event.
 */
import { msg } from '@wegwijs/core/locale/msg';
import { WegwijsQuestionHandoverEvent } from './events.js';
import type { QuestionHost } from './host.js';

/** The finder this helper hands over to: `finder="id"`, else the first one in its document. */
export function findFinder(h: QuestionHost): HTMLElement | undefined {
  const root = h.getRootNode() as Document | ShadowRoot;
  const byId = h.finder ? root.getElementById?.(h.finder) : undefined;
  if (byId) return byId.localName === 'wegwijs-contact-finder' ? byId : undefined;
  return root.querySelector?.<HTMLElement>('wegwijs-contact-finder') ?? undefined;
}

/** The contact finder topics of the chosen domains, without duplicates. */
export function topicsOf(h: QuestionHost): string[] {
  const topics = (h.set?.domains ?? [])
    .filter((d) => h.answers.domains.includes(d.id) && d.topic)
    .map((d) => d.topic!);
  return [...new Set(topics)];
}

export function handOver(h: QuestionHost, finder: HTMLElement): void {
  const detail = { topics: topicsOf(h), language: h.answers.language, answers: h.answers };
  const event = new WegwijsQuestionHandoverEvent(detail);
  if (!h.dispatchEvent(event)) return;
  finder.setAttribute('language', detail.language);
  finder.setAttribute('topic', detail.topics.join(' '));
  h.say(msg('De lijst met contactpersonen toont nu wie u kan helpen.'));
  finder.scrollIntoView({ block: 'start' });
  if (!finder.hasAttribute('tabindex')) finder.setAttribute('tabindex', '-1');
  finder.focus({ preventScroll: true });
}
