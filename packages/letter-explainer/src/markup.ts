/**
 * Reads the editor's markup into content (the no-JSON mode). Readable without JavaScript:
 *
 *   <div data-letter> …the letter, with <mark data-explain="id">…</mark> … </div>
 *   <p data-answer="what|todo|when|if-nothing|help" lang="nl"> … </p>   (one per language)
 *   <p data-explanation="id" lang="ar"> … </p>                          (one per language)
 *
 * The `when` answer may carry `data-deadline-date`, `-days`, `-weeks` or `-months`; the `help`
 * answer `data-phone` and `data-contact-finder`.
 */
import { markupToRichText } from '@wegwijs/core/content/safe-markup';
import { auditMarkup, droppedProblem } from '@wegwijs/core/content/markup-audit';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';
import { LETTER_SELECTOR } from './letter-dom.js';

/** Letters already put through the allowlist, and what was dropped from each. */
const cleaned = new WeakMap<Element, ContentProblem[]>();

/**
 * The editor's letter is shown as it is, so it goes through the one allowlist first, in place
 * and once (before our buttons go in): what runs, embeds or loads goes, unknown elements are
 * unwrapped. The answers are read as rich text; what that leaves out is reported with it.
 */
export function allowlistLetter(host: HTMLElement): ContentProblem[] {
  const letter = host.querySelector(LETTER_SELECTOR);
  if (!letter) return [];
  const done = cleaned.get(letter);
  if (done) return done;
  const dropped = auditMarkup(letter, { fix: true, self: true });
  for (const answer of host.querySelectorAll('[data-answer]'))
    if (!letter.contains(answer)) auditMarkup(answer, { dropped });
  const report = droppedProblem(dropped, 'letter');
  cleaned.set(letter, report ? [report] : []);
  return cleaned.get(letter)!;
}

const KEYS: Record<string, string> = {
  what: 'what',
  todo: 'todo',
  when: 'when',
  'if-nothing': 'ifNothing',
  help: 'help',
};

function langOf(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') || 'nl';
}

function add(map: Record<string, Record<string, string>>, key: string, el: Element, rich = true) {
  const text = rich ? markupToRichText(el) : (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) (map[key] ??= {})[langOf(el)] = text;
}

export function markupToContent(host: HTMLElement): unknown {
  const letter = host.querySelector(LETTER_SELECTOR);
  const answerEls = [...host.querySelectorAll('[data-answer]')].filter(
    (el) => !letter?.contains(el),
  );
  if (!letter && !answerEls.length) return undefined;
  const answers: Record<string, Record<string, string>> = {};
  const content: Record<string, unknown> = { answers };
  for (const el of answerEls) {
    const key = KEYS[el.getAttribute('data-answer') ?? ''];
    if (!key) continue;
    add(answers, key, el);
    const data = (el as HTMLElement).dataset;
    if (key === 'when') {
      const rule: Record<string, unknown> = {};
      if (data['deadlineDate']) rule['date'] = data['deadlineDate'];
      for (const unit of ['days', 'weeks', 'months'] as const) {
        const value = data[`deadline${unit[0]!.toUpperCase()}${unit.slice(1)}`];
        if (value) rule[unit] = Number(value);
      }
      if (Object.keys(rule).length) content['deadline'] = { ...rule, from: 'letter-date' };
    }
    if (key === 'help' && (data['phone'] || data['contactFinder'])) {
      content['help'] = { phone: data['phone'], contactFinder: data['contactFinder'] };
    }
  }
  const explanations: Record<string, Record<string, string>> = {};
  for (const el of host.querySelectorAll('[data-explanation]')) {
    add(explanations, el.getAttribute('data-explanation') ?? '', el, false);
  }
  content['explanations'] = Object.entries(explanations).map(([id, text]) => ({ id, text }));
  const title = host.querySelector(':scope > [data-title]');
  if (title?.textContent?.trim()) content['title'] = title.textContent.trim();
  if (letter?.getAttribute('lang')) content['lang'] = letter.getAttribute('lang');
  return content;
}
