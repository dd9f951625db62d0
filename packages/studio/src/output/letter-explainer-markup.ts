/**
 * The letter's content as the editor markup the letter explainer reads (`markupToContent` in
 * `packages/letter-explainer/src/markup.ts`, docs/letter-explainer.md): the title, the letter
 * as paragraphs with its marked passages, the five answers per language, who can help and the
 * explanations; a readable page without JavaScript. Every field of the content model has a
 * place (the deadline rule and the letter's settings as data-* attributes), so nothing is lost:
 * Studio's tests read it back with the widget's own reader. The profile is filled in first, so
 * a resident without JavaScript never reads {{telefoon}}.
 */
import { directionOf } from '@wegwijs/core';
import { applyProfile, type Profile } from '@wegwijs/core/check';
import type { LetterContent } from '@wegwijs/letter-explainer';
import { escapeAttribute as attr, escapeText as text, richTextToHtml } from './html.js';

type Text = string | Record<string, string> | undefined;

const attrs = (pairs: [string, string | number | boolean | undefined][]) =>
  pairs
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${attr(String(v))}"`))
    .join('');

const langAttrs = (lang: string | undefined) =>
  lang
    ? attrs([
        ['lang', lang],
        ['dir', directionOf(lang) === 'rtl' ? 'rtl' : undefined],
      ])
    : '';

/**
 * A text per language, in the working languages' order: `[lang, text]`; a plain string is one
 * text for every language (`lang` undefined: the element gets none of its own).
 */
function perLanguage(value: Text, languages: string[]): [string | undefined, string][] {
  if (typeof value === 'string') return value.trim() ? [[undefined, value]] : [];
  if (!value) return [];
  const order = [...languages, ...Object.keys(value).filter((l) => !languages.includes(l))];
  return order
    .filter((l) => languages.includes(l) && value[l]?.trim())
    .map((l) => [l, value[l]!] as [string, string]);
}

/** The letter's paragraphs: `[[id|passage]]` becomes `<mark data-explain>`, a line break `<br>`. */
function paragraphHtml(paragraph: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(/\[\[([\w-]{1,64})\|([^\]]+)\]\]/g)) {
    parts.push(text(paragraph.slice(last, match.index)));
    parts.push(`<mark data-explain="${attr(match[1]!)}">${text(match[2]!)}</mark>`);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(text(paragraph.slice(last)));
  return `    <p>${parts.join('').replace(/\n/g, '<br />\n      ')}</p>`;
}

const ANSWERS = [
  ['what', 'what'],
  ['todo', 'todo'],
  ['when', 'when'],
  ['ifNothing', 'if-nothing'],
  ['help', 'help'],
] as const;

/** The inner markup of `<wegwijs-letter-explainer>`, indented by two spaces. */
export function letterExplainerMarkup(
  content: LetterContent,
  languages: string[],
  profile?: Profile,
): string {
  const c = applyProfile(content, profile) as LetterContent;
  const letterLang = c.lang || 'nl';
  const langs = languages.includes(letterLang) ? languages : [letterLang, ...languages];
  const each = (value: Text) => perLanguage(value, langs);
  /** A string answer or explanation is in the letter's language. */
  const eachIn = (value: Text) => each(value).map(([l, t]) => [l ?? letterLang, t] as const);
  const out: string[] = [];

  for (const [lang, title] of each(c.title))
    out.push(`  <h2 data-title${langAttrs(lang)}>${text(title)}</h2>`);

  const paragraphs = c.letter ?? [];
  const settings = attrs([
    ['data-topic', c.topic],
    ['data-machine-translated', c.machineTranslated?.join(' ')],
    ['data-auto-terms', c.autoTerms === false ? 'off' : undefined],
    ['data-skip-terms', c.skipTerms?.join(', ')],
  ]);
  // The letter's settings live on the letter; without a letter to show it stays hidden.
  const hidden = !paragraphs.length && !c.image ? ' hidden' : '';
  if (paragraphs.length || c.image || settings)
    out.push(
      `  <div data-letter${langAttrs(letterLang)}${settings}${hidden}>`,
      ...paragraphs.map(paragraphHtml),
      '  </div>',
    );

  if (c.image) {
    const [first = [undefined, ''], ...more] = each(c.image.alt);
    out.push('  <figure data-letter-image>');
    out.push(
      `    <img src="${attr(c.image.src)}" alt="${attr(first[1])}"${langAttrs(first[0])} />`,
    );
    for (const [lang, alt] of more)
      out.push(`    <p data-alt${langAttrs(lang)} hidden>${text(alt)}</p>`);
    out.push('    <ol>');
    for (const r of c.image.regions) {
      const spans = each(r.text)
        .map(([lang, t]) => `<span${langAttrs(lang ?? letterLang)}>${text(t)}</span>`)
        .join(' ');
      out.push(
        `      <li${attrs([
          ['data-region', `${r.x} ${r.y} ${r.width} ${r.height}`],
          ['data-explain', r.explain],
        ])}>${spans}</li>`,
      );
    }
    out.push('    </ol>', '  </figure>');
  }

  const deadline = c.deadline;
  const labels = new Map(each(deadline?.label).map(([l, t]) => [l ?? letterLang, t]));
  for (const [key, name] of ANSWERS) {
    const answers = eachIn(c.answers?.[key]);
    // The deadline needs a `when` answer to sit on, even when there is no answer text.
    if (key === 'when' && deadline && !answers.length) answers.push([letterLang, '']);
    answers.forEach(([lang, answer], i) => {
      const extra: [string, string | number | boolean | undefined][] = [];
      if (key === 'todo' && i === 0) extra.push(['data-objection', !!c.objection]);
      if (key === 'when' && deadline) {
        if (i === 0)
          extra.push(
            ['data-deadline-date', deadline.date],
            ['data-deadline-days', deadline.days],
            ['data-deadline-weeks', deadline.weeks],
            ['data-deadline-months', deadline.months],
            ['data-deadline-from', deadline.from],
            ['data-deadline-auto', !!deadline.auto],
            ['data-deadline-source', deadline.source],
          );
        extra.push(['data-deadline-label', labels.get(lang)]);
      }
      if (key === 'help' && i === 0)
        extra.push(['data-phone', c.help?.phone], ['data-contact-finder', c.help?.contactFinder]);
      const body = answer ? `\n${richTextToHtml(answer, '    ')}\n  ` : '';
      out.push(`  <div data-answer="${name}"${langAttrs(lang)}${attrs(extra)}>${body}</div>`);
    });
    // A label in a language without a `when` answer still needs its element.
    if (key === 'when')
      for (const [lang, label] of labels)
        if (!answers.some(([l]) => l === lang))
          out.push(
            `  <div data-answer="when"${langAttrs(lang)}${attrs([['data-deadline-label', label]])}></div>`,
          );
  }
  for (const [lang, walkIn] of each(c.help?.walkIn))
    out.push(`  <p data-help="walk-in"${langAttrs(lang)}>${text(walkIn)}</p>`);
  if (c.help?.link?.href)
    for (const [lang, label] of each(c.help.link.text))
      out.push(
        `  <p><a data-help="link" href="${attr(c.help.link.href)}"${langAttrs(lang)}>${text(label)}</a></p>`,
      );

  for (const e of c.explanations ?? []) {
    eachIn(e.text).forEach(([lang, explanation], i) => {
      const extra = attrs([
        ['data-words', i === 0 ? e.term : undefined],
        ['data-glossary', i === 0 ? e.glossary : undefined],
      ]);
      out.push(
        `  <p data-explanation="${attr(e.id)}"${langAttrs(lang)}${extra}>${text(explanation)}</p>`,
      );
    });
  }
  return out.join('\n');
}
