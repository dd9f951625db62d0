/**
 * The question card as data, per language: what the two halves show and what is shared as
 * text. Pure (no DOM), so the card, the share text and the tests read the same thing.
 */
import { resolveText, type LocalizedText } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';
import type { Phrases } from './phrases/types.js';
import type { Answers, Channel, QuestionSet } from './types.js';

/** A text and the language it really is in (a fallback may be in another language). */
export interface CardText {
  text: string;
  lang: string;
}

export interface CardSection {
  heading: string;
  items: CardText[];
}

export interface CardHalf {
  /** The language this half is written in. */
  lang: string;
  title: string;
  sections: CardSection[];
  /** "In my own words", the label "not translated", and the resident's own text. */
  ownWords?: { heading: string; note: string; text: CardText };
}

const CHANNEL_PHRASE: Record<Channel, keyof Phrases> = {
  phone: 'phone',
  whatsapp: 'whatsapp',
  'walk-in': 'walkIn',
  'home-visit': 'homeVisit',
};

function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
  } catch {
    return date;
  }
}

/** One half of the card, in `lang`, from the answers and the question set. */
export function cardHalf(set: QuestionSet, answers: Answers, lang: string, p: Phrases): CardHalf {
  const text = (value: LocalizedText): CardText => {
    const resolved = resolveText(value, lang, set.lang);
    return { text: resolved?.text ?? '', lang: resolved?.lang ?? lang };
  };
  const plain = (value: string): CardText => ({ text: value, lang });
  const chosen = set.domains.filter((d) => answers.domains.includes(d.id));
  const statements = chosen.flatMap((d) =>
    d.statements.filter((s) => answers.statements.includes(`${d.id}/${s.id}`)).map((s) => s.text),
  );
  const help: CardText[] = [plain(`${p.language}: ${endonym(answers.language)}`)];
  if (answers.helpLanguage === 'interpreter') help.push(plain(p.interpreter));
  if (answers.helpLanguage === 'key-person') help.push(plain(p.keyPerson));
  if (answers.channel) help.push(plain(`${p.contact}: ${p[CHANNEL_PHRASE[answers.channel]]}`));
  if (answers.supporter !== 'any')
    help.push(plain(`${p.supporter}: ${answers.supporter === 'man' ? p.man : p.woman}`));
  if (answers.deadline === 'yes')
    help.push(
      plain(
        `${p.deadline}: ${p.deadlineYes}${
          answers.deadlineDate ? `, ${p.before} ${formatDate(answers.deadlineDate, lang)}` : ''
        }`,
      ),
    );
  if (answers.deadline === 'no') help.push(plain(`${p.deadline}: ${p.deadlineNo}`));
  const sections: CardSection[] = [
    { heading: p.domains, items: chosen.map((d) => text(d.label)) },
    { heading: p.statements, items: statements.map(text) },
    { heading: p.help, items: help },
  ].filter((s) => s.items.length > 0);
  const own = answers.freeText.trim();
  return {
    lang,
    title: p.title,
    sections,
    ownWords: own
      ? {
          heading: p.ownWords,
          note: p.notTranslated,
          text: { text: own, lang: answers.language },
        }
      : undefined,
  };
}

/** The card as plain text, for the share sheet, WhatsApp and the clipboard. */
export function shareText(halves: CardHalf[]): string {
  return halves
    .map((half) => {
      const lines = [`${half.title} (${endonym(half.lang)})`];
      for (const section of half.sections) {
        lines.push('', `${section.heading}:`);
        for (const item of section.items) lines.push(`- ${item.text}`);
      }
      if (half.ownWords)
        lines.push(
          '',
          `${half.ownWords.heading} (${half.ownWords.note}):`,
          half.ownWords.text.text,
        );
      return lines.join('\n');
    })
    .join('\n\n---\n\n');
}
