/**
 * The letter view's rendering: the five answers above the letter, all explanations and the
 * glossary below it (light DOM, so read-aloud and translation tools reach them).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { languagesOf, resolveText, type ResolvedText } from '@wegwijs/core/content/localized-text';
import { directionOf, primaryLanguage } from '@wegwijs/core/locale/locales';
import { renderRichText } from '@wegwijs/core/content/rich-text';
import { safeUrl, telHref } from '@wegwijs/core/content/safe-url';
import { fallbackNotice } from '@wegwijs/core/locale/missing-language';
import { machineAssistedNote } from '@wegwijs/core/locale/machine-assisted';
import type { LetterContent } from '../schema.js';
import type { LetterView } from '../letter-view.js';
import type { LetterEntry } from './letter-index.js';
import { QUESTIONS, questionText } from './questions.js';

/** The explanation of an entry in the reader's language, the Dutch term kept beside it. */
// (the gloss is shown in brackets after the Dutch term: see glossBeside below the class)
export function explain(view: LetterView, entry: LetterEntry, locale = view.localeInfo.locale) {
  const lang = primaryLanguage(locale);
  const term = entry.glossaryId ? view.glossary?.getTerm(entry.glossaryId) : undefined;
  const translated = term ? view.glossaryLocales.get(lang)?.terms[term.id] : undefined;
  let text: ResolvedText | undefined = entry.text
    ? resolveText(entry.text, locale, view.contentLang)
    : undefined;
  if (term && (!text || text.fallback)) {
    if (translated)
      text = { text: translated.explanation, lang, dir: directionOf(lang), fallback: false };
    else text ??= { text: term.explanation, lang: 'nl', dir: 'ltr', fallback: lang !== 'nl' };
  }
  return {
    text,
    gloss: lang === 'nl' ? undefined : glossBeside(entry.term, translated?.term),
    lang,
    dir: directionOf(lang),
  };
}

export function entryTemplate(
  view: LetterView,
  entry: LetterEntry,
  tag: 'span' | 'div' = 'span',
): TemplateResult {
  const { text, gloss, lang, dir } = explain(view, entry);
  const body = html`<span class="wegwijs-letter-explainer__nl" lang=${view.contentLang} dir="ltr"
      >${entry.term}</span
    >${gloss ? html` <span lang=${lang} dir=${dir}>(${gloss})</span>` : nothing}${
      text ? html`: <span lang=${text.lang} dir=${text.dir}>${text.text}</span>` : nothing
    }`;
  return tag === 'div' ? html`<div>${body}</div>` : html`<span>${body}</span>`;
}

export function heading(
  view: LetterView,
  text: string,
  level = view.host.headingLevel,
  id?: string,
): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${Math.min(6, Math.max(2, level))}
    class="wegwijs-letter-explainer__qh"
    id=${id ?? nothing}
  >
    ${text}
  </div>`;
}

export function languages(view: LetterView, data: LetterContent): string {
  const texts = [...Object.values(data.answers), ...(data.explanations ?? []).map((e) => e.text)];
  return [...new Set([view.contentLang, ...languagesOf(texts)])].join(' ');
}

/** No title or answer in the resident's language: say so in it, offer a key person. */
function missingLanguage(view: LetterView, data: LetterContent) {
  const { locale, uiLocale } = view.localeInfo;
  return fallbackNotice({
    widget: 'letter-explainer',
    texts: [data.title, ...Object.values(data.answers)],
    contentLang: view.contentLang,
    locale,
    uiLocale,
    root: view.host.getRootNode(),
  });
}

export function topTemplate(view: LetterView, data: LetterContent): TemplateResult {
  const { locale } = view.localeInfo;
  const spoken = languages(view, data);
  const lang = primaryLanguage(locale);
  const machine =
    data.machineTranslated?.some((code) => primaryLanguage(code) === lang) ||
    view.glossaryLocales.get(lang)?.reviewed === false;
  const missing = missingLanguage(view, data);
  const title = resolveText(data.title, locale, view.contentLang);
  const speech = view.speech;
  const answers = QUESTIONS.filter(
    ({ key }) =>
      data.answers[key] || (key === 'when' && (data.deadline || view.activeDeadline(data))),
  );
  return html`<section class="wegwijs-letter-explainer__box" aria-labelledby="${view.uid}-h">
    ${heading(view, msg('Uitleg bij deze brief'), view.host.headingLevel, `${view.uid}-h`)}
    ${title ? html`<p><span lang=${title.lang} dir=${title.dir}>${title.text}</span></p>` : nothing}
    <div class="wegwijs-letter-explainer__tools">
      ${
        spoken.includes(' ')
          ? html`<wegwijs-language-switch languages=${spoken}></wegwijs-language-switch>`
          : nothing
      }
      ${speech?.readAloud(
        view,
        answers.flatMap(({ key }) => speech.answerItems(view, data, key)),
        msg('Lees de antwoorden voor'),
      )}
      ${view.letterEl ? readLetterButton(view) : nothing}
      <button type="button" class="wegwijs-letter-explainer__btn" @click=${() => window.print()}>
        ${msg('Afdrukken')}
      </button>
    </div>
    ${
      // Answers that fall back (the resident reads Dutch) get the missing-language notice
      // alone: a note that "this translation" was made by a computer would not be true.
      missing !== nothing
        ? missing
        : machine
          ? machineAssistedNote(view.localeInfo.uiLocale, 'wegwijs-letter-explainer__note')
          : nothing
    }
    ${view.host.preview ? view.proposal?.proposalTemplate(view, data) : nothing}
    <ol class="wegwijs-letter-explainer__q">
      ${answers.map(({ key }) => {
        const answer = resolveText(data.answers[key], locale, view.contentLang);
        return html`<li>
          <span class="wegwijs-letter-explainer__pic" aria-hidden="true"
            >${svg`<svg viewBox="0 0 48 48" width="100%" height="100%" focusable="false">${
              view.pictograms.get(key)?.body
            }</svg>`}</span
          >
          ${heading(view, questionText(key), view.host.headingLevel + 1)}
          ${
            answer
              ? html`<div lang=${answer.lang} dir=${answer.dir}>
                  ${renderRichText(answer.text)}
                </div>`
              : nothing
          }
          ${key === 'when' ? view.deadline?.deadlineTemplate(view, data) : nothing}
          ${key === 'todo' && data.objection ? view.deadline?.objectionStepsTemplate(view, data) : nothing}
          ${key === 'help' ? helpTemplate(view, data) : nothing}
          ${
            speech
              ? html`<div class="wegwijs-letter-explainer__actions">
                  ${speech.readAloud(
                    view,
                    speech.answerItems(view, data, key),
                    msg(str`Lees voor: ${questionText(key)}`),
                  )}
                </div>`
              : nothing
          }
        </li>`;
      })}
    </ol>
  </section>`;
}

export function helpTemplate(
  view: LetterView,
  data: LetterContent,
): TemplateResult | typeof nothing {
  const help = data.help;
  if (!help) return nothing;
  const { locale } = view.localeInfo;
  const walkIn = resolveText(help.walkIn, locale, view.contentLang);
  const link = help.link && safeUrl(help.link.href);
  const linkText = help.link && resolveText(help.link.text, locale, view.contentLang);
  const phone = help.phone && telHref(help.phone);
  const finder = contactFinderHref(view, help.contactFinder, data);
  return html`<ul>
    ${phone ? html`<li>${msg('Bel')} <a href=${phone} dir="ltr">${help.phone}</a></li>` : nothing}
    ${walkIn ? html`<li lang=${walkIn.lang} dir=${walkIn.dir}>${walkIn.text}</li>` : nothing}
    ${
      link && linkText
        ? html`<li>
            <a href=${link} lang=${linkText.lang} dir=${linkText.dir}>${linkText.text}</a>
          </li>`
        : nothing
    }
    ${finder ? html`<li><a href=${finder}>${msg('Zoek hulp die uw taal spreekt')}</a></li>` : nothing}
  </ul>`;
}

/**
 * A link to a contact finder prefiltered on the reader's language and the letter's topic,
 * in the finder's own hash state (`#cf-lang=…&cf-topic=…`, see contact-finder/hash-state.ts).
 * A `<wegwijs-contact-finder>` on view page wins over a page elsewhere: the link stays here
 * and the finder applies the hash and scrolls into view. A finder with `no-hash` (named by
 * `#id`) gets the filters as its `language` and `topic` attributes instead.
 */
export function contactFinderHref(
  view: LetterView,
  target: string | undefined,
  data: LetterContent,
): string | undefined {
  if (!target) return undefined;
  const language = primaryLanguage(view.localeInfo.locale);
  const topic = view.host.topic ?? data.topic ?? 'letters';
  const hash = `#${new URLSearchParams({ 'cf-lang': language, 'cf-topic': topic })}`;
  const root = view.host.getRootNode() as Document | ShadowRoot;
  const named = target.startsWith('#') ? root.getElementById?.(target.slice(1)) : undefined;
  const finder =
    named?.localName === 'wegwijs-contact-finder'
      ? named
      : root.querySelector?.('wegwijs-contact-finder:not([no-hash])');
  if (finder && !finder.hasAttribute('no-hash')) return hash;
  if (finder && named === finder) {
    finder.setAttribute('language', language);
    finder.setAttribute('topic', topic);
    return target;
  }
  const url = safeUrl(target);
  if (!url || !/^https?:/.test(url)) return undefined;
  return `${url.split('#')[0]}${hash}`;
}

export function readLetterButton(view: LetterView): TemplateResult | typeof nothing {
  const reader = view.reader;
  if (!reader?.canRead(view.contentLang)) return nothing;
  return html`<button
    type="button"
    class="wegwijs-letter-explainer__btn"
    aria-pressed=${reader.playing ? 'true' : 'false'}
    @click=${() => view.readLetter()}
  >
    ${msg('Lees de brief voor')}
  </button>`;
}

export function bottomTemplate(view: LetterView): TemplateResult {
  return html`${
    view.entries.length
      ? html`<section class="wegwijs-letter-explainer__box" aria-labelledby="${view.uid}-a">
          ${heading(view, msg('Alle uitleg op een rij'), view.host.headingLevel, `${view.uid}-a`)}
          <ol>
            ${view.entries.map((entry) => html`<li value=${entry.n}>${entryTemplate(view, entry)}</li>`)}
          </ol>
        </section>`
      : nothing
  }
  ${view.glossary?.glossaryTemplate(view) ?? nothing}`;
}

/**
 * The translated term shown in brackets after the Dutch one. A translation that already
 * starts with the Dutch term ("CAK (devlet ödeme kurumu)") gives only what it adds, or
 * "CAK (CAK (devlet ödeme kurumu))" is shown (#26); one equal to it adds nothing.
 */
export function glossBeside(dutch: string, gloss: string | undefined): string | undefined {
  if (!gloss) return undefined;
  const d = dutch.trim().toLowerCase();
  const g = gloss.trim();
  if (g.toLowerCase() === d) return undefined;
  const inner = g.match(/^(.+?)\s*\((.+)\)$/);
  if (inner && inner[1]!.toLowerCase() === d) return inner[2];
  return g;
}
