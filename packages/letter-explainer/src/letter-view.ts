/**
 * The letter explainer's view: content loading, the five answers, the deadline, the letter's
 * explanations, the image mode, the glossary and read aloud. Loaded as one chunk when the
 * element connects, so the code loaded up front stays small; until then the element shows
 * the editor's markup, which is readable on its own.
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { html, nothing, render, svg, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { ContentController } from '@wegwijs/core/content/content-controller';
import { problem, type ContentProblem } from '@wegwijs/core/content/content-problem';
import {
  languagesOf,
  resolveText,
  type LocalizedText,
  type ResolvedText,
} from '@wegwijs/core/content/localized-text';
import { directionOf, primaryLanguage } from '@wegwijs/core/locale/locales';
import { renderRichText } from '@wegwijs/core/content/rich-text';
import { safeUrl, telHref } from '@wegwijs/core/content/safe-url';
import { defineCoreElements } from '@wegwijs/core/define-lazy';
import type { Pictogram } from '@wegwijs/pictograms';
import type { GlossaryLocale } from '@wegwijs/glossary';
import type { AnswerKey, LetterContent } from './schema.js';
import type { FoundDeadline } from './deadline-text.js';
import {
  LETTER_SELECTOR,
  MARK_SELECTOR,
  buildLetter,
  labelButton,
  markKey,
  same,
  wrapMark,
} from './letter-dom.js';
import { documentCss, usableCss } from './letter-explainer.styles.js';
import type { WegwijsLetterExplainer } from './letter-explainer.js';
import type { LetterReader } from './letter-reader.js';

type Speech = typeof import('./letter-reader.js');

type Glossary = typeof import('./letter-glossary.js');
type ImageView = typeof import('./letter-image.js');
type DeadlineView = typeof import('./letter-deadline.js');
type TipsView = typeof import('./letter-tips.js');
type DeadlineText = typeof import('./deadline-text.js');

/** One numbered explanation: of a marked passage, a term or an image region. */
export interface LetterEntry {
  n: number;
  key: string;
  /** The Dutch words as in the letter. */
  term: string;
  text?: LocalizedText;
  glossaryId?: string;
}

/** @internal A marked passage's button and its open explanation. */
export interface Occurrence {
  entry: LetterEntry;
  button: HTMLButtonElement;
  tip?: HTMLElement;
}

/** The five questions, each with its pictogram (literal imports: one small chunk each). */
const QUESTIONS: { key: AnswerKey; icon: () => Promise<Pictogram> }[] = [
  { key: 'what', icon: () => import('@wegwijs/pictograms/icons/letter').then((m) => m.letter) },
  {
    key: 'todo',
    icon: () => import('@wegwijs/pictograms/icons/checkmark').then((m) => m.checkmark),
  },
  { key: 'when', icon: () => import('@wegwijs/pictograms/icons/calendar').then((m) => m.calendar) },
  {
    key: 'ifNothing',
    icon: () => import('@wegwijs/pictograms/icons/warning').then((m) => m.warning),
  },
  { key: 'help', icon: () => import('@wegwijs/pictograms/icons/help').then((m) => m.help) },
];

let counter = 0;

/** Everything the element shows and does once its content is known. */
export class LetterView implements ReactiveController {
  /** The schema check: one chunk, fetched in parallel with the content. */
  private readonly checker = import('./validate.js');

  readonly content = new ContentController<LetterContent>(this.host, {
    validate: async (raw, origin) => {
      // The markup reader is its own chunk too, fetched only for a letter given as markup, or
      // for the editor's letter beside JSON content: shown as it is, it goes through the
      // allowlist first (in place, before the explanations' buttons go in).
      const letter = this.host.querySelector(LETTER_SELECTOR);
      const [{ checkLetter }, markup] = await Promise.all([
        this.checker,
        origin === 'markup' || letter ? import('./markup.js') : undefined,
      ]);
      const dropped = letter && markup ? markup.allowlistLetter(this.host) : [];
      const checked = checkLetter(
        markup && origin === 'markup' ? markup.markupToContent(raw as HTMLElement) : raw,
      );
      return { ...checked, problems: [...checked.problems, ...dropped] };
    },
    // Here only whether there is markup; it is read once the reader's chunk is in.
    fromMarkup: (host) =>
      host.querySelector(`${LETTER_SELECTOR}, [data-answer]`) ? host : undefined,
  });

  /** The numbered explanations, in reading order. */
  entries: LetterEntry[] = [];
  /** Deadlines found in the letter's text, in reading order (after the first render). */
  foundDeadlines: FoundDeadline[] = [];
  /** Resolves when the letter has been enhanced, its glossary terms and tools loaded (tests). */
  enhanced: Promise<void> = Promise.resolve();

  /** @internal */
  readonly uid = `wle${++counter}`;
  /** @internal The open image region (image mode), or -1. */
  openRegion = -1;
  private glossary?: Glossary;
  private image?: ImageView;
  private deadline?: DeadlineView;
  private tips?: TipsView;
  private deadlineText?: DeadlineText;
  private speech?: Speech;
  private reader?: LetterReader;
  private readonly glossaryLocales = new Map<string, GlossaryLocale | null>();
  private readonly pictograms = new Map<string, Pictogram>();
  /** @internal */
  readonly occurrences = new Map<HTMLButtonElement, Occurrence>();
  private readonly marks = new Map<
    Element,
    { key: string; byTerm: boolean; shown: string; button?: HTMLButtonElement }
  >();
  private preparedFor?: LetterContent;
  private top?: HTMLElement;
  private bottom?: HTMLElement;
  /** @internal The letter in the light DOM (or the image's container). */
  letterEl?: HTMLElement;
  private ownLetter?: HTMLElement;

  constructor(readonly host: WegwijsLetterExplainer) {
    host.addController(this);
    // If the chunk cannot load, the content check reports it; no unhandled rejection here.
    this.checker.catch(() => undefined);
  }

  hostConnected(): void {
    adoptLightStyles(this.host, lightStyleSheet(documentCss));
    adoptLightStyles(this.host, lightStyleSheet(usableCss, { layered: false }));
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.reader?.controller.stop();
  }

  get data(): LetterContent | undefined {
    return this.content.status === 'ready' ? this.content.data : undefined;
  }

  /** @internal */
  get contentLang(): string {
    return this.data?.lang ?? 'nl';
  }

  hostUpdated(): void {
    const data = this.data;
    if (!data) return;
    if (this.preparedFor !== data) {
      this.preparedFor = data;
      this.enhanced = this.prepare(data);
    }
    void this.loadGlossaryLocale();
    this.renderLight();
  }

  // ——— Preparing the letter ———

  private slotted(name: string, tag = 'div'): HTMLElement {
    const el = document.createElement(tag);
    el.slot = name;
    return el;
  }

  /**
   * Shows the letter with its own explanations at once; then loads what is not needed for
   * that first view (the glossary, read aloud, the image mode, core's buttons) and adds the
   * glossary's terms.
   */
  private async prepare(data: LetterContent): Promise<void> {
    if (this.tips) this.tips.closeAll(this);
    this.ownLetter?.remove();
    this.ownLetter = undefined;
    this.top ??= this.slotted('wegwijs-top');
    this.bottom ??= this.slotted('wegwijs-bottom');
    let letter = this.host.querySelector<HTMLElement>(LETTER_SELECTOR) ?? undefined;
    if (!letter && data.letter) letter = buildLetter(data.letter, this.contentLang);
    if (!letter && data.image) letter = document.createElement('div');
    if (letter && !letter.isConnected) this.ownLetter = letter;
    if (letter !== this.letterEl) {
      this.marks.clear();
      this.occurrences.clear();
    }
    this.letterEl = letter;
    if (letter) {
      letter.slot = 'wegwijs-letter';
      letter.lang ||= this.contentLang;
      letter.dir ||= directionOf(letter.lang);
    }
    this.host.prepend(this.top);
    if (letter && !letter.isConnected) this.top.after(letter);
    this.host.append(this.bottom);
    this.index(data, false);
    for (const { key, icon } of QUESTIONS) {
      if (this.pictograms.has(key)) continue;
      void icon().then(
        (p) => {
          this.pictograms.set(key, p);
          this.host.requestUpdate();
        },
        () => undefined,
      );
    }
    void defineCoreElements().catch(() => undefined);
    await Promise.all([
      this.tips ? undefined : this.loadTips(),
      import('./letter-glossary.js').then(
        (m) => (this.glossary = m),
        // Offline or blocked chunk: the content's own explanations still work.
        () => undefined,
      ),
      import('./letter-reader.js').then(
        (m) => {
          this.speech = m;
          if (this.letterEl)
            this.reader ??= new m.LetterReader(this.host, {
              synth: this.host.synth,
              allowRemoteVoices: this.host.allowRemoteVoices,
            });
        },
        () => undefined,
      ),
      this.letterEl && !data.image
        ? import('./deadline-text.js').then(
            (m) => (this.deadlineText = m),
            () => undefined,
          )
        : undefined,
      data.deadline || this.letterEl || data.objection
        ? import('./letter-deadline.js').then(
            (m) => (this.deadline = m),
            () => undefined,
          )
        : undefined,
      data.image
        ? import('./letter-image.js').then(
            (m) => (this.image = m),
            () => undefined,
          )
        : undefined,
    ]);
    if (this.preparedFor !== data) return;
    if (this.letterEl && !data.image && data.autoTerms !== false) {
      this.glossary?.markTerms(this.letterEl, data.skipTerms ?? []);
    }
    this.foundDeadlines =
      this.letterEl && !data.image && this.deadlineText && this.glossary
        ? this.deadlineText.findDeadlines(this.glossary.letterText(this.letterEl))
        : [];
    this.index(data, true);
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /**
   * Numbers the explanations in reading order and turns marked passages into buttons (once;
   * a second pass, with the glossary, adds its terms and renumbers). Unknown marks are
   * reported to the editor in the last pass.
   */
  private index(data: LetterContent, final: boolean): void {
    this.entries = [];
    const problems: ContentProblem[] = [];
    const letter = this.letterEl;
    if (data.image) {
      data.image.regions.forEach((region, index) => {
        const entry = this.entryFor(
          region.explain,
          false,
          resolveText(region.text, 'nl')?.text ?? '',
        );
        if (!entry) problems.push(unknown(`image.regions[${index}].explain`, region.explain));
      });
    } else if (letter) {
      for (const mark of letter.querySelectorAll(MARK_SELECTOR)) {
        if (mark.closest('.wle-term, .wle-tip')) continue;
        // Read once: after wrapping, the mark's text includes its number.
        let found = this.marks.get(mark);
        if (!found) {
          found = { ...markKey(mark), shown: (mark.textContent ?? '').trim() };
          this.marks.set(mark, found);
        }
        const entry = this.entryFor(found.key, found.byTerm, found.shown);
        if (found.button) {
          if (entry) this.occurrences.get(found.button)!.entry = entry;
          continue;
        }
        if (!entry) {
          // An unknown term in a plain <dfn> is just a definition; an explicit mark is an error.
          if (mark.localName !== 'dfn' || mark.hasAttribute('data-term')) {
            problems.push(unknown('letter', found.key));
          }
          continue;
        }
        const index = this.occurrences.size;
        const button = wrapMark(mark, `${this.uid}-b${index}`, `${this.uid}-t${index}`);
        button.addEventListener('click', () => this.toggle(button));
        found.button = button;
        this.occurrences.set(button, { entry, button });
      }
    }
    if (final) this.host.reportProblems('letter', problems);
  }

  /** The numbered entry for a key: the content's explanation, else a glossary term. */
  private entryFor(key: string, byTerm: boolean, shown: string): LetterEntry | undefined {
    const explanations = this.data?.explanations ?? [];
    const own =
      explanations.find((e) => e.id === key) ??
      (byTerm ? explanations.find((e) => e.glossary === key) : undefined) ??
      (byTerm ? explanations.find((e) => e.term && same(e.term, key)) : undefined);
    const glossaryTerm = own
      ? own.glossary
        ? this.glossary?.getTerm(own.glossary)
        : undefined
      : (this.glossary?.getTerm(key) ?? this.glossary?.findTerm(key));
    if (!own && !glossaryTerm) return undefined;
    const found = this.entries.find((e) =>
      own ? e.key === own.id : e.glossaryId === glossaryTerm?.id && !e.text,
    );
    if (found) return found;
    const entry: LetterEntry = {
      n: this.entries.length + 1,
      key: own?.id ?? glossaryTerm!.id,
      term: own?.term ?? shown ?? glossaryTerm!.term,
      text: own?.text,
      glossaryId: glossaryTerm?.id,
    };
    this.entries.push(entry);
    return entry;
  }

  private async loadGlossaryLocale(): Promise<void> {
    const lang = primaryLanguage(this.host.locales.locale);
    if (lang === 'nl' || this.glossaryLocales.has(lang) || !this.glossary) return;
    this.glossaryLocales.set(lang, null);
    try {
      this.glossaryLocales.set(lang, (await this.glossary.loadGlossaryLocale(lang)) ?? null);
    } catch {
      this.glossaryLocales.delete(lang);
    }
    this.host.requestUpdate();
  }

  // ——— Explanations in the letter ———

  /** Opens or closes the explanation of a term button (its code loads after the first render). */
  toggle(button: HTMLButtonElement, open?: boolean): void {
    if (this.tips) this.tips.toggle(this, button, open);
    else void this.loadTips().then((tips) => tips?.toggle(this, button, open));
  }

  private loadTips(): Promise<TipsView | undefined> {
    return import('./letter-tips.js').then(
      (m) => (this.tips = m),
      () => undefined,
    );
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    this.tips?.onKeydown(this, event);
  };

  /** The explanation of an entry in the reader's language, the Dutch term kept beside it. */
  // (the gloss is shown in brackets after the Dutch term: see glossBeside below the class)
  explain(entry: LetterEntry, locale = this.host.locales.locale) {
    const lang = primaryLanguage(locale);
    const term = entry.glossaryId ? this.glossary?.getTerm(entry.glossaryId) : undefined;
    const translated = term ? this.glossaryLocales.get(lang)?.terms[term.id] : undefined;
    let text: ResolvedText | undefined = entry.text
      ? resolveText(entry.text, locale, this.contentLang)
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

  /** @internal */
  entryTemplate(entry: LetterEntry, tag: 'span' | 'div' = 'span'): TemplateResult {
    const { text, gloss, lang, dir } = this.explain(entry);
    const body = html`<span class="wle-nl" lang=${this.contentLang} dir="ltr">${entry.term}</span
      >${gloss ? html` <span lang=${lang} dir=${dir}>(${gloss})</span>` : nothing}${
        text ? html`: <span lang=${text.lang} dir=${text.dir}>${text.text}</span>` : nothing
      }`;
    return tag === 'div' ? html`<div>${body}</div>` : html`<span>${body}</span>`;
  }

  // ——— The light-DOM text ———

  /** @internal */
  heading(text: string, level = this.host.headingLevel, id?: string): TemplateResult {
    return html`<div
      role="heading"
      aria-level=${Math.min(6, Math.max(2, level))}
      class="wle-qh"
      id=${id ?? nothing}
    >
      ${text}
    </div>`;
  }

  /** @internal */
  renderLight(): void {
    const data = this.data;
    if (!data || !this.top || !this.bottom) return;
    const { uiLocale, dir } = this.host.locales;
    render(this.topTemplate(data), this.top, { host: this.host });
    render(this.bottomTemplate(), this.bottom, { host: this.host });
    this.top.lang = this.bottom.lang = uiLocale;
    this.top.dir = this.bottom.dir = dir;
    if (data.image && this.letterEl)
      render(this.image?.imageTemplate(this, data) ?? nothing, this.letterEl, { host: this.host });
    for (const occurrence of this.occurrences.values()) {
      labelButton(occurrence.button, msg('uitleg'), occurrence.entry.n);
      this.tips?.renderTip(this, occurrence);
    }
    this.reader?.sync();
  }

  private languages(data: LetterContent): string {
    const texts = [...Object.values(data.answers), ...(data.explanations ?? []).map((e) => e.text)];
    return [...new Set([this.contentLang, ...languagesOf(texts)])].join(' ');
  }

  private topTemplate(data: LetterContent): TemplateResult {
    const { locale } = this.host.locales;
    const languages = this.languages(data);
    const lang = primaryLanguage(locale);
    const machine =
      data.machineTranslated?.some((code) => primaryLanguage(code) === lang) ||
      this.glossaryLocales.get(lang)?.reviewed === false;
    const title = resolveText(data.title, locale, this.contentLang);
    const speech = this.speech;
    const answers = QUESTIONS.filter(
      ({ key }) =>
        data.answers[key] || (key === 'when' && (data.deadline || this.activeDeadline(data))),
    );
    return html`<section class="wle-box" aria-labelledby="${this.uid}-h">
      ${this.heading(msg('Uitleg bij deze brief'), this.host.headingLevel, `${this.uid}-h`)}
      ${
        title
          ? html`<p><span lang=${title.lang} dir=${title.dir}>${title.text}</span></p>`
          : nothing
      }
      <div class="wle-tools">
        ${
          languages.includes(' ')
            ? html`<wegwijs-language-switch languages=${languages}></wegwijs-language-switch>`
            : nothing
        }
        ${speech?.readAloud(
          this,
          answers.flatMap(({ key }) => speech.answerItems(this, data, key)),
          msg('Lees de antwoorden voor'),
        )}
        ${this.letterEl ? this.readLetterButton() : nothing}
        <button type="button" class="wle-btn" @click=${() => window.print()}>
          ${msg('Afdrukken')}
        </button>
      </div>
      ${
        machine
          ? html`<p class="wle-note">
              ${msg('Deze vertaling is gemaakt met hulp van een computer en nog niet gecontroleerd.')}
            </p>`
          : nothing
      }
      ${this.host.preview ? this.deadline?.proposalTemplate(this, data) : nothing}
      <ol class="wle-q">
        ${answers.map(({ key }) => {
          const answer = resolveText(data.answers[key], locale, this.contentLang);
          return html`<li>
            <span class="wle-pic" aria-hidden="true"
              >${svg`<svg viewBox="0 0 48 48" width="100%" height="100%" focusable="false">${
                this.pictograms.get(key)?.body
              }</svg>`}</span
            >
            ${this.heading(questionText(key), this.host.headingLevel + 1)}
            ${
              answer
                ? html`<div lang=${answer.lang} dir=${answer.dir}>
                    ${renderRichText(answer.text)}
                  </div>`
                : nothing
            }
            ${key === 'when' ? this.deadline?.deadlineTemplate(this, data) : nothing}
            ${key === 'todo' && data.objection ? this.deadline?.objectionStepsTemplate(this, data) : nothing}
            ${key === 'help' ? this.helpTemplate(data) : nothing}
            ${
              speech
                ? html`<div class="wle-actions">
                    ${speech.readAloud(
                      this,
                      speech.answerItems(this, data, key),
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

  // ——— Deadline (loaded after the first render) ———

  /** The deadline residents see (the content's, or one found in the letter): see letter-deadline. */
  activeDeadline(data = this.data) {
    return data && this.deadline?.activeDeadline(this, data);
  }

  /** The deadline worked out for the current letter date and today. */
  deadlineInfo(data = this.data) {
    return data && this.deadline?.deadlineInfo(this, data);
  }

  /** The .ics text for the deadline (made on the device). */
  calendarFile(options: { uid?: string; stamp?: Date } = {}): Promise<string | undefined> {
    return this.deadline?.calendarFile(this, options) ?? Promise.resolve(undefined);
  }

  // ——— Who can help ———

  private helpTemplate(data: LetterContent): TemplateResult | typeof nothing {
    const help = data.help;
    if (!help) return nothing;
    const { locale } = this.host.locales;
    const walkIn = resolveText(help.walkIn, locale, this.contentLang);
    const link = help.link && safeUrl(help.link.href);
    const linkText = help.link && resolveText(help.link.text, locale, this.contentLang);
    const phone = help.phone && telHref(help.phone);
    const finder = this.contactFinderHref(help.contactFinder, data);
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
   * A `<wegwijs-contact-finder>` on this page wins over a page elsewhere: the link stays here
   * and the finder applies the hash and scrolls into view. A finder with `no-hash` (named by
   * `#id`) gets the filters as its `language` and `topic` attributes instead.
   */
  /** @internal */
  contactFinderHref(target: string | undefined, data: LetterContent): string | undefined {
    if (!target) return undefined;
    const language = primaryLanguage(this.host.locales.locale);
    const topic = this.host.topic ?? data.topic ?? 'letters';
    const hash = `#${new URLSearchParams({ 'cf-lang': language, 'cf-topic': topic })}`;
    const root = this.host.getRootNode() as Document | ShadowRoot;
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

  // ——— Read the letter aloud, with the sentence highlighted (loaded after the first render) ———

  private readLetterButton(): TemplateResult | typeof nothing {
    const reader = this.reader;
    if (!reader?.canRead(this.contentLang)) return nothing;
    return html`<button
      type="button"
      class="wle-btn"
      aria-pressed=${reader.playing ? 'true' : 'false'}
      @click=${() => this.readLetter()}
    >
      ${msg('Lees de brief voor')}
    </button>`;
  }

  /** Reads the whole letter (or stops reading it). */
  readLetter(): void {
    const image = this.data?.image;
    this.reader?.toggle(
      this.letterEl,
      this.contentLang,
      image?.regions.map((region) => ({
        text: resolveText(region.text, 'nl', this.contentLang)?.text ?? '',
        lang: this.contentLang,
      })),
    );
  }

  // ——— All explanations, and the glossary ———

  private bottomTemplate(): TemplateResult {
    return html`${
      this.entries.length
        ? html`<section class="wle-box" aria-labelledby="${this.uid}-a">
            ${this.heading(msg('Alle uitleg op een rij'), this.host.headingLevel, `${this.uid}-a`)}
            <ol>
              ${this.entries.map((entry) => html`<li value=${entry.n}>${this.entryTemplate(entry)}</li>`)}
            </ol>
          </section>`
        : nothing
    }
    ${this.glossary?.glossaryTemplate(this) ?? nothing}`;
  }
}

function unknown(path: string, key: string): ContentProblem {
  return problem(
    'content',
    `${path}: no explanation or glossary term "${key}"; shown as plain text`,
    {
      path,
      severity: 'warning',
    },
  );
}

/** @internal The question above an answer, in the UI language. */
export function questionText(key: AnswerKey): string {
  switch (key) {
    case 'what':
      return msg('Wat is deze brief?');
    case 'todo':
      return msg('Wat moet ik doen?');
    case 'when':
      return msg('Vóór wanneer?');
    case 'ifNothing':
      return msg('Wat gebeurt er als ik niets doe?');
    default:
      return msg('Wie kan mij helpen?');
  }
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
