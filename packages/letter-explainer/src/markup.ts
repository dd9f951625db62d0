/**
 * Reads the editor's markup into content (the no-JSON mode). Readable without JavaScript, and
 * holding every field of the content model (docs/letter-explainer.md, "Markup"):
 *
 *   <h2 data-title lang="nl">…</h2>                                     (one per language)
 *   <div data-letter lang="nl" data-topic data-machine-translated="ar tr"
 *        data-auto-terms="off" data-skip-terms="a, b"> …the letter, with
 *        <mark data-explain="id">…</mark> … </div>
 *   <figure data-letter-image> <img src alt> <ol> <li data-region="x y w h" data-explain="id">
 *        <span lang="nl">…</span> … </li> </ol> </figure>                  (a letter as an image)
 *   <div data-answer="what|todo|when|if-nothing|help" lang="nl"> … </div> (one per language)
 *   <p data-help="walk-in" lang="nl">…</p>  <a data-help="link" href lang="nl">…</a>
 *   <p data-explanation="id" lang="ar" data-words data-glossary> … </p>  (one per language)
 *
 * The `todo` answer may carry `data-objection`; the `when` answer `data-deadline-date`,
 * `-days`, `-weeks`, `-months`, `-from`, `-auto`, `-source` and, per language, `-label`; the
 * `help` answer `data-phone` and `data-contact-finder`.
 */
import { markupToRichText } from '@wegwijs/core/content/safe-markup';
import { auditMarkup, droppedProblem } from '@wegwijs/core/content/markup-audit';
import type { ContentProblem } from '@wegwijs/core/content/content-problem';
import { LETTER_SELECTOR } from './letter-dom.js';
import { letterParagraphs } from './markup-letter-text.js';

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

type Texts = Record<string, string>;

function langOf(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') || 'nl';
}

const plain = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function add(map: Record<string, Texts>, key: string, el: Element, rich = true) {
  const text = rich ? markupToRichText(el) : plain(el);
  if (text) (map[key] ??= {})[langOf(el)] = text;
}

/** The editor's elements outside the letter (the letter's own text is the letter's). */
function outside(host: HTMLElement, letter: Element | null, selector: string): HTMLElement[] {
  return [...host.querySelectorAll<HTMLElement>(selector)].filter((el) => !letter?.contains(el));
}

/** Texts per language; one element without a `lang` of its own is a text for every language. */
function texts(els: Element[], read: (el: Element) => string = plain): string | Texts | undefined {
  if (els.length === 1 && !els[0]!.hasAttribute('lang')) return read(els[0]!) || undefined;
  const out: Texts = {};
  for (const el of els) {
    const text = read(el);
    if (text) out[langOf(el)] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

const list = (value: string | undefined, split: RegExp) =>
  (value ?? '')
    .split(split)
    .map((s) => s.trim())
    .filter(Boolean);

const PERIODS = ['days', 'weeks', 'months'] as const;

/** The deadline from the `when` answers' attributes (the label per language). */
function deadlineOf(whens: HTMLElement[]): Record<string, unknown> | undefined {
  const rule: Record<string, unknown> = {};
  for (const el of whens) {
    const data = el.dataset;
    if (data['deadlineDate']) rule['date'] ??= data['deadlineDate'];
    for (const unit of PERIODS) {
      const value = data[`deadline${unit[0]!.toUpperCase()}${unit.slice(1)}`];
      if (value) rule[unit] ??= Number(value);
    }
    if (data['deadlineFrom']) rule['from'] ??= data['deadlineFrom'];
    if (data['deadlineAuto'] !== undefined) rule['auto'] = true;
    if (data['deadlineSource']) rule['source'] ??= data['deadlineSource'];
  }
  const labelled = whens.filter((el) => el.dataset['deadlineLabel']);
  const label = texts(labelled, (el) => (el as HTMLElement).dataset['deadlineLabel']!.trim());
  if (!Object.keys(rule).length && !label) return undefined;
  // A period without a starting point counts from the letter's date (the only one there is).
  if (PERIODS.some((p) => p in rule) && !('date' in rule)) rule['from'] ??= 'letter-date';
  return label ? { ...rule, label } : rule;
}

/** Who can help, beyond the answer: phone and contact finder, walk-in hours, a link. */
function helpOf(host: HTMLElement, letter: Element | null, helps: HTMLElement[]) {
  const help: Record<string, unknown> = {};
  const first = (key: string) => helps.map((el) => el.dataset[key]).find(Boolean);
  if (first('phone')) help['phone'] = first('phone');
  const walkIn = texts(outside(host, letter, '[data-help="walk-in"]'));
  if (walkIn) help['walkIn'] = walkIn;
  const links = outside(host, letter, 'a[data-help="link"]');
  const text = texts(links);
  if (links[0]?.getAttribute('href') && text)
    help['link'] = { href: links[0].getAttribute('href'), text };
  if (first('contactFinder')) help['contactFinder'] = first('contactFinder');
  return Object.keys(help).length ? help : undefined;
}

/** A letter given as an image: its address, text alternative and regions. */
function imageOf(figure: Element | undefined) {
  const img = figure?.querySelector('img');
  if (!figure || !img?.getAttribute('src')) return undefined;
  const alts = [img, ...figure.querySelectorAll('[data-alt]')];
  const regions = [...figure.querySelectorAll<HTMLElement>('[data-region]')].map((li) => {
    const [x, y, width, height] = list(li.dataset['region'], /\s+/).map(Number);
    const spans = [...li.children].filter((el) => el.hasAttribute('lang'));
    return {
      x,
      y,
      width,
      height,
      text: spans.length ? texts(spans) : plain(li),
      explain: li.dataset['explain'],
    };
  });
  const alt =
    alts.length === 1 && !img.hasAttribute('lang')
      ? (img.getAttribute('alt') ?? '')
      : texts(alts, (el) => (el === img ? (img.getAttribute('alt') ?? '') : plain(el)));
  return { src: img.getAttribute('src'), alt, regions };
}

export function markupToContent(host: HTMLElement): unknown {
  const letter = host.querySelector(LETTER_SELECTOR);
  const answerEls = outside(host, letter, '[data-answer]');
  const figure = outside(host, letter, '[data-letter-image]')[0];
  if (!letter && !answerEls.length && !figure) return undefined;
  const answers: Record<string, Texts> = {};
  const content: Record<string, unknown> = {};
  const titles = [...host.querySelectorAll(':scope > [data-title]')];
  const title = texts(titles);
  if (title) content['title'] = title;
  const letterData = (letter as HTMLElement | null)?.dataset ?? {};
  if (letter?.getAttribute('lang')) content['lang'] = letter.getAttribute('lang');
  if (letterData['topic']) content['topic'] = letterData['topic'];
  const machine = list(letterData['machineTranslated'], /[\s,]+/);
  if (machine.length) content['machineTranslated'] = machine;
  content['answers'] = answers;
  for (const el of answerEls) {
    const key = KEYS[el.getAttribute('data-answer') ?? ''];
    if (key) add(answers, key, el);
  }
  const byKey = (key: string) => answerEls.filter((el) => el.dataset['answer'] === key);
  const deadline = deadlineOf(byKey('when'));
  if (deadline) content['deadline'] = deadline;
  if (byKey('todo').some((el) => el.dataset['objection'] !== undefined))
    content['objection'] = true;
  const paragraphs = letter ? letterParagraphs(letter) : [];
  if (paragraphs.length) content['letter'] = paragraphs;
  const image = imageOf(figure);
  if (image) content['image'] = image;
  const explanations: Record<string, Texts> = {};
  const extra: Record<string, { term?: string; glossary?: string }> = {};
  for (const el of outside(host, letter, '[data-explanation]')) {
    const id = el.dataset['explanation'] ?? '';
    add(explanations, id, el, false);
    const more = (extra[id] ??= {});
    if (el.dataset['words']) more.term ??= el.dataset['words'];
    if (el.dataset['glossary']) more.glossary ??= el.dataset['glossary'];
  }
  const explained = Object.entries(explanations).map(([id, text]) => ({
    id,
    ...(extra[id]?.term ? { term: extra[id].term } : {}),
    text,
    ...(extra[id]?.glossary ? { glossary: extra[id].glossary } : {}),
  }));
  if (explained.length) content['explanations'] = explained;
  if (letterData['autoTerms'] === 'off') content['autoTerms'] = false;
  const skip = list(letterData['skipTerms'], /[,;]/);
  if (skip.length) content['skipTerms'] = skip;
  const help = helpOf(host, letter, byKey('help'));
  if (help) content['help'] = help;
  return content;
}
